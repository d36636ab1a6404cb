package io.liveblog.streams.query;

import io.liveblog.topics.Topic;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A read-only view that decodes, on read, a store holding a topic's records as the topic's own bytes.
 *
 * <p>Why: the query tables ({@code claims-store}, {@code aggregates-store}) materialise the output topics for the
 * dashboard. Kept as decoded records, every record written to those topics would be decoded from the topic, encoded
 * again for the store, and decoded once more for the old value a table looks up and for its cache flush: Avro work
 * on every output record, for stores that are read only when someone asks. Kept as the topic's bytes (the same bytes
 * the typed store held, so existing state stays readable), a record is decoded only when a query reads it.
 */
public final class EncodedStore<V> implements ReadOnlyKeyValueStore<String, V> {

    private final ReadOnlyKeyValueStore<String, byte[]> raw;
    private final String topic;
    private final Deserializer<V> decoder;

    private EncodedStore(ReadOnlyKeyValueStore<String, byte[]> raw, String topic, Deserializer<V> decoder) {
        this.raw = raw;
        this.topic = topic;
        this.decoder = decoder;
    }

    /**
     * @param raw a store of the topic's records, values as the topic's bytes
     * @param topic the topic, whose value serde decodes them
     * @return the store's records, decoded when read
     */
    public static <V> ReadOnlyKeyValueStore<String, V> decoding(ReadOnlyKeyValueStore<String, byte[]> raw,
                                                                Topic<String, V> topic) {
        return new EncodedStore<>(raw, topic.name(), topic.valueSerde().deserializer());
    }

    private V decode(byte[] bytes) {
        return bytes == null ? null : decoder.deserialize(topic, bytes);
    }

    @Override
    public V get(String key) {
        return decode(raw.get(key));
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return new Decoding(raw.range(from, to));
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return new Decoding(raw.reverseRange(from, to));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return new Decoding(raw.all());
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return new Decoding(raw.reverseAll());
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return new Decoding(raw.prefixScan(prefix, prefixKeySerializer));
    }

    @Override
    public long approximateNumEntries() {
        return raw.approximateNumEntries();
    }

    /** An iterator of the raw store, decoding each value as it is taken. */
    private final class Decoding implements KeyValueIterator<String, V> {
        private final KeyValueIterator<String, byte[]> it;

        Decoding(KeyValueIterator<String, byte[]> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public KeyValue<String, V> next() {
            KeyValue<String, byte[]> kv = it.next();
            return KeyValue.pair(kv.key, decode(kv.value));
        }

        @Override
        public String peekNextKey() {
            return it.peekNextKey();
        }

        @Override
        public void close() {
            it.close();
        }
    }
}
