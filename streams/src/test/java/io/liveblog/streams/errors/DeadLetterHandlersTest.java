package io.liveblog.streams.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/**
 * The dead letter of a record that cannot be decoded: processing goes on, and the letter names the record's position
 * and the reason and keeps its bytes (cut at 64 KiB).
 */
class DeadLetterHandlersTest {

    private static ErrorHandlerContext context(byte[] raw) {
        return new ErrorHandlerContext() {
            public String topic() {
                return "liveblog.updates.v1";
            }

            public int partition() {
                return 2;
            }

            public long offset() {
                return 417;
            }

            public Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "read-updates";
            }

            public TaskId taskId() {
                return new TaskId(0, 2);
            }

            public long timestamp() {
                return 1_700_000_000_000L;
            }

            public byte[] sourceRawKey() {
                return "k".getBytes(StandardCharsets.UTF_8);
            }

            public byte[] sourceRawValue() {
                return raw;
            }
        };
    }

    @Test
    void anUndecodableRecordResumesProcessingWithOneLetterNamingItsPositionAndReason() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(DeadLetters.TOPIC_CONFIG, "my.dlq"));
        byte[] raw = {(byte) 0xC3, 0x01, 1, 2, 3};
        DeserializationExceptionHandler.Response r = handler.handleError(context(raw),
                new ConsumerRecord<>("liveblog.updates.v1", 2, 417, "k".getBytes(), raw),
                new SerializationException("Cannot resolve schema for fingerprint: 42"));
        assertEquals(DeserializationExceptionHandler.Result.RESUME, r.result());
        List<ProducerRecord<byte[], byte[]>> letters = r.deadLetterQueueRecords();
        assertEquals(1, letters.size());
        assertEquals("my.dlq", letters.get(0).topic());
        DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(letters.get(0).value());
        assertEquals("streams", d.getStage());
        assertTrue(d.getSource().startsWith("liveblog.updates.v1-2@417"), d.getSource());
        assertTrue(d.getReason().contains("undecodable record") && d.getReason().contains("fingerprint"),
                d.getReason());
        assertArrayEquals(raw, d.getPayload().array());
    }

    @Test
    void aHugeRecordIsKeptCutWithTheCutMarked() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(DeadLetters.TOPIC_CONFIG, "my.dlq"));
        byte[] raw = new byte[2 * 1024 * 1024];
        DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(handler.handleError(context(raw),
                new ConsumerRecord<>("liveblog.updates.v1", 2, 417, "k".getBytes(), raw),
                new SerializationException("not avro")).deadLetterQueueRecords().get(0).value());
        assertEquals(DeadLetters.MAX_PAYLOAD, d.getPayload().remaining());
        assertTrue(d.getPayloadTruncated());
    }
}
