package io.liveblog.cli.bench;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Post-to-aggregate latency at a fixed offered load: publishes posts at a steady rate to a running pipeline and
 * watches its claims and aggregates topics (read committed, as a dashboard would). A post's latency is the time from
 * its send to the first aggregate record that counts one of its claims; claims tell which post a claim id belongs to.
 * Posts without figures, re-deliveries and edits are published too (they are part of the load) but not timed.
 */
public final class LatencyProbe {

    /** What was measured: latencies in milliseconds of the timed posts, and how many posts were sent. */
    public record Result(List<Long> latenciesMs, int sent, int untimed) {
        /** @return the q-quantile (0..1) in milliseconds, nearest rank */
        public long quantile(double q) {
            List<Long> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                throw new IllegalStateException("no post was timed");
            }
            int rank = (int) Math.ceil(q * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }
    }

    private final Properties clientProps;
    private final String updatesTopic;
    private final String claimsTopic;
    private final String aggregatesTopic;

    /**
     * @param clientProps bootstrap servers and pass-through client properties
     * @param updatesTopic where posts go
     * @param claimsTopic the pipeline's claims topic
     * @param aggregatesTopic the pipeline's aggregates topic
     */
    public LatencyProbe(Properties clientProps, String updatesTopic, String claimsTopic, String aggregatesTopic) {
        this.clientProps = clientProps;
        this.updatesTopic = updatesTopic;
        this.claimsTopic = claimsTopic;
        this.aggregatesTopic = aggregatesTopic;
    }

    /**
     * @param producer the producer to publish with
     * @param posts the posts to publish
     * @param count how many to publish
     * @param rate posts per second
     * @param settle how long to wait for the last posts' aggregates after the last send
     * @param progress called about every two seconds with a progress line
     * @return the latencies
     */
    public Result run(KafkaProducer<String, LiveBlogUpdate> producer, Iterator<LiveBlogUpdate> posts, int count,
                      double rate, Duration settle, Consumer<String> progress) throws InterruptedException {
        Map<String, Long> sentAt = new HashMap<>();
        Map<String, Long> latency = new HashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(claimsTopic, aggregatesTopic)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            watcher = new Thread(() -> watch(consumer, sentAt, latency, stop), "bench-latency-watcher");
            watcher.start();
            int untimed = 0;
            long start = System.nanoTime();
            long nextReport = start + 2_000_000_000L;
            java.util.Set<String> seenPosts = new java.util.HashSet<>();
            for (int i = 0; i < count && posts.hasNext(); i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                LiveBlogUpdate u = posts.next();
                boolean timed = seenPosts.add(u.getPostId());
                if (timed) {
                    synchronized (sentAt) {
                        sentAt.put(u.getPostId(), System.currentTimeMillis());
                    }
                } else {
                    untimed++;
                }
                producer.send(new ProducerRecord<>(updatesTopic, null, u.getPublishedAt().toEpochMilli(),
                        u.getPostId(), u));
                if (System.nanoTime() > nextReport) {
                    synchronized (latency) {
                        progress.accept(String.format("latency: %,d of %,d posts sent at %.0f/s, %,d timed so far",
                                i + 1, count, rate, latency.size()));
                    }
                    nextReport += 2_000_000_000L;
                }
            }
            producer.flush();
            Thread.sleep(settle.toMillis());
            stop.set(true);
            watcher.join();
            synchronized (latency) {
                return new Result(List.copyOf(latency.values()), count, untimed);
            }
        }
    }

    /** Consumer loop: maps claim ids to posts, and times each post at the first aggregate that counts it. */
    private void watch(KafkaConsumer<String, byte[]> consumer, Map<String, Long> sentAt, Map<String, Long> latency,
                       AtomicBoolean stop) {
        Map<String, String> postOfClaim = new HashMap<>();
        Map<String, Long> firstCounted = new HashMap<>();
        while (!stop.get()) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                long now = System.currentTimeMillis();
                if (r.value() == null) {
                    continue;
                }
                if (r.topic().equals(claimsTopic)) {
                    Claim c = Topics.CLAIM_SERDE.deserializer().deserialize(r.topic(), r.value());
                    postOfClaim.put(c.getClaimId(), c.getPostId());
                    Long counted = firstCounted.remove(c.getClaimId());
                    if (counted != null) {
                        record(c.getPostId(), counted, sentAt, latency);
                    }
                } else {
                    LocationAggregate a = Topics.AGGREGATE_SERDE.deserializer().deserialize(r.topic(), r.value());
                    for (String id : a.getClaimIds()) {
                        String post = postOfClaim.get(id);
                        if (post != null) {
                            record(post, now, sentAt, latency);
                        } else {
                            firstCounted.putIfAbsent(id, now);
                        }
                    }
                }
            }
        }
    }

    private static void record(String postId, long at, Map<String, Long> sentAt, Map<String, Long> latency) {
        Long sent;
        synchronized (sentAt) {
            sent = sentAt.get(postId);
        }
        if (sent != null) {
            synchronized (latency) {
                latency.putIfAbsent(postId, Math.max(0, at - sent));
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
