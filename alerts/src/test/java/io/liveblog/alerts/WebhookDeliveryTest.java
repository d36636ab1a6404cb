package io.liveblog.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.schema.Alert;
import io.liveblog.schema.AlertEvidence;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
            int s = failuresLeft.getAndDecrement() > 0 ? 503 : status.get();
            ex.sendResponseHeaders(s, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    static Alert alert() {
        return Alert.newBuilder().setAlertId("a-1").setRule("spike").setSeverity("warning").setLabels(List.of())
                .setMessage("Spike: killed at Jabalya camp").setLocationId("id:jabalya").setLocation("Jabalya camp")
                .setLocationPath(List.of("Palestinian territories", "Jabalya camp")).setMetric("killed")
                .setWindow("2024-03-05").setValue(40L).setReference(5.0)
                .setEvidence(List.of(AlertEvidence.newBuilder().setClaimId("c-1").setPostId("p-1").setPostVersion(1)
                        .setSentence("Forty were killed, medics said.").build()))
                .setEventTime(Instant.parse("2024-03-05T12:00:00Z")).build();
    }

    @Test
    void retriesWithBackoffUntilTheReceiverTakesIt() throws Exception {
        failuresLeft.set(2);
        WebhookDelivery d = new WebhookDelivery(hook(), Duration.ofMillis(10), Duration.ofMillis(40));
        assertEquals(3, d.deliver(alert(), () -> false));
        assertEquals(List.of("a-1", "a-1", "a-1"), keys);
        JsonNode body = new ObjectMapper().readTree(bodies.get(2));
        assertEquals("spike", body.get("rule").asText());
        assertEquals(40, body.get("value").asLong());
        assertEquals("Forty were killed, medics said.", body.get("evidence").get(0).get("sentence").asText());
    }

    @Test
    void aRefusalIsSkippedNotRetriedForever() throws Exception {
        status.set(400);
        assertEquals(1, new WebhookDelivery(hook(), Duration.ofMillis(10), Duration.ofMillis(40))
                .deliver(alert(), () -> false));
        assertEquals(1, bodies.size());
    }

    @Test
    void aStopEndsTheRetriesAndSaysTheAlertWasNotDelivered() throws Exception {
        failuresLeft.set(100);
        AtomicInteger asked = new AtomicInteger();
        int attempts = new WebhookDelivery(hook(), Duration.ofMillis(5), Duration.ofMillis(5))
                .deliver(alert(), () -> asked.incrementAndGet() > 2);
        assertEquals(-3, attempts);
        assertTrue(bodies.size() == 3, bodies.toString());
    }

    @Test
    void onlyHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookDelivery(URI.create("file:///etc/passwd")));
    }
}
