package io.liveblog.producer.publish;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes post versions, tombstones and dead letters to Kafka (records as built by {@link UpdateRecords}).
 *
 * <p>The sink owns the two producers it is given and closes them. Sends are asynchronous; {@link #flush()} waits
 * for them and throws a {@link PublishException} when any failed since the previous flush, so a caller that flushes
 * after each input knows which input to retry. A version whose send failed is not remembered as published, so
 * publishing it again is not skipped as unchanged.
 */
public final class KafkaUpdateSink extends CountingSink {

    /** How long {@link #close()} waits for outstanding sends. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(KafkaUpdateSink.class);

    private final Producer<String, LiveBlogUpdate> updates;
    private final Producer<String, DeadLetter> deadLetters;
    /** Reads the updates topic back; null for a sink that cannot (tests with mock producers). */
    private final UpdatesReadBack readBack;

    /**
     * @param updates producer for the updates topic (tests pass a {@code MockProducer})
     * @param deadLetters producer for the dead-letter topic
     * @param updatesTopic updates topic name, normally {@code Topics.UPDATES.name()}
     * @param deadLetterTopic dead-letter topic name, normally {@code Topics.DEAD_LETTERS.name()}
     * @param clock clock for fetch, deletion and rejection times
     */
    public KafkaUpdateSink(Producer<String, LiveBlogUpdate> updates, Producer<String, DeadLetter> deadLetters,
                           String updatesTopic, String deadLetterTopic, Clock clock) {
        this(updates, deadLetters, updatesTopic, deadLetterTopic, clock, null);
    }

    private KafkaUpdateSink(Producer<String, LiveBlogUpdate> updates, Producer<String, DeadLetter> deadLetters,
                            String updatesTopic, String deadLetterTopic, Clock clock, UpdatesReadBack readBack) {
        super(new UpdateRecords(updatesTopic, deadLetterTopic), clock);
        this.updates = Objects.requireNonNull(updates, "updates");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.readBack = readBack;
    }

    /**
     * @param settings connection and pass-through properties
     * @param updatesTopic updates topic name
     * @param deadLetterTopic dead-letter topic name
     * @return a sink with two new {@code KafkaProducer}s, closed with the sink
     */
    public static KafkaUpdateSink open(ProducerSettings settings, String updatesTopic, String deadLetterTopic) {
        Producer<String, LiveBlogUpdate> updates = settings.newUpdateProducer();
        Producer<String, DeadLetter> deadLetters = null;
        try {
            deadLetters = settings.newDeadLetterProducer();
            return new KafkaUpdateSink(updates, deadLetters, updatesTopic, deadLetterTopic,
                    Clock.systemUTC(), new UpdatesReadBack(settings.readBackProperties("read-back"), updatesTopic));
        } catch (RuntimeException e) {
            // whatever was opened before the failure is closed: a caller that retries must not pile up producers
            updates.close(Duration.ZERO);
            if (deadLetters != null) {
                deadLetters.close(Duration.ZERO);
            }
            throw e;
        }
    }

    @Override
    protected void sendUpdate(ProducerRecord<String, LiveBlogUpdate> record, Outcome outcome) {
        try {
            updates.send(record, (metadata, error) -> complete(outcome, error));
        } catch (KafkaException e) {
            outcome.failed(e);
        }
    }

    @Override
    protected void sendDeadLetter(ProducerRecord<String, DeadLetter> record, Outcome outcome) {
        try {
            deadLetters.send(record, (metadata, error) -> complete(outcome, error));
        } catch (KafkaException e) {
            outcome.failed(e);
        }
    }

    private static void complete(Outcome outcome, Exception error) {
        if (error == null) {
            outcome.succeeded();
        } else {
            outcome.failed(error);
        }
    }

    @Override
    public Map<Integer, Long> updatesEnd() {
        return readBack == null ? Map.of() : readBack.end();
    }

    @Override
    public Set<String> publishedSince(Map<Integer, Long> from, Set<String> wanted) {
        if (readBack == null) {
            return super.publishedSince(from, wanted);
        }
        return readBack.find(from, wanted);
    }

    @Override
    protected void awaitDeliveries() {
        updates.flush();
        deadLetters.flush();
    }

    /** Closes both producers, waiting up to {@link #CLOSE_TIMEOUT} for outstanding sends. */
    @Override
    public void close() {
        try {
            updates.close(CLOSE_TIMEOUT);
        } finally {
            deadLetters.close(CLOSE_TIMEOUT);
        }
        if (unreportedFailures() > 0) {
            LOG.error("{} record(s) failed after the last flush and were not published", unreportedFailures());
        }
        LOG.info("producer closed: {}", summary());
    }
}
