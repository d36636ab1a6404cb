package io.liveblog.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DashboardConfigTest {

    @Test
    void defaultsKeepTheDashboardOnThisMachine() {
        DashboardConfig c = DashboardConfig.load(new Properties(), Map.of());
        assertEquals(new DashboardConfig("127.0.0.1", 8080), c);
        assertTrue(c.enabled());
    }

    @Test
    void propertiesThenEnvironmentThenFlags() {
        Properties p = new Properties();
        p.setProperty("liveblog.http.port", "9000");
        p.setProperty("liveblog.http.host", "0.0.0.0");
        assertEquals(new DashboardConfig("0.0.0.0", 9000), DashboardConfig.load(p, Map.of()));
        DashboardConfig env = DashboardConfig.load(p, Map.of("LIVEBLOG_HTTP_PORT", "9100"));
        assertEquals(new DashboardConfig("0.0.0.0", 9100), env);
        assertEquals(new DashboardConfig("0.0.0.0", 0), env.with(null, 0));
        assertFalse(env.with(null, 0).enabled());
        assertEquals(new DashboardConfig("localhost", 9100), env.with("localhost", null));
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DashboardConfig.load(new Properties(),
                Map.of("LIVEBLOG_HTTP_PORT", "eighty"))).getMessage().contains("liveblog.http.port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DashboardConfig.load(new Properties(),
                Map.of("LIVEBLOG_HTTP_PORT", "70000"))).getMessage().contains("liveblog.http.port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DashboardConfig(" ", 1))
                .getMessage().contains("liveblog.http.host"));
    }
}
