package io.liveblog.producer.publish;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the Kafka records of the producer — pure functions, shared by {@link KafkaUpdateSink} and
 * {@link DryRunSink} so that a dry run prints exactly what would be sent.
 *
 * <ul>
 *   <li>Update: key = post id, timestamp = published time (the event time), value = {@link LiveBlogUpdate}.</li>
 *   <li>Deletion: key = post id, value = null (tombstone), timestamp = when the deletion was noticed.</li>
 *   <li>Dead letter: key = the reject's origin ({@code file:line}), value = {@link DeadLetter} with stage
 *       {@value #STAGE}, timestamp = when it was rejected.</li>
 * </ul>
 * Every record carries the headers {@value #SOURCE}, {@value #FORMAT}, {@value #PARSER_VERSION} and
 * {@value #FETCH_TIME} (UTF-8; the fetch time as ISO-8601); a post version also {@value #CONTENT_HASH}, so a
 * watcher restarted after a crash can tell from the headers alone which versions reached the topic. Values not known
 * for a record are {@value #UNKNOWN}.
 */
public final class UpdateRecords {

    /** Header: where the record came from ({@code file:line}, URL). */
    public static final String SOURCE = "source";
    /** Header: input format. */
    public static final String FORMAT = "format";
    /** Header: parser name and version. */
    public static final String PARSER_VERSION = "parser-version";
    /** Header: when the input was read, ISO-8601. */
    public static final String FETCH_TIME = io.liveblog.topics.Topics.FETCH_TIME_HEADER;
    /** Header: the post version's content hash (updates only). */
    public static final String CONTENT_HASH = "content-hash";
    /** Header value when a field is not known for this record. */
    public static final String UNKNOWN = "unknown";
    /** {@code stage} of the producer's dead letters. */
    public static final String STAGE = "producer";
    /** Largest raw payload kept in a dead letter (64 KiB). */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final String updatesTopic;
    private final String deadLetterTopic;

    /**
     * @param updatesTopic name of the updates topic (normally {@code Topics.UPDATES.name()})
     * @param deadLetterTopic name of the dead-letter topic (normally {@code Topics.DEAD_LETTERS.name()})
     */
    public UpdateRecords(String updatesTopic, String deadLetterTopic) {
        this.updatesTopic = Objects.requireNonNull(updatesTopic, "updatesTopic");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    }

    /** @return the updates topic name */
    public String updatesTopic() {
        return updatesTopic;
    }

    /** @return the dead-letter topic name */
    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /**
     * @param update the post version built by {@link io.liveblog.producer.identify.UpdateFactory#toUpdate}
     * @param post the post it was built from (for the headers)
     * @param fetchedAt when the input was read
     * @return the record for the updates topic
     */
    public ProducerRecord<String, LiveBlogUpdate> update(LiveBlogUpdate update, ParsedPost post, Instant fetchedAt) {
        RecordHeaders headers = headers(post.origin(), post.format(), post.parserVersion(), fetchedAt);
        headers.add(CONTENT_HASH, utf8(update.getContentHash()));
        return new ProducerRecord<>(updatesTopic, null, update.getPublishedAt().toEpochMilli(), update.getPostId(),
                update, headers);
    }

    /**
     * @param postId id of the deleted post
     * @param origin where the deletion was noticed
     * @param format format of the source, or null
     * @param parserVersion parser that noticed it, or null
     * @param noticedAt when it was noticed (record timestamp and fetch time)
     * @return the tombstone for the updates topic
     */
    public ProducerRecord<String, LiveBlogUpdate> tombstone(String postId, String origin, String format,
                                                           String parserVersion, Instant noticedAt) {
        return new ProducerRecord<>(updatesTopic, null, noticedAt.toEpochMilli(), Objects.requireNonNull(postId),
                null, headers(origin, format, parserVersion, noticedAt));
    }

    /**
     * @param rejected the unusable input
     * @param fetchedAt when the input was read
     * @param rejectedAt when it was rejected (record timestamp and {@code occurredAt})
     * @return the record for the dead-letter topic
     */
    public ProducerRecord<String, DeadLetter> deadLetter(Rejected rejected, Instant fetchedAt, Instant rejectedAt) {
        String origin = originOf(rejected);
        return new ProducerRecord<>(deadLetterTopic, null, rejectedAt.toEpochMilli(), origin,
                toDeadLetter(rejected, rejectedAt), headers(origin, rejected.format(), null, fetchedAt));
    }

    /**
     * @param rejected the unusable input
     * @param rejectedAt when it was rejected
     * @return the dead letter, its payload cut to {@link #MAX_PAYLOAD_BYTES}
     */
    public static DeadLetter toDeadLetter(Rejected rejected, Instant rejectedAt) {
        byte[] raw = rejected.raw() == null ? new byte[0] : rejected.raw();
        boolean truncated = raw.length > MAX_PAYLOAD_BYTES;
        byte[] payload = truncated ? Arrays.copyOf(raw, MAX_PAYLOAD_BYTES) : raw.clone();
        return DeadLetter.newBuilder()
                .setReason(rejected.reason() == null ? "rejected without a reason" : rejected.reason())
                .setStage(STAGE)
                .setSource(originOf(rejected))
                .setSourceFormat(rejected.format())
                .setErrorClass(rejected.cause() == null ? null : rejected.cause().getClass().getName())
                .setPayload(ByteBuffer.wrap(payload))
                .setPayloadTruncated(truncated)
                .setOccurredAt(rejectedAt.truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    private static String originOf(Rejected rejected) {
        return rejected.origin() == null || rejected.origin().isBlank() ? UNKNOWN : rejected.origin();
    }

    private static RecordHeaders headers(String source, String format, String parserVersion, Instant fetchedAt) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SOURCE, utf8(source));
        headers.add(FORMAT, utf8(format));
        headers.add(PARSER_VERSION, utf8(parserVersion));
        headers.add(FETCH_TIME, utf8(fetchedAt == null ? null : fetchedAt.toString()));
        return headers;
    }

    private static byte[] utf8(String value) {
        return (value == null || value.isEmpty() ? UNKNOWN : value).getBytes(StandardCharsets.UTF_8);
    }
}
