package io.liveblog.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} moves while posts are processed; {@code /health} and {@code /ready} follow the app's state. */
class MetricsAndProbesTest {

    @TempDir
    Path stateDir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(DashboardServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void countersMoveWhilePostsAreProcessed() throws Exception {
        try (Observability metrics = new Observability(null);
             PipelineFixture pipeline = new PipelineFixture(stateDir);
             DashboardServer server = new DashboardServer(new InetSocketAddress("127.0.0.1", 0), pipeline,
                     PipelineFixture.GAZETTEER::byId, metrics)) {
            server.start();
            pipeline.post("blog-one", "p1", "2024-03-04T10:00:00Z", "Aid", null, DashboardServerTest.AID_BODY);
            HttpResponse<String> first = get(server, "/metrics");
            assertEquals(200, first.statusCode());
            assertTrue(first.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
            String posts = "liveblog_posts_total{app=\"dashboard-test\",outcome=\"new\"}";
            String extractions = "liveblog_extraction_seconds_count{app=\"dashboard-test\"}";
            String claims = "liveblog_claims_total{app=\"dashboard-test\",change=\"asserted\"}";
            double postsBefore = value(first.body(), posts);
            double extractionsBefore = value(first.body(), extractions);
            assertTrue(postsBefore >= 1, first.body());
            assertTrue(first.body().contains("liveblog_extraction_seconds_bucket{app=\"dashboard-test\""),
                    "a histogram, not only a count");
            assertTrue(first.body().contains("jvm_memory_used_bytes"));

            pipeline.post("blog-one", "p2", "2024-03-04T11:00:00Z", "Toll", null, DashboardServerTest.HOSTILE_BODY);
            pipeline.post("blog-one", "p2", "2024-03-04T11:00:00Z", "Toll", null, DashboardServerTest.HOSTILE_BODY);
            String second = get(server, "/metrics").body();
            assertEquals(postsBefore + 1, value(second, posts), 1e-9, "a re-delivered post is not counted again");
            assertEquals(extractionsBefore + 1, value(second, extractions), 1e-9);
            assertTrue(value(second, claims) >= 2, second);
            String aggregates = "liveblog_aggregates_total{app=\"dashboard-test\",change=\"updated\",window=\"total\"}";
            String facts = "liveblog_aggregate_facts_sum{app=\"dashboard-test\",window=\"total\"}";
            String citations = "liveblog_aggregate_claims_sum{app=\"dashboard-test\",window=\"total\"}";
            assertTrue(value(second, aggregates) > value(first.body(), aggregates), second);
            assertTrue(value(second, facts) > value(first.body(), facts), "facts behind the emitted aggregates");
            assertTrue(value(second, citations) >= value(second, facts), "every fact has a claim at least");
            assertTrue(value(second, "liveblog_working_copies_read_total{app=\"dashboard-test\"}") >= 1,
                    "each place/metric key is read from its store at its first touch");
        }
    }

    @Test
    void probesFollowTheAppState() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture(stateDir);
             DashboardServer server = new DashboardServer(new InetSocketAddress("127.0.0.1", 0), pipeline,
                     PipelineFixture.GAZETTEER::byId)) {
            server.start();
            assertEquals(200, get(server, "/health").statusCode());
            assertEquals(200, get(server, "/ready").statusCode());
            assertEquals(404, get(server, "/metrics").statusCode(), "no metrics endpoint without metrics");
            pipeline.state = "REBALANCING";
            assertEquals(200, get(server, "/health").statusCode(), "alive while rebalancing");
            HttpResponse<String> notReady = get(server, "/ready");
            assertEquals(503, notReady.statusCode());
            assertTrue(notReady.body().contains("\"status\":\"DOWN\""), notReady.body());
            pipeline.state = "ERROR";
            assertEquals(503, get(server, "/health").statusCode());
        }
    }
}
