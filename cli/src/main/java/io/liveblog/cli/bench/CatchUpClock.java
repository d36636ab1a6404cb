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
 * marker counts as done one short of its end). The same clock times the ceiling and the pipeline, so their ratio
 * does not depend on it.
 */
public final class CatchUpClock {

    private final Properties adminProps;

    /** @param adminProps admin client properties of the cluster */
    public CatchUpClock(Properties adminProps) {
        this.adminProps = adminProps;
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
     * @return nanoseconds ({@link System#nanoTime}) when the group had caught up
     */
    public long awaitCaughtUp(String groupId, List<String> topics, List<String> endsExact, Duration timeout,
                              LongConsumer progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + 2_000_000_000L;
        try (Admin admin = Admin.create(adminProps)) {
            while (true) {
                Map<TopicPartition, Long> ends = ends(admin, topics);
                Map<TopicPartition, Long> committed = committed(admin, groupId);
                long now = System.nanoTime();
                boolean done = !ends.isEmpty();
                long consumed = 0;
                for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                    long at = committed.getOrDefault(e.getKey(), 0L);
                    long slack = endsExact.contains(e.getKey().topic()) ? 0 : 1;
                    done &= at >= e.getValue() - slack;
                    if (e.getKey().topic().equals(topics.get(0))) {
                        consumed += at;
                    }
                }
                if (done) {
                    return now;
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
        for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
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
