package io.liveblog.cli.chaos;

import com.sun.net.httpserver.HttpServer;
import io.liveblog.cli.ChildJvm;
import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.producer.feed.RssWriter;
import io.liveblog.topics.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * {@code produce --watch} killed with SIGKILL while the feed it polls changes, restarted on the same state file each
 * time, then left to finish one poll: every post version the feed served must be on the updates topic, and none
 * twice. A local HTTP server serves a live blog that grows by a batch of posts and edits its first post at every
 * request. Half the kills fall at random moments; the other half as soon as the watcher has written a poll's intent to
 * its state file (it is about to send, or sending), so the restart must read the topic back instead of publishing the
 * poll again ({@code PendingPublications}).
 */
public final class WatchCrashLoop {

    /**
     * @param kills SIGKILLs of a running watcher
     * @param recovered restarts that found a poll interrupted while publishing and read the topic back
     * @param served feed requests answered
     * @param posts distinct posts on the updates topic (the feed served {@code postsPerRequest} x {@code served})
     * @param versions post versions on the topic, counting repeats
     * @param repeated versions on the topic more than once
     * @param missing posts the feed served that are not on the topic
     */
    public record Result(int kills, int recovered, int served, long posts, int versions, int repeated, long missing) {
        /** @return whether every version the feed served is on the topic exactly once */
        public boolean exactlyOnce() {
            return repeated == 0 && missing == 0 && versions > posts;
        }
    }

    private final String bootstrapServers;
    private final Path dir;
    private final Path config;
    private final Consumer<String> log;

    /**
     * @param bootstrapServers the cluster
     * @param dir where the state file and the watchers' logs go
     * @param config a properties file for the watcher (its topic names), or null for the defaults
     * @param log progress lines
     */
    public WatchCrashLoop(String bootstrapServers, Path dir, Path config, Consumer<String> log) {
        this.bootstrapServers = bootstrapServers;
        this.dir = dir;
        this.config = config;
        this.log = log;
    }

    /**
     * @param kills how many times the watcher is killed
     * @param postsPerRequest new posts at every feed request
     * @param seed kill-moment seed
     * @param updatesTopic the updates topic the watcher writes (as its config names it)
     * @return what reached the topic
     */
    public Result run(int kills, int postsPerRequest, long seed, String updatesTopic) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/live.rss", ex -> {
            try (InputStream ignored = ex.getRequestBody()) {
                byte[] body = feed(requests.incrementAndGet(), postsPerRequest).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/live.rss";
            Path state = dir.resolve("watch-state.json");
            List<String> command = new ArrayList<>(List.of("produce", "--watch", url, "--interval", "5s",
                    "--state-file", state.toString(), "--bootstrap-servers", bootstrapServers));
            if (config != null) {
                command.addAll(List.of("--config", config.toString()));
            }
            Random random = new Random(seed);
            int killed = 0;
            for (int i = 0; i < kills; i++) {
                String before = stateText(state);
                Process p = ChildJvm.start(dir.resolve("watch-" + i + ".log"), List.of(),
                        command.toArray(String[]::new));
                if (i % 2 == 0) {
                    Thread.sleep(1_500 + random.nextInt(6_000)); // the first poll runs as soon as the JVM is up
                } else {
                    awaitPendingPoll(state, before, p);
                    // before, between or after the poll's sends; the first such kill at once, so that at least one
                    // restart has an interrupted poll to read back however fast this machine publishes
                    Thread.sleep(i == 1 ? 0 : random.nextInt(120));
                }
                killed += p.isAlive() ? 1 : 0;
                p.destroyForcibly();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a killed watcher did not end");
                }
                log.accept("kill " + (i + 1) + " of " + kills + ", " + requests.get() + " feed requests so far");
            }
            List<String> last = new ArrayList<>(command);
            last.addAll(List.of("--max-polls", "1"));
            Path lastLog = dir.resolve("watch-last.log");
            Process p = ChildJvm.start(lastLog, List.of(), last.toArray(String[]::new));
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the last, unkilled poll failed; see " + lastLog);
            }
            int recovered = 0;
            for (int i = 1; i < kills; i++) {
                recovered += Files.readString(dir.resolve("watch-" + i + ".log")).contains(
                        "interrupted while publishing") ? 1 : 0;
            }
            recovered += Files.readString(lastLog).contains("interrupted while publishing") ? 1 : 0;
            return count(killed, recovered, requests.get(), postsPerRequest, updatesTopic);
        } finally {
            server.stop(0);
        }
    }

    private Result count(int killed, int recovered, int served, int postsPerRequest, String updatesTopic) {
        Properties client = new Properties();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        List<String> versions = new ArrayList<>();
        CompactedTopicReader.scan(client, Topics.UPDATES.renamed(updatesTopic),
                (k, v) -> versions.add(v.getPostId() + "|" + v.getContentHash()));
        Set<String> distinct = new HashSet<>(versions);
        long posts = distinct.stream().map(v -> v.substring(0, v.indexOf('|'))).distinct().count();
        long missing = (long) postsPerRequest * served - posts;
        return new Result(killed, recovered, served, posts, versions.size(), versions.size() - distinct.size(),
                missing);
    }

    /**
     * Waits until this watcher has written a poll's intent (it is about to send, or sending). An intent left by the
     * previous, killed watcher does not count: the file must differ from what it held before this one started, or a
     * watcher would be killed while its JVM starts, before it could read that intent back.
     */
    private static void awaitPendingPoll(Path state, String before, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (p.isAlive() && System.nanoTime() < deadline) {
            String now = stateText(state);
            if (!now.equals(before) && now.contains("\"pending\"")) {
                return;
            }
            Thread.sleep(2);
        }
    }

    /** The state file's text, or "" while it does not exist (it is written atomically, by a rename). */
    private static String stateText(Path state) {
        try {
            return Files.readString(state);
        } catch (IOException notYet) {
            return "";
        }
    }

    /** The feed at its n-th request: {@code perRequest} x n posts, post 1 told with the n-th request's toll. */
    private static String feed(int n, int perRequest) {
        List<RssWriter.Item> items = new ArrayList<>();
        Instant start = Instant.parse("2024-09-14T06:00:00Z");
        for (int i = perRequest * n; i >= 1; i--) {
            String text = i == 1 ? "Officials said at least " + (30 + n) + " people have died in the floods."
                    : "Update " + i + ": relief teams reached district " + i + ".";
            items.add(new RssWriter.Item("post-" + i, start.plusSeconds(60L * i), null, "Update " + i, null, text));
        }
        return RssWriter.write("Floods: live", "https://news.example.org/live/floods", items);
    }
}
