package io.liveblog.streams;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.MockProcessorContext;

/**
 * A {@link FixedKeyProcessorContext} for unit tests of fixed-key processors, which Kafka's test utilities do not
 * provide: stores, metrics, task id and the rest come from a {@link MockProcessorContext}; forwarded records are
 * captured in a list.
 */
public final class FixedKeyContexts {

    private FixedKeyContexts() {
    }

    /**
     * @param mock where stores, metrics and the task id come from
     * @param forwarded receives every record the processor forwards
     * @return the context to {@code init} a fixed-key processor with
     */
    @SuppressWarnings("unchecked")
    public static <K, V> FixedKeyProcessorContext<K, V> of(MockProcessorContext<K, V> mock,
                                                           List<FixedKeyRecord<K, V>> forwarded) {
        return (FixedKeyProcessorContext<K, V>) Proxy.newProxyInstance(FixedKeyContexts.class.getClassLoader(),
                new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forward")) {
                        forwarded.add((FixedKeyRecord<K, V>) args[0]);
                        return null;
                    }
                    Method target = MockProcessorContext.class.getMethod(method.getName(),
                            method.getParameterTypes());
                    try {
                        return target.invoke(mock, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
