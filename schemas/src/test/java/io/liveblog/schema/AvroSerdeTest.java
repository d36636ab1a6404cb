package io.liveblog.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.topics.Topics;
import java.time.Instant;
import java.util.Arrays;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static LiveBlogUpdate update() {
        return LiveBlogUpdate.newBuilder().setPostId("p1").setBlogId("b").setPublishedAt(Instant.parse(
                "2023-12-02T17:28:00Z")).setHeadline("h").setBody("b").setContentHash("x").setParserVersion("t/1")
                .build();
    }

    @Test
    void roundTripsGeneratedClassesDespiteAvrosTrustedPackageCheck() {
        byte[] bytes = Topics.UPDATE_SERDE.serializer().serialize("t", update());
        assertEquals(update(), Topics.UPDATE_SERDE.deserializer().deserialize("t", bytes));
    }

    @Test
    void messagesUseSingleObjectEncodingWithTheSchemaFingerprint() {
        byte[] bytes = Topics.UPDATE_SERDE.encode(update());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        long fp = SchemaNormalization.parsingFingerprint64(LiveBlogUpdate.getClassSchema());
        byte[] expected = new byte[8];
        for (int i = 0; i < 8; i++) {
            expected[i] = (byte) (fp >>> (8 * i));
        }
        assertArrayEquals(expected, Arrays.copyOfRange(bytes, 2, 10), "little-endian CRC-64-AVRO fingerprint");
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertNull(Topics.UPDATE_SERDE.serializer().serialize("t", null));
        assertNull(Topics.UPDATE_SERDE.deserializer().deserialize("t", null));
    }

    @Test
    void garbageAndForeignSchemasFailWithAClearError() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> Topics.UPDATE_SERDE.decode("not avro".getBytes()));
        assertTrue(e.getMessage().contains("LiveBlogUpdate"), e.getMessage());
        byte[] claimBytes = Topics.DEAD_LETTER_SERDE.encode(DeadLetter.newBuilder().setReason("r").setStage("s")
                .setSource("x").setPayload(java.nio.ByteBuffer.wrap(new byte[0])).setOccurredAt(Instant.EPOCH)
                .build());
        assertThrows(SerializationException.class, () -> Topics.UPDATE_SERDE.decode(claimBytes));
    }
}
