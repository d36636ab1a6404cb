package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alerts topology ({@link AlertsTopology}) against a cluster as its own Kafka Streams application
 * ({@code <application id>-alerts}, state under {@code <state dir>/alerts}), with the pipeline's guarantees and
 * dead-letter handlers. It reads what the pipeline writes, so it can be started, stopped, re-ruled and replayed
 * without touching the pipeline.
 */
public final class AlertsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsApp.class);

    private final KafkaStreams streams;
    private final String applicationId;

    /**
     * @param pipeline the pipeline's config (cluster, topics, guarantees)
     * @param alerts the alerts topic (must exist)
     * @param rules the rules
     */
    public AlertsApp(PipelineConfig pipeline, Topic<String, Alert> alerts, AlertRules rules) {
        this.applicationId = pipeline.applicationId() + "-alerts";
        PipelineConfig own = pipeline.withApplication(applicationId, pipeline.stateDir().resolve("alerts"));
        Properties props = StreamsApp.streamsProperties(own);
        Map<Integer, Long> historyEnd = endOffsets(own, pipeline.aggregatesTopic());
        this.streams = new KafkaStreams(AlertsTopology.build(pipeline, alerts, rules, historyEnd), props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Alerts stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        LOG.info("Alerts app {}: aggregates already on {} when it started are labelled replay: {}", applicationId,
                pipeline.aggregatesTopic(), historyEnd);
    }

    /** Starts raising alerts. */
    public void start() {
        streams.start();
    }

    /** @return the Kafka Streams application id */
    public String applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        if (!streams.close(Duration.ofSeconds(30))) {
            LOG.warn("Alerts app {} did not close within 30 s", applicationId);
        }
    }

    /** @return per partition of a topic, its end offset now (empty when the topic does not exist yet) */
    private static Map<Integer, Long> endOffsets(PipelineConfig config, String topic) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            if (!admin.listTopics().names().get().contains(topic)) {
                return Map.of();
            }
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
            d.partitions().forEach(info -> ask.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest()));
            Map<Integer, Long> out = new HashMap<>();
            admin.listOffsets(ask).all().get().forEach((tp, info) -> out.put(tp.partition(), info.offset()));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the end offsets of " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
