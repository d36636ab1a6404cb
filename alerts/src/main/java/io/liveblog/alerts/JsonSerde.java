package io.liveblog.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** JSON serde of the alerts app's internal state (never on a public topic). */
final class JsonSerde {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> {
            try {
                return value == null ? null : MAPPER.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (topic, bytes) -> {
            try {
                return bytes == null ? null : MAPPER.readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException("undecodable " + type.getSimpleName() + " in an alerts store", e);
            }
        });
    }
}
