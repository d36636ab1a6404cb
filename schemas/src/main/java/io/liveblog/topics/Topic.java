package io.liveblog.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its key and value serdes: declared once, used by producer, streams app, CLI and tests alike.
 *
 * @param name versioned topic name, e.g. {@code liveblog.updates.v1}
 * @param keySerde key serde
 * @param valueSerde value serde
 * @param compacted whether the topic is created with {@code cleanup.policy=compact}
 * @param description key and value format, for docs and {@code --help}
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted, String description) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    /** @return the same topic with values in another format */
    public Topic<K, V> withValueSerde(Serde<V> serde) {
        return new Topic<>(name, keySerde, serde, compacted, description);
    }

    /** @return the same topic under another name (used to give tests and replays their own topics) */
    public Topic<K, V> renamed(String newName) {
        return new Topic<>(newName, keySerde, valueSerde, compacted, description);
    }
}
