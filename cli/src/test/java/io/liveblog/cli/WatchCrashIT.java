package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.isolatedConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.chaos.WatchCrashLoop;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.streams.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code produce --watch} killed with SIGKILL eight times while the feed it polls changes ({@link WatchCrashLoop},
 * reduced from {@code liveblog chaos --watch}): every post version the feed served is on the updates topic, none
 * twice, and at least one restart read a poll interrupted while publishing back from the topic.
 */
class WatchCrashIT {

    @TempDir
    Path dir;

    @Test
    void everyPostVersionIsOnTheTopicExactlyOnceAcrossKills() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = isolatedConfig(dir, "watch-crash");
            Properties props = new Properties();
            try (var in = Files.newInputStream(config)) {
                props.load(in);
            }
            String topic = PipelineConfig.load(props, Map.of()).updatesTopic();
            WatchCrashLoop.Result r = new WatchCrashLoop(kafka.bootstrapServers(), dir, config, line -> { })
                    .run(8, 40, 17, topic);
            assertTrue(r.kills() >= 7, "the watcher was killed while it ran, " + r.kills() + " times");
            assertEquals(0, r.repeated(), "no version twice: " + r);
            assertEquals(0, r.missing(), "every post the feed served is on the topic: " + r);
            assertTrue(r.versions() > r.posts(), "the edits are on the topic too: " + r);
            assertTrue(r.recovered() >= 1, "a restart found a poll interrupted while publishing: " + r);
            assertTrue(r.exactlyOnce());
        }
    }
}
