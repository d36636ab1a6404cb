package io.liveblog.streams;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** In-memory stores for processors under a {@link MockProcessorContext}, as their topology would give them. */
public final class MockStores {

    private MockStores() {
    }

    /**
     * Builds an in-memory key-value store (no changelog), initialises it on the context and registers it there, so a
     * processor's {@code init} finds it by name.
     *
     * @return the store, for the test to inspect
     */
    public static <K, V> KeyValueStore<K, V> keyValue(MockProcessorContext<?, ?> context, String name,
                                                      Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
