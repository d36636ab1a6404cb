package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.isolatedConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.producer.read.HostileInputs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input on a real broker, reduced from {@code liveblog fuzz}'s full run (ten thousand inputs per format, a
 * thousand poison records): every malformed input of every format, and every poison record written straight to the
 * updates topic, is on the dead-letter topic with a reason and its source position ({@code fuzz} exits 0 only then),
 * and {@code produce --strict} exits 3 on such input.
 */
class HostileInputIT {

    @TempDir
    Path dir;

    @Test
    void everyMalformedInputOfEveryFormatIsOnTheDeadLetterTopicAndStrictExitsThree() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = isolatedConfig(dir, "hostile");
            assertEquals(ExitCodes.OK, Main.run("fuzz", "--inputs", "200", "--poison", "200", "--work-dir",
                    dir.resolve("fuzz").toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString()));

            Path lines = dir.resolve("hostile.jsonl");
            new HostileInputs(3).writeJsonLines(lines, 50);
            assertEquals(ExitCodes.DEAD_LETTERS, Main.run("produce", "--strict", "--input", lines.toString(),
                    "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString()));
            assertEquals(ExitCodes.OK, Main.run("produce", "--input", lines.toString(),
                    "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString()),
                    "without --strict dead letters are not a failure");
        }
    }
}
