package io.liveblog.dashboard;

import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a topic (committed records only, no consumer group) and reports each record: the aggregates topic from
 * its end, so open dashboards learn that something changed as soon as consumers of the topic can see it (pages then
 * ask the stores again, {@link ApiRoutes}); the alerts topic from its start, so the page lists recent alerts.
 *
 * @param <V> the topic's values
 */
public final class TopicFeed<V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFeed.class);
    private static final Duration ASK_AGAIN = Duration.ofMillis(250);

    private final KafkaConsumer<String, V> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param config the pipeline's config (cluster and client properties)
     * @param topic the topic to follow
     * @param fromStart whether to read what is already on it (otherwise only what comes)
     * @param onRecord called with each key and value (null for a tombstone)
     */
    public TopicFeed(PipelineConfig config, Topic<String, V> topic, boolean fromStart, BiConsumer<String, V> onRecord) {
        Properties p = config.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-dashboard-" + topic.name());
        this.consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.thread = new Thread(() -> run(topic.name(), fromStart, onRecord), "liveblog-dashboard-feed-"
                + topic.name());
        thread.setDaemon(true);
    }

    /** Starts following. */
    public void start() {
        thread.start();
    }

    private void run(String topic, boolean fromStart, BiConsumer<String, V> onRecord) {
        try {
            List<TopicPartition> partitions = partitionsOf(topic);
            consumer.assign(partitions);
            if (fromStart) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            while (running) {
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(500))) {
                    onRecord.accept(r.key(), r.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            // the dashboard still answers queries; pages just stop hearing of changes until a reload
            LOG.error("The dashboard's feed of {} stopped; open pages no longer update live from it", topic, e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Waits for the topic to exist (the apps may still be creating their topics). */
    private List<TopicPartition> partitionsOf(String topic) {
        while (running) {
            List<TopicPartition> found = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (!found.isEmpty()) {
                return found;
            }
            // an unknown topic is answered at once: ask again in a while rather than spin on metadata requests
            try {
                Thread.sleep(ASK_AGAIN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new WakeupException();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
