package io.liveblog.dashboard;

import io.liveblog.schema.LocationAggregate;
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
 * Follows the aggregates topic from its end (committed records only, no consumer group) and reports each change,
 * so open dashboards learn that something changed as soon as consumers of the topic can see it. It carries no
 * data of its own: pages ask the stores again ({@link ApiRoutes}).
 */
public final class AggregateFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateFeed.class);

    private final KafkaConsumer<String, LocationAggregate> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param config the pipeline's config (cluster, client properties, the aggregates topic)
     * @param onChange called with each changed key and its new best value (null when withdrawn)
     */
    public AggregateFeed(PipelineConfig config, BiConsumer<String, Long> onChange) {
        Topic<String, LocationAggregate> topic = config.aggregates();
        Properties p = new Properties();
        config.kafkaProperties().forEach(p::setProperty);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-dashboard-feed");
        this.consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.thread = new Thread(() -> run(topic.name(), onChange), "liveblog-dashboard-feed");
        thread.setDaemon(true);
    }

    /** Starts following. */
    public void start() {
        thread.start();
    }

    private void run(String topic, BiConsumer<String, Long> onChange) {
        try {
            List<TopicPartition> partitions = partitionsOf(topic);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (running) {
                for (ConsumerRecord<String, LocationAggregate> r : consumer.poll(Duration.ofMillis(500))) {
                    onChange.accept(r.key(), r.value() == null ? null : r.value().getValue());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            // the dashboard still answers queries; pages just stop hearing of changes until a reload
            LOG.error("The dashboard's feed of {} stopped; open pages no longer update live", topic, e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Waits for the topic to exist (the streams app may still be creating its output topics). */
    private List<TopicPartition> partitionsOf(String topic) {
        while (running) {
            List<TopicPartition> found = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (!found.isEmpty()) {
                return found;
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
