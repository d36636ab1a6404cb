package io.liveblog.cli.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Times how long a streams application takes to consume everything on its input topics, from the committed offsets
 * of its consumer group (polled every 20 ms; under exactly-once a partition whose last record is a transaction
 * marker counts as done one short of its end). Timing starts when the first commit is seen, less one commit
 * interval, so neither the group's rebalance nor the app's start counts, however many threads must join first. The
 * same clock times the ceiling and the pipeline, so their ratio does not depend on it.
 */
public final class CatchUpClock {

    private final Properties adminProps;

    /** @param adminProps admin client properties of the cluster */
    public CatchUpClock(Properties adminProps) {
        this.adminProps = adminProps;
    }

    /** When the group was first seen to commit progress, and when it had caught up ({@link System#nanoTime}). */
    public record Span(long firstProgress, long caughtUp) {
    }

    /**
     * Waits until the group's committed offsets reach the end of every partition of the topics.
     *
     * @param groupId the application id
     * @param topics its input topics (repartition topics included)
     * @param endsExact topics whose end is the exact offset to reach (plain produced topics); others may end with
     *     a transaction marker
     * @param timeout how long to wait at most
     * @param progress called about every two seconds with the records consumed so far from the first topic
     * @return when progress was first seen and when the group had caught up
     */
    public Span awaitCaughtUp(String groupId, List<String> topics, List<String> endsExact, Duration timeout,
                              LongConsumer progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + 2_000_000_000L;
        long firstProgress = -1;
        try (Admin admin = Admin.create(adminProps)) {
            while (true) {
                Map<TopicPartition, Long> ends = ends(admin, topics);
                Map<TopicPartition, Long> committed = committed(admin, groupId);
                long now = System.nanoTime();
                // internal topics appear only once the app has started: until then it cannot be done
                boolean done = ends.keySet().stream().map(TopicPartition::topic).distinct().count() == topics.size();
                long consumed = 0;
                for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                    long at = committed.getOrDefault(e.getKey(), 0L);
                    long slack = endsExact.contains(e.getKey().topic()) ? 0 : 1;
                    done &= at >= e.getValue() - slack;
                    if (e.getKey().topic().equals(topics.get(0))) {
                        consumed += at;
                    }
                }
                if (firstProgress < 0 && committed.keySet().stream().anyMatch(ends::containsKey)) {
                    firstProgress = now;
                }
                if (done) {
                    return new Span(firstProgress < 0 ? now : firstProgress, now);
                }
                if (now > nextReport) {
                    progress.accept(consumed);
                    nextReport = now + 2_000_000_000L;
                }
                if (now > deadline) {
                    throw new IllegalStateException(groupId + " did not catch up within " + timeout);
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Map<TopicPartition, Long> ends(Admin admin, List<String> topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        java.util.Set<String> present = admin.listTopics().names().get();
        for (var d : admin.describeTopics(topics.stream().filter(present::contains).toList()).allTopicNames().get()
                .values()) {
            d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String groupId)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> out = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get();
        offsets.forEach((tp, om) -> {
            if (om != null) {
                out.put(tp, om.offset());
            }
        });
        return out;
    }
}
