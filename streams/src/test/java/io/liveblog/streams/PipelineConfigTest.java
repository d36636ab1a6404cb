package io.liveblog.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

    @Test
    void defaultsAreVersionedTopicsExactlyOnceAndAStateDirOutsideTheWorkingDirectory() {
        PipelineConfig c = PipelineConfig.load(new Properties(), Map.of("XDG_STATE_HOME", "/var/tmp/xdg"));
        assertNull(c.bootstrapServers());
        assertEquals("liveblog.updates.v1", c.updatesTopic());
        assertEquals("liveblog.claims.v1", c.claimsTopic());
        assertEquals("liveblog.aggregates.v1", c.aggregatesTopic());
        assertEquals("liveblog.updates.dlq.v1", c.deadLetterTopic());
        assertEquals("exactly_once_v2", c.processingGuarantee());
        assertEquals(Path.of("/var/tmp/xdg/liveblog"), c.stateDir());
        assertEquals(Duration.ofDays(2), c.gracePeriod());
        assertFalse(c.cleanUpOnStart());
    }

    @Test
    void environmentOverridesPropertiesAndKafkaSettingsPassThrough() {
        Properties p = new Properties();
        p.setProperty("liveblog.bootstrap.servers", "file:9092");
        p.setProperty("liveblog.grace.period", "2d");
        p.setProperty("kafka.security.protocol", "SASL_SSL");
        PipelineConfig c = PipelineConfig.load(p, Map.of(
                "LIVEBLOG_BOOTSTRAP_SERVERS", "env:9093",
                "LIVEBLOG_KAFKA_SASL_MECHANISM", "PLAIN",
                "LIVEBLOG_TOPIC_UPDATES", "custom.updates.v2",
                "LIVEBLOG_STATE_DIR", "/srv/liveblog",
                "UNRELATED", "x"));
        assertEquals("env:9093", c.bootstrapServers());
        assertEquals(Duration.ofDays(2), c.gracePeriod());
        assertEquals("custom.updates.v2", c.updatesTopic());
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"), c.kafkaProperties());
        assertEquals(Path.of("/srv/liveblog"), c.stateDir());
    }

    @Test
    void invalidValuesNameTheirKey() {
        Properties p = new Properties();
        p.setProperty("liveblog.grace.period", "soon");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineConfig.load(p, Map.of()));
        assertTrue(e.getMessage().startsWith("liveblog.grace.period"), e.getMessage());

        Properties q = new Properties();
        q.setProperty("liveblog.processing.guarantee", "exactly_once");
        assertThrows(IllegalArgumentException.class, () -> PipelineConfig.load(q, Map.of()));

        Properties r = new Properties();
        r.setProperty("liveblog.state.dir", "relative/dir");
        e = assertThrows(IllegalArgumentException.class, () -> PipelineConfig.load(r, Map.of()));
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        assertEquals(Duration.ofMillis(250), PipelineConfig.parseDuration("k", "250ms"));
        assertEquals(Duration.ofSeconds(30), PipelineConfig.parseDuration("k", "30s"));
        assertEquals(Duration.ofMinutes(5), PipelineConfig.parseDuration("k", "5m"));
        assertEquals(Duration.ofHours(12), PipelineConfig.parseDuration("k", "12h"));
        assertEquals(Duration.ofHours(1), PipelineConfig.parseDuration("k", "PT1H"));
    }

    @Test
    void blankBootstrapServersMeanEmbedded() {
        Properties p = new Properties();
        p.setProperty("liveblog.bootstrap.servers", " ");
        assertNull(PipelineConfig.load(p, Map.of()).bootstrapServers());
    }

    @Test
    void theWorkingCopiesBudgetIsSizedFromTheHeapUnlessSet() {
        assertEquals(0, PipelineConfig.defaults().heldClaims(), "0: sized from the heap");
        assertEquals(250_000, PipelineConfig.load(new Properties(),
                Map.of("LIVEBLOG_AGGREGATE_HELD_CLAIMS", "250000")).heldClaims());
        Properties p = new Properties();
        p.setProperty("liveblog.aggregate.held.claims", "-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineConfig.load(p, Map.of()));
        assertTrue(e.getMessage().startsWith("liveblog.aggregate.held.claims"), e.getMessage());
        p.setProperty("liveblog.aggregate.held.claims", "lots");
        e = assertThrows(IllegalArgumentException.class, () -> PipelineConfig.load(p, Map.of()));
        assertTrue(e.getMessage().startsWith("liveblog.aggregate.held.claims"), e.getMessage());
    }
}
