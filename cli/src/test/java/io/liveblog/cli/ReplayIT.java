package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.fixture;
import static io.liveblog.cli.ItSupport.isolatedConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.snapshot.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying the retained raw updates under a fresh application id reproduces the live aggregates exactly. */
class ReplayIT {

    @TempDir
    Path dir;

    @Test
    void replayingEverythingGivesExactlyTheLiveAggregates() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path config = isolatedConfig(dir, "replay");
            Path live = dir.resolve("live.json");
            assertEquals(0, Main.run("process", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString(), "--snapshot", live.toString(),
                    "--input", fixture("border-day.txt").toString(),
                    "--input", fixture("edit-v1.jsonl").toString(),
                    "--input", fixture("edit-v2.jsonl").toString()));
            Path replayed = dir.resolve("replay.json");
            assertEquals(0, Main.run("replay", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString(), "--snapshot", replayed.toString()));

            Snapshot a = Snapshot.read(live);
            Snapshot b = Snapshot.read(replayed);
            assertFalse(a.aggregates().isEmpty());
            assertEquals(a.aggregates(), b.aggregates());
            assertEquals(a.claims(), b.claims());

            Path early = dir.resolve("early.json");
            assertEquals(0, Main.run("replay", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString(), "--snapshot", early.toString(), "--to-time", "2024-11-30T17:00:00Z"));
            Snapshot e = Snapshot.read(early);
            assertTrue(e.claims().size() < a.claims().size(), "a time range replays only part of the input");
            assertTrue(e.claims().stream().allMatch(c -> c.eventDate().equals("2024-11-30")));
        }
    }
}
