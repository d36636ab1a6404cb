package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.chaos.CrashLoop;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C of {@code liveblog streams} as an operator gives it (SIGTERM to its own JVM) once it has worked through its
 * input: it closes within the shutdown's grace instead of being cut off when the grace runs out, and what it processed
 * is committed (its group's position is the end of the input), so a restart does not do the work again.
 */
class StreamsShutdownIT {

    private static final int POSTS = 400;

    @TempDir
    Path dir;

    @Test
    void sigtermClosesTheStreamsAppWithinTheGraceAndItsWorkCommitted() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path file = ItSupport.isolatedConfig(dir, "shutdown");
            Properties props = new Properties();
            try (var in = Files.newInputStream(file)) {
                props.load(in);
            }
            PipelineConfig config = PipelineConfig.load(props, Map.of()).withBootstrapServers(kafka.bootstrapServers());
            TopicAdmin.ensureTopics(config, 1, (short) 1);
            List<LiveBlogUpdate> posts = new java.util.ArrayList<>();
            new BenchPosts(3, POSTS, Gazetteer.curated()).forEachRemaining(posts::add);
            CrashLoop.publish(config, posts, null, 0);
            Path log = dir.resolve("streams.log");
            Process p = ChildJvm.start(log, List.of("-Xmx512m"), "streams", "--bootstrap-servers",
                    kafka.bootstrapServers(), "--config", file.toString(), "--http-port", "0");
            try {
                long end = endOffset(config);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (CrashLoop.committedOffset(config) < end) {
                    assertTrue(p.isAlive(), "the streams JVM died: " + Files.readString(log));
                    assertTrue(System.nanoTime() < deadline, "not through its input in 3 minutes");
                    Thread.sleep(200);
                }
                p.destroy(); // SIGTERM, which the JVM handles as it does SIGINT
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM");
                String text = Files.readString(log);
                assertFalse(text.contains("exiting anyway"), "closed within the grace, not cut off: " + text);
                assertEquals(end, CrashLoop.committedOffset(config), "its work is committed");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    private static long endOffset(PipelineConfig config) throws Exception {
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(config))) {
            TopicPartition tp = new TopicPartition(config.updatesTopic(), 0);
            return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).all().get().get(tp).offset();
        }
    }
}
