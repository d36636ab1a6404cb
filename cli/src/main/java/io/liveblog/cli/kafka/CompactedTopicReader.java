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
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    sink.accept(r.key(), r.value());
                }
            }
        }
    }
}
