package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.geo.Gazetteer;
import io.liveblog.producer.feed.RssWriter;
import io.liveblog.schema.LiveBlogUpdate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as an operator gives it (SIGTERM to the command's own JVM; the JVM handles SIGINT the same way): {@code process}
 * stopped in the middle of a run and {@code produce --watch} stopped between polls close in order within the shutdown's
 * grace, and a second Ctrl-C ends a close that would wait out the grace at once. ({@code demo} and {@code streams}:
 * {@link DemoIT}, {@link StreamsShutdownIT}.) The bounds are liveness bounds, far above what the commands take and far
 * below what they would take without the behaviour under test.
 */
class CtrlCIT {

    @TempDir
    Path dir;

    @Test
    void aSecondCtrlCExitsAtOnceWhileTheFirstWaitsForTheClose() throws Exception {
        Path log = dir.resolve("never-closing.log");
        Process p = ChildJvm.start(log, List.of(), NeverClosingCommand.class, "120");
        try {
            await(log, "ready", p);
            p.destroy();
            await(log, "Ctrl-C again to exit at once", p);
            Thread.sleep(500);
            assertTrue(p.isAlive(), "the first Ctrl-C waits for the close, up to the grace");
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "a second Ctrl-C must not wait out the 120 s grace");
            assertEquals(ExitCodes.INTERRUPTED, p.exitValue());
            assertTrue(Files.readString(log).contains("exiting at once"), () -> ItSupport.tail(log));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void ctrlCStopsProcessInTheMiddleOfARunWithinTheGrace() throws Exception {
        Path input = dir.resolve("many-blogs.jsonl");
        writeJsonLines(input, 4_000);
        Path snapshot = dir.resolve("s.json");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = ItSupport.isolatedConfig(dir, "ctrl-c-process");
            Path log = dir.resolve("process.log");
            Process p = ChildJvm.start(log, List.of("-Xmx768m"), "process", "--input", input.toString(),
                    "--snapshot", snapshot.toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString());
            try {
                await(log, "Produced:", p); // published; the streams app is working through the posts
                p.destroy();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), () -> "still running 30 s after Ctrl-C\n" + ItSupport.tail(log));
                String text = Files.readString(log);
                assertTrue(text.contains("stopped by Ctrl-C before the run finished"), () -> ItSupport.tail(log));
                assertFalse(text.contains("exiting anyway"), () -> "closed within the grace, not cut off\n"
                        + ItSupport.tail(log));
                assertFalse(Files.exists(snapshot), "a stopped run writes no snapshot");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void ctrlCStopsAWatchBetweenPollsWithItsStateSaved() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/live.rss", ex -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = ItSupport.isolatedConfig(dir, "ctrl-c-watch");
            Path state = dir.resolve("watch-state.json");
            Path log = dir.resolve("watch.log");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/live.rss";
            Process p = ChildJvm.start(log, List.of(), "produce", "--watch", url, "--interval", "5s",
                    "--state-file", state.toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString());
            try {
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (!Files.exists(state) && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(200); // the state is saved once the first poll's posts are on the topic
                }
                assertTrue(Files.exists(state), () -> "no poll published\n" + ItSupport.tail(log));
                p.destroy();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), () -> "still running 30 s after Ctrl-C\n" + ItSupport.tail(log));
                String text = Files.readString(log);
                assertFalse(text.contains("exiting anyway"), () -> ItSupport.tail(log));
                assertTrue(text.contains("Summary: read 2: 2 published"), () -> ItSupport.tail(log));
                assertTrue(Files.readString(state).contains(url), "the watch state names the source it polled");
            } finally {
                p.destroyForcibly();
            }
        } finally {
            server.stop(0);
        }
    }

    private static void writeJsonLines(Path file, int posts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        BenchPosts generated = new BenchPosts(7, posts, Gazetteer.curated());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            while (generated.hasNext()) {
                LiveBlogUpdate u = generated.next();
                ObjectNode line = json.createObjectNode().put("id", u.getPostId()).put("blog", u.getBlogId())
                        .put("published", u.getPublishedAt().toString()).put("headline", u.getHeadline())
                        .put("body", u.getBody());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static String rss() {
        return RssWriter.write("Floods: live", "https://news.example.org/live/floods", List.of(
                new RssWriter.Item("f-2", Instant.parse("2024-09-14T11:00:00Z"), null, "Toll rises", null,
                        "Officials said at least 41 people have died in the floods in Maiduguri."),
                new RssWriter.Item("f-1", Instant.parse("2024-09-14T09:00:00Z"), null, "Dam breaks", null,
                        "Thousands of people fled their homes after the Alau dam burst, officials said.")));
    }

    private static void await(Path log, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains(text)) && p.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(log).contains(text), () -> "never printed \"" + text + "\"\n" + ItSupport.tail(log));
    }
}
