package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order settings are taken in: a command's defaults, then the config file, then the options. */
class ClusterOptionsTest {

    @Test
    void aCommandDefaultAppliesWhenNothingElseSetsTheKey() {
        ClusterOptions options = new ClusterOptions().withCommandDefault("liveblog.stream.threads", "3")
                .withCommandDefault("liveblog.topic.partitions", "6");
        assertEquals(3, options.config().streamThreads());
        assertEquals(6, options.config().partitions());
    }

    @Test
    void theConfigFileOverridesACommandDefault(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("liveblog.properties"), "liveblog.topic.partitions=5\n");
        ClusterOptions options = new ClusterOptions();
        options.configFile = file;
        options.withCommandDefault("liveblog.topic.partitions", "6").withCommandDefault("liveblog.stream.threads", "3");
        assertEquals(5, options.config().partitions());
        assertEquals(3, options.config().streamThreads());
    }

    @Test
    void anOptionOverridesACommandDefault() {
        ClusterOptions options = new ClusterOptions().withCommandDefault("liveblog.topic.partitions", "6");
        options.partitions = 2;
        options.streamThreads = 1;
        assertEquals(2, options.config().partitions());
        assertEquals(1, options.config().streamThreads());
    }

    @Test
    void withoutDefaultsTheConfigurationsOwnApply() {
        assertEquals(1, new ClusterOptions().config().partitions());
        assertEquals(1, new ClusterOptions().config().streamThreads());
    }
}
