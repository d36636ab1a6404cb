package io.liveblog.cli.kafka;

import io.liveblog.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic from the beginning up to its current end (committed transactions only) and keeps the latest value
 * per key, dropping tombstones: the same view a compacted topic converges to.
 */
public final class CompactedTopicReader {

    private CompactedTopicReader() {
    }

    /**
     * @param clientProps connection properties (bootstrap servers and pass-through security settings)
     * @param topic the topic
     * @return live values by key, sorted by key
     */
    public static <V> Map<String, V> read(Properties clientProps, Topic<String, V> topic) {
        Map<String, V> live = new TreeMap<>();
        scan(clientProps, topic, (k, v) -> {
            if (v == null) {
                live.remove(k);
            } else {
                live.put(k, v);
            }
        });
        return live;
    }

    /** Hands every record from the beginning to the current end of the topic to {@code sink}, in offset order. */
    public static <V> void scan(Properties clientProps, Topic<String, V> topic, BiConsumer<String, V> sink) {
        scanFrom(clientProps, topic, Map.of(), sink);
    }

    /**
     * Hands every record from the given offsets (the beginning of a partition that has none) to the current end of
     * the topic to {@code sink}, in offset order per partition.
     *
     * @param from offset to start at, by partition number
     */
    public static <V> void scanFrom(Properties clientProps, Topic<String, V> topic, Map<Integer, Long> from,
                                    BiConsumer<String, V> sink) {
        try (KafkaConsumer<String, V> consumer = consumer(clientProps, topic)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            for (TopicPartition tp : partitions) {
                Long offset = from.get(tp.partition());
                if (offset != null) {
                    consumer.seek(tp, offset);
                }
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    sink.accept(r.key(), r.value());
                }
            }
        }
    }

    /** @return the current end offset of every partition of the topic (committed transactions only) */
    public static Map<Integer, Long> endOffsets(Properties clientProps, Topic<String, ?> topic) {
        try (KafkaConsumer<String, ?> consumer = consumer(clientProps, topic)) {
            Map<Integer, Long> out = new TreeMap<>();
            consumer.endOffsets(partitions(consumer, topic)).forEach((tp, offset) -> out.put(tp.partition(), offset));
            return out;
        }
    }

    private static <V> KafkaConsumer<String, V> consumer(Properties clientProps, Topic<String, V> topic) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, ?> consumer, Topic<String, ?> topic) {
        return consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }
}
