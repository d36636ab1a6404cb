package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's main command: embedded broker, bundled sample, live table; here bounded by --duration. */
class DemoIT {

    @Test
    void demoRunsTheWholePipelineOnTheBundledSampleAndPrintsTheTable() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        String port = Integer.toString(freePort());
        String dashboardAnswer;
        String metrics;
        int ready;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            CompletableFuture<Integer> demo = CompletableFuture.supplyAsync(
                    () -> Main.run("demo", "--duration", "PT30S", "--http-port", port));
            dashboardAnswer = awaitDashboard(URI.create("http://127.0.0.1:" + port
                    + "/api/aggregates?window=total&metric=aid_trucks"), demo);
            HttpClient http = HttpClient.newHttpClient();
            metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            code = demo.get(3, TimeUnit.MINUTES);
        } finally {
            System.setOut(original);
        }
        assertTrue(dashboardAnswer.contains("\"location\":\"Kerem Shalom crossing\"")
                && dashboardAnswer.contains("\"value\":32"), "the dashboard's API serves the demo's figures: "
                + dashboardAnswer);
        assertEquals(200, ready, "the app is running and caught up");
        assertTrue(metrics.contains("kafka_stream_") && metrics.contains("liveblog_posts_total{app=\"")
                && metrics.contains("liveblog_extraction_seconds_bucket"), "Kafka Streams' metrics and the "
                + "pipeline's counters are exported");
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("PLACE"), out);
        assertTrue(out.contains("ALERT INFO first_report: First report from Kerem Shalom crossing"),
                "the demo prints the alerts the bundled rules raise");
        String lastTable = out.substring(out.lastIndexOf("PLACE"));
        assertTrue(lastTable.matches("(?s).*Kerem Shalom crossing +aid_trucks +32 .*"), lastTable);
        assertTrue(lastTable.matches("(?s).*\nPalestinian territories > Gaza Strip +killed +30960 .*"), lastTable);
    }

    /**
     * Ctrl-C as a user gives it: {@code liveblog demo} in its own JVM gets SIGTERM once it is serving, and exits
     * cleanly. Before the fix its shutdown hook waited for the main thread, which waited for the hook, and every
     * Ctrl-C took about a minute; the bound here is far above the few seconds it takes now and far below that.
     */
    @Test
    void ctrlCStopsTheDemoWithinSeconds() throws Exception {
        Path log = Files.createTempFile("liveblog-demo", ".log");
        Process demo = ChildJvm.start(log, List.of(), "demo", "--http-port", Integer.toString(freePort()));
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.readString(log).contains("Ctrl-C to stop") && System.nanoTime() < deadline
                    && demo.isAlive()) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(log).contains("Ctrl-C to stop"), () -> ItSupport.tail(log));
            demo.destroy(); // SIGTERM, which the JVM handles as it does SIGINT
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), () -> "still running 30 s after SIGTERM\n" + ItSupport.tail(log));
            assertFalse(Files.readString(log).contains("exiting anyway"), () -> ItSupport.tail(log));
        } finally {
            demo.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Polls the dashboard while the demo runs; returns the first answer that has the crossing's trucks. */
    private static String awaitDashboard(URI uri, CompletableFuture<Integer> demo) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String last = "no answer";
        while (!demo.isDone()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("Kerem Shalom")) {
                    return r.body();
                }
            } catch (java.io.IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        return last;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
