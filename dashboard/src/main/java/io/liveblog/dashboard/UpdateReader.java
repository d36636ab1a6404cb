package io.liveblog.dashboard;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads single records of the retained updates topic by position, for provenance: a post's text is kept only there
 * (the pipeline's stores keep where its current version is, {@code PostClaims.updateOffset}). One consumer, opened on
 * first use and shared by the requests in turn (a click on a number is rare; a consumer per click would connect to
 * the cluster every time); committed records only, no consumer group.
 */
final class UpdateReader implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final PipelineConfig config;
    private KafkaConsumer<String, LiveBlogUpdate> consumer;

    /** @param config the app's configuration: the cluster, and the updates topic with its serdes */
    UpdateReader(PipelineConfig config) {
        this.config = config;
    }

    /**
     * @return the update at this position of the updates topic; empty when there is none (deleted by retention, or a
     *     tombstone) or it cannot be read within a few seconds
     */
    synchronized Optional<LiveBlogUpdate> read(int partition, long offset) {
        Topic<String, LiveBlogUpdate> topic = config.updates();
        if (consumer == null) {
            Properties p = config.clientProperties();
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
            p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-dashboard-post-reader");
            consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        }
        TopicPartition tp = new TopicPartition(topic.name(), partition);
        consumer.assign(List.of(tp));
        consumer.seek(tp, offset);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, LiveBlogUpdate> r : consumer.poll(Duration.ofMillis(200))) {
                // the first record at or after the offset: a later one means the asked-for record is gone
                return r.offset() == offset ? Optional.ofNullable(r.value()) : Optional.empty();
            }
            if (consumer.position(tp) > offset) {
                return Optional.empty(); // passed over: an aborted or compacted-away record
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
            consumer = null;
        }
    }
}
