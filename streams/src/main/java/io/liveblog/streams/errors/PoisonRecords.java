package io.liveblog.streams.errors;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Poison records of eight kinds, as another producer or a broken connector would write them straight to the updates
 * topic, for the reliability tests and {@code liveblog fuzz}: random bytes, an unknown schema fingerprint, a cut
 * datum, another record type, updates dated 9999 and 0001, an update published five days after its fetch-time
 * header, and an empty value. The streams app must dead-letter every one, naming its topic position.
 */
public final class PoisonRecords {

    /** When every poison record is stamped. */
    public static final Instant STAMPED = Instant.parse("2024-02-01T12:00:00Z");

    private PoisonRecords() {
    }

    /** @return whether poison record n decodes, as an update with impossible times (kinds 4 to 6) */
    public static boolean impossibleTime(int n) {
        return n % 8 >= 4 && n % 8 <= 6;
    }

    /**
     * @param topic the updates topic
     * @param n which record (its kind is {@code n % 8})
     * @param random source of the random bytes
     * @return poison record n, key {@code poison-n}
     */
    public static ProducerRecord<String, byte[]> record(String topic, int n, Random random) {
        String key = "poison-" + n;
        LiveBlogUpdate valid = LiveBlogUpdate.newBuilder().setPostId(key).setBlogId("poison")
                .setPublishedAt(Instant.parse("2024-01-30T12:00:00Z")).setHeadline("Poison " + n)
                .setBody("999 killed").setContentHash("poison-" + n).setParserVersion("poison/1")
                .setSourceFormat("poison").build();
        byte[] encoded = Topics.UPDATE_SERDE.encode(valid);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = switch (n % 8) {
            case 0 -> randomBytes(random, 1 + random.nextInt(500));
            case 1 -> {
                byte[] b = randomBytes(random, 10 + random.nextInt(200));
                b[0] = (byte) 0xC3; // the single-object marker, then a fingerprint no schema has
                b[1] = 0x01;
                yield b;
            }
            case 2 -> Arrays.copyOf(encoded, 10 + random.nextInt(encoded.length - 20));
            case 3 -> Topics.DEAD_LETTER_SERDE.encode(DeadLetter.newBuilder().setReason("r").setStage("s")
                    .setSource("x").setPayload(ByteBuffer.wrap(new byte[0])).setOccurredAt(STAMPED).build());
            case 4 -> Topics.UPDATE_SERDE.encode(LiveBlogUpdate.newBuilder(valid)
                    .setPublishedAt(Instant.parse("9999-12-31T00:00:00Z")).build());
            case 5 -> Topics.UPDATE_SERDE.encode(LiveBlogUpdate.newBuilder(valid)
                    .setPublishedAt(Instant.parse("0001-01-01T00:00:00Z")).build());
            case 6 -> {
                headers.add(Topics.FETCH_TIME_HEADER, "2024-01-25T00:00:00Z".getBytes(StandardCharsets.UTF_8));
                yield encoded; // published five days after the producer read it
            }
            default -> new byte[0];
        };
        return new ProducerRecord<>(topic, null, STAMPED.toEpochMilli(), key, value, headers);
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
