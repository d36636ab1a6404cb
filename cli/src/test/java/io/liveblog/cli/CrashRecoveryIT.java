package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.chaos.CrashLoop;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.streams.StreamsApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes, as a machine gives them ({@link CrashLoop}, the reduced run of {@code liveblog chaos}): {@code liveblog
 * streams} in its own JVM is killed with SIGKILL three times while it works through a multi-blog input with garbage
 * records mixed in, and restarted each time, the third time on a wiped state directory. Under exactly-once the result
 * must be that of a run nobody interrupted: the same claims, the same aggregates, and every garbage record
 * dead-lettered exactly once.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void killedThreeTimesMidRunItLosesNothingAndCountsNothingTwice() throws Exception {
        CrashLoop.Result r;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            // the crashed JVMs' logs are kept after the run (the test's temporary directory is not)
            Path work = Files.createDirectories(Path.of("target", "crash-recovery"));
            r = new CrashLoop(kafka.bootstrapServers(), work, line -> System.out.println("CrashRecoveryIT: " + line))
                    .run(new CrashLoop.Options(2000, 3, 2, 11), config -> {
                        try (StreamsApp app = new StreamsApp(config, Extraction.defaultExtractor())) {
                            app.start();
                            PipelineRun.awaitProcessed(app, config, Duration.ofMinutes(5));
                        }
                    });
        }
        // the third kill can find the input finished on a fast machine: the loop then ends with two
        assertTrue(r.kills() >= 2, "killed while it worked: " + r);
        assertEquals(1, r.wipes(), "one restart on a wiped state directory: " + r);
        assertTrue(r.aggregates() > 200, "a real workload: " + r);
        assertEquals(0, r.missing(), "nothing lost: " + r);
        assertEquals(0, r.extra(), "nothing counted twice: " + r);
        assertEquals(r.garbage(), r.deadLettersClean(), "each garbage record dead-lettered once: " + r);
        assertEquals(r.garbage(), r.deadLettersCrashed(), "each garbage record dead-lettered once, crashes or not: "
                + r);
        assertTrue(r.identical());
    }
}
