package io.liveblog.producer.publish;

import io.liveblog.producer.identify.UpdateFactory;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every sink of this package shares: records built by {@link UpdateRecords}, unchanged versions skipped, too
 * large posts turned into dead letters, counts kept, failures collected for {@link #flush()}. Subclasses only
 * deliver records.
 */
public abstract class CountingSink implements UpdateSink {

    /**
     * Largest post (headline + byline + body, UTF-8) published; a larger one is dead-lettered. Kafka brokers refuse
     * records over about 1 MiB by default, and no real live-blog post comes near this.
     */
    public static final int MAX_POST_BYTES = 512 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CountingSink.class);

    private final UpdateRecords records;
    private final Clock clock;
    private final SeenVersions seen = new SeenVersions(SeenVersions.DEFAULT_CAPACITY);
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong failedSinceFlush = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    /**
     * @param records record builder with the topic names
     * @param clock clock for fetch and rejection times
     */
    protected CountingSink(UpdateRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Called back when a delivery ends. */
    protected interface Outcome {
        /** The record was acknowledged (or written). */
        void succeeded();

        /** @param error why the record was not delivered */
        void failed(Exception error);
    }

    /** Delivers an update or tombstone; must call the outcome exactly once, now or later. */
    protected abstract void sendUpdate(ProducerRecord<String, LiveBlogUpdate> record, Outcome outcome);

    /** Delivers a dead letter; must call the outcome exactly once, now or later. */
    protected abstract void sendDeadLetter(ProducerRecord<String, DeadLetter> record, Outcome outcome);

    /** Waits until every delivery handed over has called its outcome. */
    protected abstract void awaitDeliveries();

    @Override
    public final void publish(ParsedPost post, Instant fetched) {
        Instant fetchedAt = fetched != null ? fetched : clock.instant();
        read.incrementAndGet();
        int size = utf8Length(post.headline()) + utf8Length(post.byline()) + utf8Length(post.body());
        if (size > MAX_POST_BYTES) {
            sendRejected(new Rejected(post.origin(), "post is " + size + " bytes, over the limit of " + MAX_POST_BYTES
                    + " bytes", post.body().getBytes(StandardCharsets.UTF_8), post.format(), null), fetchedAt);
            return;
        }
        LiveBlogUpdate update = UpdateFactory.toUpdate(post);
        // the streams app dead-letters such an update too, but here the letter can name the input line it came from
        java.util.Optional<String> implausible = io.liveblog.topics.PlausibleTimes.problem(update,
                update.getPublishedAt().toEpochMilli(), fetchedAt);
        if (implausible.isPresent()) {
            sendRejected(new Rejected(post.origin(), implausible.get(), (post.headline() + "\n\n" + post.body())
                    .getBytes(StandardCharsets.UTF_8), post.format(), null), fetchedAt);
            return;
        }
        String postId = update.getPostId();
        String hash = update.getContentHash();
        if (seen.checkAndRemember(postId, hash)) {
            unchanged.incrementAndGet();
            LOG.debug("{}: post {} unchanged since last published", post.origin(), postId);
            return;
        }
        sendUpdate(records.update(update, post, fetchedAt), outcome(published, () -> seen.forget(postId, hash)));
    }

    @Override
    public final void delete(String postId, String origin, String format, String parserVersion) {
        seen.forget(postId);
        sendUpdate(records.tombstone(postId, origin, format, parserVersion, clock.instant()), outcome(deleted, null));
    }

    @Override
    public final void reject(Rejected rejected, Instant fetchedAt) {
        read.incrementAndGet();
        sendRejected(rejected, fetchedAt != null ? fetchedAt : clock.instant());
    }

    private void sendRejected(Rejected rejected, Instant fetchedAt) {
        LOG.info("{}: rejected: {}", rejected.origin(), rejected.reason());
        sendDeadLetter(records.deadLetter(rejected, fetchedAt, clock.instant()), outcome(deadLettered, null));
    }

    @Override
    public final void flush() {
        awaitDeliveries();
        long failures = failedSinceFlush.getAndSet(0);
        Exception first = firstFailure.getAndSet(null);
        if (failures > 0) {
            throw new PublishException(failures + " record(s) could not be published; first error: "
                    + (first == null ? "unknown" : first.getMessage()), failures, first);
        }
    }

    @Override
    public final PublishSummary summary() {
        return new PublishSummary(read.get(), published.get(), unchanged.get(), deleted.get(), deadLettered.get(),
                failed.get());
    }

    /** @return failures not yet reported by {@link #flush()} */
    protected final long unreportedFailures() {
        return failedSinceFlush.get();
    }

    /** @return the record builder (topic names) */
    protected final UpdateRecords records() {
        return records;
    }

    private Outcome outcome(AtomicLong onSuccess, Runnable onFailure) {
        return new Outcome() {
            @Override
            public void succeeded() {
                onSuccess.incrementAndGet();
            }

            @Override
            public void failed(Exception error) {
                failed.incrementAndGet();
                failedSinceFlush.incrementAndGet();
                firstFailure.compareAndSet(null, error);
                if (onFailure != null) {
                    onFailure.run();
                }
                LOG.warn("send failed: {}", error.toString());
            }
        };
    }

    private static int utf8Length(String s) {
        if (s == null) {
            return 0;
        }
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
