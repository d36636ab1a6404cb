package io.liveblog.streams.errors;

import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.RegistryClient;
import io.liveblog.topics.Topic;
import io.liveblog.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Builds the dead-letter records the streams app's exception handlers hand back to Kafka Streams. */
public final class DeadLetters {

    /** Config key carrying the dead-letter topic name to the handlers. */
    public static final String TOPIC_CONFIG = "liveblog.topic.dlq";
    /** Config key carrying the schema registry URL (when one is used) to the handlers. */
    public static final String REGISTRY_CONFIG = "liveblog.schema.registry.url";
    /** Raw payloads are cut to this many bytes. */
    public static final int MAX_PAYLOAD = 64 * 1024;

    private DeadLetters() {
    }

    /** @return the dead-letter topic the handlers were configured with, in the configured value format */
    static Topic<String, DeadLetter> topic(Map<String, ?> configs) {
        Object t = configs.get(TOPIC_CONFIG);
        Object registry = configs.get(REGISTRY_CONFIG);
        Topic<String, DeadLetter> topic = Topics.DEAD_LETTERS.renamed(t == null ? "liveblog.updates.dlq.v1"
                : t.toString());
        return Topics.inFormat(topic, registry == null ? null : RegistryClient.forUrl(registry.toString()));
    }

    /**
     * @param topic dead-letter topic
     * @param ctx where the failure happened
     * @param reason what went wrong, for people
     * @param error the exception
     * @return the record to write
     */
    static ProducerRecord<byte[], byte[]> record(Topic<String, DeadLetter> topic, ErrorHandlerContext ctx,
                                                 String reason, Exception error) {
        io.liveblog.streams.metrics.PipelineMetrics.deadLetter(ctx.processorNodeId(), error.getClass());
        byte[] raw = ctx.sourceRawValue() == null ? new byte[0] : ctx.sourceRawValue();
        boolean cut = raw.length > MAX_PAYLOAD;
        String position = ctx.topic() + "-" + ctx.partition() + "@" + ctx.offset();
        DeadLetter letter = DeadLetter.newBuilder()
                .setReason(reason + ": " + error.getMessage())
                .setStage("streams")
                .setSource(position + " (" + ctx.processorNodeId() + ")")
                .setSourceFormat("avro")
                .setErrorClass(error.getClass().getName())
                .setPayload(ByteBuffer.wrap(cut ? Arrays.copyOf(raw, MAX_PAYLOAD) : raw))
                .setPayloadTruncated(cut)
                .setOccurredAt(Instant.ofEpochMilli(ctx.timestamp()))
                .build();
        return new ProducerRecord<>(topic.name(), null, ctx.timestamp(), position.getBytes(StandardCharsets.UTF_8),
                topic.valueSerde().serializer().serialize(topic.name(), letter));
    }
}
