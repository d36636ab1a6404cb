package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import io.liveblog.dashboard.Dashboard;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app, each holding half of four partitions: whichever dashboard is asked answers for the whole
 * app, routing a key to the instance that holds it and merging what every instance holds.
 */
class DashboardRoutingIT {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eitherInstanceAnswersForTheWholeApp() throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        new BenchPosts(3, 400, Gazetteer.curated()).forEachRemaining(posts::add);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Properties props = new Properties();
            try (var in = Files.newInputStream(ItSupport.isolatedConfig(dir, "routing"))) {
                props.load(in);
            }
            PipelineConfig base = PipelineConfig.load(props, Map.of()).withBootstrapServers(kafka.bootstrapServers())
                    .withScaleOut(4, 1);
            TopicAdmin.ensureTopics(base, 4, (short) 1);
            Properties client = new Properties();
            client.putAll(TopicAdmin.adminProperties(base));
            try (KafkaProducer<String, LiveBlogUpdate> producer = BenchCommand.producer(client)) {
                BenchCommand.publish(producer, base.updatesTopic(), posts.iterator(), posts.size(), done -> { });
            }
            String a = "127.0.0.1:" + freePort();
            String b = "127.0.0.1:" + freePort();
            PipelineConfig configA = base.withApplication(base.applicationId(), dir.resolve("a"));
            PipelineConfig configB = base.withApplication(base.applicationId(), dir.resolve("b"));
            Gazetteer g = Gazetteer.bundled();
            try (StreamsApp appA = new StreamsApp(configA, Extraction.defaultExtractor(), a);
                 StreamsApp appB = new StreamsApp(configB, Extraction.defaultExtractor(), b);
                 Dashboard dashA = Dashboard.start(configA, appA.streams(), g, "127.0.0.1", port(a), a, null);
                 Dashboard dashB = Dashboard.start(configB, appB.streams(), g, "127.0.0.1", port(b), b, null)) {
                appA.start();
                appB.start();
                PipelineRun.awaitProcessed(appA, base, Duration.ofMinutes(5));
                Snapshot topics = ItSupport.settled(client, base);
                assertEquals(KafkaStreams.State.RUNNING, appA.state());
                assertEquals(KafkaStreams.State.RUNNING, appB.state());
                Map<String, Long> expected = new TreeMap<>();
                for (SnapshotAggregate x : topics.aggregates()) {
                    if (x.window().equals("total")) {
                        expected.put(x.locationId() + "|" + x.metric(), x.value());
                    }
                }
                assertTrue(expected.size() > 50, "a workload with many keys: " + expected.size());

                Map<String, Long> localA = totals(get(a, "/api/aggregates?window=total&local=true"));
                Map<String, Long> localB = totals(get(b, "/api/aggregates?window=total&local=true"));
                assertTrue(!localA.isEmpty() && !localB.isEmpty() && localA.size() < expected.size(),
                        "each instance holds a part: " + localA.size() + " + " + localB.size() + " of "
                                + expected.size());
                awaitAnswers(a, expected);
                assertEquals(expected, totals(get(a, "/api/aggregates?window=total")), "asked A");
                assertEquals(expected, totals(get(b, "/api/aggregates?window=total")), "asked B");

                // a key B does not hold, asked of B: routed to A, with every claim behind it
                SnapshotAggregate held = topics.aggregates().stream()
                        .filter(x -> x.window().equals("total") && localA.containsKey(x.locationId() + "|"
                                + x.metric()) && x.claimIds().size() > 1)
                        .findFirst().orElseThrow();
                String call = "/api/aggregate?location=" + URLEncoder.encode(held.locationId(), StandardCharsets.UTF_8)
                        + "&metric=" + held.metric() + "&window=total";
                assertEquals(404, http.send(HttpRequest.newBuilder(URI.create("http://" + b + call + "&local=true"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "B does not hold it");
                JsonNode routed = get(b, call);
                assertEquals(held.value().longValue(), routed.get("aggregate").get("value").asLong());
                assertEquals(Math.min(500, held.claimIds().size()), routed.get("claims").size(),
                        "claims held by either instance are all there");
                assertEquals(get(a, "/api/blogs").get("blogs"), get(b, "/api/blogs").get("blogs"));
            }
        }
    }

    /** Merged answers can lag the topics by a commit: waits until A's answer has every key. */
    private void awaitAnswers(String instance, Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !totals(get(instance, "/api/aggregates?window=total"))
                .equals(expected)) {
            Thread.sleep(500);
        }
    }

    private Map<String, Long> totals(JsonNode answer) {
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode x : answer.get("aggregates")) {
            out.put(x.get("locationId").asText() + "|" + x.get("metric").asText(), x.get("value").asLong());
        }
        return out;
    }

    private JsonNode get(String instance, String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + instance + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.indexOf(':') + 1));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
