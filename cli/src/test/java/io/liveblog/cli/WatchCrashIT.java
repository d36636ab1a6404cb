package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.isolatedConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code produce --watch} killed with SIGKILL while the feed it polls changes (forty new posts and an edit at every
 * request), restarted on the same state file each time: every post version the feed served is on the updates topic,
 * and none twice. Half the kills fall at random moments; the other half as soon as the watcher has written a poll's
 * intent to its state file, that is while it sends: the restart must read the topic back
 * ({@code PendingPublications}) instead of publishing the poll again.
 */
class WatchCrashIT {

    private static final int KILLS = 8;
    /** New posts at every request: a poll publishes a batch, so a kill can fall between its sends. */
    private static final int POSTS_PER_REQUEST = 40;

    @TempDir
    Path dir;

    private final AtomicInteger requests = new AtomicInteger();

    @Test
    void everyPostVersionIsOnTheTopicExactlyOnceAcrossKills() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/live.rss", ex -> {
            try (InputStream ignored = ex.getRequestBody()) {
                byte[] body = feed(requests.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/live.rss";
        Random random = new Random(17);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = isolatedConfig(dir, "watch-crash");
            Path state = dir.resolve("watch-state.json");
            List<String> command = List.of("produce", "--watch", url, "--interval", "5s", "--state-file",
                    state.toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString());
            int killed = 0;
            for (int i = 0; i < KILLS; i++) {
                Path log = dir.resolve("watch-" + i + ".log");
                Process p = ChildJvm.start(log, List.of(), command.toArray(String[]::new));
                if (i % 2 == 0) {
                    // the first poll runs as soon as the JVM is up; later ones every 5 s
                    Thread.sleep(1_500 + random.nextInt(6_000));
                } else {
                    awaitPendingPoll(state, p); // the poll's intent is written: it is about to send
                    Thread.sleep(random.nextInt(120)); // before, between or after its sends
                }
                if (p.isAlive()) {
                    killed++;
                }
                p.destroyForcibly(); // SIGKILL
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            assertTrue(killed >= KILLS - 1, "the watcher was killed while it ran, " + killed + " times");
            long recovered = 0;
            for (int i = 1; i < KILLS; i++) {
                recovered += Files.readString(dir.resolve("watch-" + i + ".log")).contains("interrupted while publishing")
                        ? 1 : 0;
            }
            List<String> last = new ArrayList<>(command);
            last.addAll(List.of("--max-polls", "1"));
            Process p = ChildJvm.start(dir.resolve("watch-last.log"), List.of(), last.toArray(String[]::new));
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the last, unkilled poll ends");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("watch-last.log")));

            PipelineConfig c = PipelineConfig.load(props(config), Map.of());
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            List<String> versions = new ArrayList<>();
            CompactedTopicReader.scan(client, Topics.UPDATES.renamed(c.updatesTopic()),
                    (k, v) -> versions.add(v.getPostId() + "|" + v.getContentHash()));
            Set<String> distinct = new HashSet<>(versions);
            assertEquals(distinct.size(), versions.size(), "no version twice: " + versions);
            int served = requests.get();
            assertEquals(POSTS_PER_REQUEST * served, distinct.stream().map(v -> v.substring(0, v.indexOf('|'))).distinct().count(),
                    "every post the feed served is on the topic");
            assertTrue(versions.size() > POSTS_PER_REQUEST * served, "the edits are on the topic too");
            assertTrue(recovered >= 1, "a restart found a poll interrupted while publishing and read the topic back");
        } finally {
            server.stop(0);
        }
    }

    /** Waits until the watcher has written a poll's intent (it is about to send, or sending). */
    private static void awaitPendingPoll(Path state, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try {
                if (Files.readString(state).contains("\"pending\"")) {
                    return;
                }
            } catch (java.io.IOException notYetOrBeingReplaced) {
                // the file is written atomically, but may not exist yet
            }
            Thread.sleep(2);
        }
    }

    /**
     * The feed at its n-th request: 3n posts, and post 1 told with the toll of the n-th request (an edit each time).
     */
    private static String feed(int n) {
        StringBuilder items = new StringBuilder();
        Instant start = Instant.parse("2024-09-14T06:00:00Z");
        for (int i = POSTS_PER_REQUEST * n; i >= 1; i--) {
            String text = i == 1 ? "Officials said at least " + (30 + n) + " people have died in the floods."
                    : "Update " + i + ": relief teams reached district " + i + ".";
            items.append("<item><title>Update ").append(i).append("</title><guid isPermaLink=\"false\">post-")
                    .append(i).append("</guid><pubDate>")
                    .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            start.plusSeconds(60L * i).atOffset(java.time.ZoneOffset.UTC)))
                    .append("</pubDate><description><![CDATA[<p>").append(text).append("</p>]]></description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Floods: live</title>"
                + "<link>https://news.example.org/live/floods</link><description>Live</description>" + items
                + "</channel></rss>";
    }

    private static Properties props(Path config) throws java.io.IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(config)) {
            p.load(in);
        }
        return p;
    }
}
