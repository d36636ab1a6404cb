package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose stack's producer path without Docker: {@code liveblog serve-feed} (its own JVM) serves the stack's
 * sample blog as a feed that grows by one post a second, and {@code liveblog produce --watch} follows it. Every post
 * of the sample arrives on the updates topic exactly once, though most polls find the feed grown and the last ones
 * find it unchanged.
 */
class ServeFeedIT {

    private static final Path SAMPLE = Path.of("..", "docker", "samples", "sample.jsonl").toAbsolutePath().normalize();
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/feed\\.xml)");

    @TempDir
    Path dir;

    @Test
    void aWatcherFollowingTheServedFeedPublishesEveryPostOnce() throws Exception {
        List<String> headlines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SAMPLE)) {
            headlines.add(json.readTree(line).get("headline").asText());
        }
        Path log = dir.resolve("serve-feed.log");
        Process feed = ChildJvm.start(log, List.of("-Xmx128m"), "serve-feed", "--input", SAMPLE.toString(),
                "--port", "0", "--reveal-every", "1s", "--initial", "1");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String url = feedUrl(feed, log);
            Path config = ItSupport.isolatedConfig(dir, "serve-feed");
            // polls at least 5 s apart: by the third the seven posts (one at first, one more a second) are all out
            assertEquals(0, Main.run("produce", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString(), "--watch", url, "--interval", "5s", "--max-polls", "4", "--state-file",
                    dir.resolve("watch-state.json").toString()));

            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(config)) {
                props.load(in);
            }
            PipelineConfig c = PipelineConfig.load(props, Map.of());
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            List<LiveBlogUpdate> published = new ArrayList<>();
            CompactedTopicReader.scan(client, Topics.UPDATES.renamed(c.updatesTopic()), (k, v) -> published.add(v));
            assertEquals(headlines.size(), published.size(), "every post once: " + published.stream()
                    .map(LiveBlogUpdate::getHeadline).toList());
            assertEquals(new TreeSet<>(headlines), new TreeSet<>(published.stream().map(LiveBlogUpdate::getHeadline)
                    .toList()));
            assertEquals(headlines.size(), published.stream().map(LiveBlogUpdate::getPostId).distinct().count());
        } finally {
            feed.destroy();
            assertTrue(feed.waitFor(30, TimeUnit.SECONDS), "serve-feed stops on SIGTERM");
        }
    }

    /** @return the feed's URL once the serving JVM printed it */
    private static String feedUrl(Process feed, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(feed.isAlive(), "serve-feed exited: " + ItSupport.tail(log));
            Matcher m = SERVING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve-feed did not print its URL in 60 s: " + ItSupport.tail(log));
    }
}
