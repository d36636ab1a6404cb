package io.liveblog.cli.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when a streams application has processed everything written so far: its committed offsets have reached the
 * end of its input topic and of its internal repartition topic, and its output topics have stopped growing.
 *
 * <p>Under exactly-once the repartition topic ends with a transaction marker that is never "consumed", so a lag of one
 * there counts as done; the stability check over several polls covers a transaction still in flight.
 */
public final class ProcessingProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingProgress.class);

    private final Properties adminProps;
    private final String applicationId;
    private final List<String> inputTopics;
    private final List<String> outputTopics;

    /**
     * @param adminProps admin client properties
     * @param applicationId the app (= consumer group)
     * @param inputTopics its input topics, internal repartition topics included
     * @param outputTopics its output topics
     */
    public ProcessingProgress(Properties adminProps, String applicationId, List<String> inputTopics,
                              List<String> outputTopics) {
        this.adminProps = adminProps;
        this.applicationId = applicationId;
        this.inputTopics = List.copyOf(inputTopics);
        this.outputTopics = List.copyOf(outputTopics);
    }

    /**
     * Blocks until the app has caught up.
     *
     * @param timeout how long to wait at most
     * @throws IllegalStateException on timeout, with the remaining lag
     */
    public void awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> lastSeen = null;
        int stableRounds = 0;
        try (Admin admin = Admin.create(adminProps)) {
            while (true) {
                Map<TopicPartition, Long> lag = lag(admin);
                boolean caughtUp = lag.entrySet().stream().allMatch(e ->
                        e.getValue() <= (e.getKey().topic().endsWith("-repartition") ? 1 : 0));
                Map<TopicPartition, Long> snapshot = new HashMap<>(ends(admin, outputTopics, IsolationLevel.READ_UNCOMMITTED));
                snapshot.putAll(committed(admin));
                if (caughtUp && snapshot.equals(lastSeen)) {
                    if (++stableRounds >= 3) {
                        return;
                    }
                } else {
                    stableRounds = 0;
                }
                lastSeen = snapshot;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("streams app " + applicationId + " did not catch up within "
                            + timeout + "; lag " + lag);
                }
                LOG.debug("waiting for {}: lag {}", applicationId, lag);
                Thread.sleep(400);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for processing", e);
        }
    }

    private Map<TopicPartition, Long> lag(Admin admin) {
        Map<TopicPartition, Long> ends = ends(admin, inputTopics, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> committed = committed(admin);
        Map<TopicPartition, Long> lag = new HashMap<>();
        ends.forEach((tp, end) -> lag.put(tp, Math.max(0, end - committed.getOrDefault(tp, 0L))));
        return lag;
    }

    private Map<TopicPartition, Long> committed(Admin admin) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> out = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (om != null) {
                    out.put(tp, om.offset());
                }
            });
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + applicationId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> ends(Admin admin, List<String> topics, IsolationLevel isolation) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            List<String> present = new ArrayList<>(admin.listTopics().names().get());
            for (var d : admin.describeTopics(topics.stream().filter(present::contains).toList())
                    .allTopicNames().get().values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin
                    .listOffsets(request, new ListOffsetsOptions(isolation)).all().get();
            Map<TopicPartition, Long> out = new HashMap<>();
            result.forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read end offsets: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
