package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.isolatedConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.producer.feed.RssWriter;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live polling end to end on the embedded broker: a local HTTP server serves an RSS feed, a Guardian-style JSON and
 * an HTML page that change between polls; every new and edited post must arrive on the updates topic exactly once,
 * also across restarts of the producer, bad entries must be dead letters with reasons, and --dry-run must print what
 * is published.
 */
class WatchIT {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger round = new AtomicInteger(1);
    private final AtomicInteger notModified = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/live.rss", ex -> serve(ex, "application/rss+xml", rss(round.get())));
        server.createContext("/live.json", ex -> serve(ex, "application/json", guardian(round.get())));
        server.createContext("/live.html", ex -> serve(ex, "text/html; charset=utf-8", html(round.get())));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(HttpExchange ex, String type, String body) throws IOException {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        try (InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
        }
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void newAndEditedPostsArriveExactlyOnceAcrossRestartsAndBadEntriesAreDeadLettered() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = isolatedConfig(dir, "watch");
            Path state = dir.resolve("watch-state.json");
            List<String> sources = List.of("/live.rss", "/live.json", "/live.html");

            for (String src : sources) {
                assertEquals(0, poll(kafka, config, state, src), src);
            }
            round.set(2);
            for (String src : sources) {
                assertEquals(0, poll(kafka, config, state, src), src);   // a restart of the producer each time
            }
            for (String src : sources) {
                assertEquals(0, poll(kafka, config, state, src), src);   // nothing changed since: 304
            }
            assertEquals(3, notModified.get(), "the third round of polls was answered 304");

            PipelineConfig c = PipelineConfig.load(props(config), Map.of());
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            List<LiveBlogUpdate> published = new ArrayList<>();
            CompactedTopicReader.scan(client, Topics.UPDATES.renamed(c.updatesTopic()), (k, v) -> published.add(v));

            // round 1: 2 RSS items (+1 broken), 2 Guardian blocks, 2 HTML posts; round 2: one new and one edited each
            assertEquals(6 + 6, published.size(), "every version once: " + published.stream()
                    .map(u -> u.getPostId() + "@" + u.getContentHash().substring(0, 6)).toList());
            TreeSet<String> versions = new TreeSet<>();
            published.forEach(u -> versions.add(u.getPostId() + "|" + u.getContentHash()));
            assertEquals(published.size(), versions.size(), "no version published twice");
            assertEquals(9, published.stream().map(LiveBlogUpdate::getPostId).distinct().count());
            assertTrue(published.stream().anyMatch(u -> u.getBody().contains("at least 41 people")),
                    "the edited RSS item was published in its new version");

            Map<String, DeadLetter> letters = CompactedTopicReader.read(client,
                    Topics.DEAD_LETTERS.renamed(c.deadLetterTopic()));
            assertEquals(1, letters.size(), "the broken RSS item, once, though it was served twice");
            DeadLetter letter = letters.values().iterator().next();
            assertTrue(letter.getSource().contains("/live.rss"), letter.getSource());
            assertTrue(!letter.getReason().isBlank());

            // --dry-run on a fresh state prints exactly the current versions that were published
            round.set(2);
            Map<String, String> dryRun = new TreeMap<>();
            for (String src : sources) {
                for (JsonNode line : dryRun(src, dir.resolve("fresh-state-" + src.substring(6) + ".json"))) {
                    JsonNode value = line.has("value") ? line.get("value") : line;
                    if (value.has("postId") && value.has("contentHash")) {
                        dryRun.put(value.get("postId").asText(), value.get("contentHash").asText());
                    }
                }
            }
            Map<String, String> latestPublished = new TreeMap<>();
            published.forEach(u -> latestPublished.put(u.getPostId(), u.getContentHash()));
            assertEquals(latestPublished, dryRun);
        }
    }

    private int poll(EmbeddedKafka kafka, Path config, Path state, String src) {
        return Main.run("produce", "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString(),
                "--watch", url(src), "--max-polls", "1", "--interval", "5s", "--state-file", state.toString());
    }

    private List<JsonNode> dryRun(String src, Path state) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(0, Main.run("produce", "--dry-run", "--watch", url(src), "--max-polls", "1",
                    "--state-file", state.toString()));
        } finally {
            System.setOut(original);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    private static Properties props(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    // --- content that changes between rounds (invented posts) ---------------------------------------------------

    private static String rss(int round) {
        String toll = round == 1 ? "at least 38 people" : "at least 41 people";
        List<RssWriter.Item> items = new ArrayList<>();
        if (round > 1) {
            items.add(new RssWriter.Item("flood-3", Instant.parse("2024-09-14T12:30:00Z"), null,
                    "Relief flights land", null,
                    "Two relief flights carrying tents landed in Maiduguri, the emergency agency said."));
        }
        items.add(new RssWriter.Item("flood-2", Instant.parse("2024-09-14T11:00:00Z"), null, "Toll rises", null,
                "Officials said " + toll + " have died in the floods in Maiduguri."));
        items.add(new RssWriter.Item("flood-1", Instant.parse("2024-09-14T09:00:00Z"), null, "Dam breaks", null,
                "Thousands of people fled their homes after the Alau dam burst, officials said."));
        // an entry no writer of valid feeds would make: the watcher must dead-letter it
        return RssWriter.write("Maiduguri floods: live", "https://news.example.org/live/maiduguri-floods", items)
                .replace("</channel>", "<item><title>Broken entry</title><guid isPermaLink=\"false\">flood-bad</guid>"
                        + "<pubDate>not a date at all</pubDate><description></description></item>\n</channel>");
    }

    private static String guardian(int round) {
        String first = round == 1 ? "Aid agencies said 12 trucks reached the city." :
                "Aid agencies said 14 trucks reached the city, revising an earlier count.";
        String extra = round == 1 ? "" : block("b3", "2024-09-14T15:00:00Z", "2024-09-14T15:00:00Z",
                "Shelter", "<p>The UN said 400 tents were handed out in Maiduguri.</p>") + ",";
        return "{\"response\":{\"status\":\"ok\",\"content\":{\"id\":\"world/live/2024/sep/14/maiduguri-floods\","
                + "\"type\":\"liveblog\",\"webTitle\":\"Maiduguri floods – live\",\"webUrl\":"
                + "\"https://www.example.com/world/live/2024/sep/14/maiduguri-floods\",\"blocks\":{\"body\":["
                + extra
                + block("b2", "2024-09-14T13:00:00Z", round == 1 ? "2024-09-14T13:00:00Z" : "2024-09-14T14:10:00Z",
                        "Aid", "<p>" + first + "</p>") + ","
                + block("b1", "2024-09-14T10:00:00Z", "2024-09-14T10:00:00Z", "Rescue",
                        "<p>Rescuers used boats to reach stranded families in Maiduguri.</p>")
                + "]}}}}";
    }

    private static String block(String id, String published, String modified, String title, String html) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"firstPublishedDate\":\"" + published
                + "\",\"lastModifiedDate\":\"" + modified + "\",\"bodyHtml\":\"" + html.replace("\"", "\\\"")
                + "\"}";
    }

    private static String html(int round) {
        List<String> posts = new ArrayList<>();
        if (round == 2) {
            posts.add(post("u3", "2024-09-14T16:00:00Z", "Cholera fears",
                    "Doctors said 20 people were treated for cholera in Maiduguri."));
        }
        posts.add(post("u2", "2024-09-14T12:00:00Z", "Camps",
                round == 1 ? "About 200,000 people are displaced in Maiduguri, the governor said."
                        : "About 400,000 people are displaced in Maiduguri, the governor said."));
        posts.add(post("u1", "2024-09-14T08:00:00Z", "Overnight",
                "Water levels rose overnight across Maiduguri."));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Maiduguri live</title>"
                + "<link rel=\"canonical\" href=\"https://www.planet.example/live/maiduguri\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                + "\"LiveBlogPosting\",\"headline\":\"Maiduguri live\",\"liveBlogUpdate\":[" + String.join(",", posts)
                + "]}</script></head><body><h1>Maiduguri live</h1></body></html>";
    }

    private static String post(String id, String published, String headline, String body) {
        return "{\"@type\":\"BlogPosting\",\"@id\":\"https://www.planet.example/live/maiduguri#" + id + "\","
                + "\"headline\":\"" + headline + "\",\"datePublished\":\"" + published + "\","
                + "\"articleBody\":\"" + body + "\"}";
    }
}
