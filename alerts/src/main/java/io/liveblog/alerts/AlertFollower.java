package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topic;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Follows the alerts topic (committed records only) and hands each alert to a sink: printing, a webhook. The
 * consumer group remembers what was handed on: an alert's offset is committed only after its sink returned, so a
 * restart resumes after the last alert delivered and each is delivered once (a crash between delivery and commit
 * repeats at most that one; the webhook's idempotency key lets a receiver drop it).
 */
public final class AlertFollower implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private volatile boolean stopped;

    /**
     * @param config the pipeline's config (cluster and client properties)
     * @param alerts the alerts topic
     * @param group the consumer group (one per receiver: a webhook and a printer each get every alert)
     */
    public AlertFollower(PipelineConfig config, Topic<String, Alert> alerts, String group) {
        Properties p = config.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(p, alerts.keySerde().deserializer(), alerts.valueSerde().deserializer());
        consumer.subscribe(java.util.List.of(alerts.name()));
    }

    /**
     * Hands alerts to the sink until {@link #close()} or until {@code max} alerts were handed on.
     *
     * @param sink receives each alert and says whether it was delivered; false (a delivery stopped before it
     *     succeeded) ends the run without committing that alert, so the next run starts with it
     * @param max stop after this many (0: no limit)
     * @return alerts handed on
     */
    public int run(Predicate<Alert> sink, int max) {
        int handed = 0;
        try {
            while (!stopped && (max == 0 || handed < max)) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        if (!sink.test(r.value())) {
                            return handed;
                        }
                        handed++;
                    }
                    consumer.commitSync(Map.of(new TopicPartition(r.topic(), r.partition()),
                            new OffsetAndMetadata(r.offset() + 1)));
                    if (stopped || (max > 0 && handed >= max)) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            // stopping
        }
        return handed;
    }

    /** Asks a running {@link #run} to stop (from another thread). */
    public void stop() {
        stopped = true;
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
