package io.liveblog.producer.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads back which post versions are on the updates topic, from the record keys and the
 * {@value UpdateRecords#CONTENT_HASH} header alone (whatever the value's wire format): what a watcher restarted after a
 * crash needs to know of the poll it was in the middle of ({@link UpdateSink#publishedSince}).
 */
final class UpdatesReadBack {

    /** How long a read-back may take before it fails (the watcher then retries at its next poll). */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, Object> properties;
    private final String topic;

    /**
     * @param properties consumer properties ({@link ProducerSettings#readBackProperties})
     * @param topic the updates topic
     */
    UpdatesReadBack(Map<String, Object> properties, String topic) {
        this.properties = Map.copyOf(properties);
        this.topic = topic;
    }

    /** @return the topic's end offsets by partition (read-committed) */
    Map<Integer, Long> end() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer), TIMEOUT).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue, (a, b) -> a,
                            TreeMap::new));
        }
    }

    /** @see UpdateSink#publishedSince */
    Set<String> find(Map<Integer, Long> from, Set<String> wanted) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, from.getOrDefault(tp.partition(), 0L));
            }
            Set<String> found = new HashSet<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new PublishException("could not read back " + topic + " within " + TIMEOUT.toSeconds()
                            + " s", 0, null);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String version = version(r);
                    if (version != null && wanted.contains(version)) {
                        found.add(version);
                    }
                }
            }
            return found;
        }
    }

    /** @return {@code "<postId> <contentHash>"}, {@code "<postId> deleted"}, or null for a record of neither kind */
    private static String version(ConsumerRecord<byte[], byte[]> r) {
        if (r.key() == null) {
            return null;
        }
        String postId = new String(r.key(), StandardCharsets.UTF_8);
        if (r.value() == null) {
            return postId + " deleted";
        }
        Header hash = r.headers().lastHeader(UpdateRecords.CONTENT_HASH);
        return hash == null ? null : postId + " " + new String(hash.value(), StandardCharsets.UTF_8);
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey(), TIMEOUT) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
