package io.liveblog.producer.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void requiredPropertiesAreSetAndPassThroughIsMergedIn() {
        ProducerSettings settings = new ProducerSettings("broker:9092", "liveblog", Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN", "compression.type", "zstd",
                "acks", "ALL"));
        Map<String, Object> props = settings.properties("updates");

        assertEquals("true", props.get("enable.idempotence"));
        assertEquals("all", props.get("acks"));
        assertEquals("5", props.get("max.in.flight.requests.per.connection"));
        assertEquals("zstd", props.get("compression.type"), "defaults may be overridden");
        assertEquals("20", props.get("linger.ms"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("broker:9092", props.get("bootstrap.servers"));
        assertEquals("liveblog-updates", props.get("client.id"));
        assertEquals("liveblog-dlq", settings.properties("dlq").get("client.id"));
        assertEquals("lz4", new ProducerSettings("b:1", "c", Map.of()).properties("x").get("compression.type"));
    }

    @Test
    void conflictingPropertiesAreRefusedByName() {
        var weak = assertThrows(IllegalArgumentException.class,
                () -> new ProducerSettings("b:1", "c", Map.of("acks", "1")));
        assertTrue(weak.getMessage().contains("'acks'"));
        assertThrows(IllegalArgumentException.class,
                () -> new ProducerSettings("b:1", "c", Map.of("enable.idempotence", "false")));
        assertThrows(IllegalArgumentException.class,
                () -> new ProducerSettings("b:1", "c", Map.of("value.serializer", "x.Y")));
        assertThrows(IllegalArgumentException.class,
                () -> new ProducerSettings("b:1", "c", Map.of("transactional.id", "t")));
        assertThrows(IllegalArgumentException.class, () -> new ProducerSettings(" ", "c", Map.of()));
    }

    @Test
    void toStringHidesPassThroughValues() {
        String text = new ProducerSettings("b:1", "c", Map.of("sasl.jaas.config", "password=\"hunter2\""))
                .toString();
        assertTrue(text.contains("sasl.jaas.config"));
        assertFalse(text.contains("hunter2"));
    }

    @Test
    void kafkaAcceptsTheConfigurationAsTheProducerWillRunIt() {
        ProducerSettings settings = new ProducerSettings("localhost:1", "settings-test",
                Map.of("compression.type", "zstd"));
        java.util.Map<String, Object> props = new java.util.HashMap<>(settings.properties("updates"));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Kafka's own parsing, as KafkaProducer does it: what the producer will actually run with
        ProducerConfig parsed = new ProducerConfig(props);
        assertTrue(java.util.Set.of("all", "-1").contains(parsed.getString(ProducerConfig.ACKS_CONFIG)));
        assertTrue(parsed.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("zstd", parsed.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG), "a pass-through wins a default");
        assertEquals("settings-test-updates", parsed.getString(ProducerConfig.CLIENT_ID_CONFIG));
        // and real producers construct with it (no broker is contacted before the first send)
        Producer<String, LiveBlogUpdate> producer = settings.newUpdateProducer();
        producer.close(Duration.ZERO);
        settings.newDeadLetterProducer().close(Duration.ZERO);
    }
}
