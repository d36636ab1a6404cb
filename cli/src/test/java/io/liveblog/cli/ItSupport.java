package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Helpers for integration tests: fixtures, per-test topic names, snapshot queries. */
final class ItSupport {

    private ItSupport() {
    }

    /** @return a test resource as a file */
    static Path fixture(String name) {
        try {
            return Path.of(ItSupport.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a config file giving this test its own application id and topics, so tests sharing a broker never see
     * each other's data.
     */
    static Path isolatedConfig(Path dir, String testName) {
        String id = testName + "-" + UUID.randomUUID().toString().substring(0, 8);
        String props = String.join("\n",
                "liveblog.application.id=it-" + id,
                "liveblog.topic.updates=it." + id + ".updates.v1",
                "liveblog.topic.claims=it." + id + ".claims.v1",
                "liveblog.topic.aggregates=it." + id + ".aggregates.v1",
                "liveblog.topic.dlq=it." + id + ".updates.dlq.v1",
                "liveblog.state.dir=" + dir.resolve("state-" + id).toAbsolutePath(),
                "");
        try {
            Path file = dir.resolve(id + ".properties");
            Files.writeString(file, props);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the claims and aggregates topics until two reads two seconds apart agree: under a loaded machine the
     * offsets can read as caught up a moment before the last outputs are committed (a loss would still show as a
     * difference).
     */
    static Snapshot settled(java.util.Properties client, io.liveblog.streams.PipelineConfig config)
            throws InterruptedException {
        return io.liveblog.cli.chaos.CrashLoop.settled(client, config);
    }

    /** Equal as sets; on failure says how many differ and shows a few of each side. */
    static <T> void assertSameSet(String what, List<T> expected, List<T> actual) {
        java.util.Set<T> missing = new java.util.HashSet<>(expected);
        missing.removeAll(actual);
        java.util.Set<T> extra = new java.util.HashSet<>(actual);
        extra.removeAll(expected);
        org.junit.jupiter.api.Assertions.assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": "
                + expected.size() + " vs " + actual.size() + "; only expected " + missing.size() + ": "
                + missing.stream().limit(3).toList() + "; only actual " + extra.size() + ": "
                + extra.stream().limit(3).toList());
    }

    /** @return the running-total aggregate of a metric at the first place whose name contains {@code nameFragment} */
    static Optional<SnapshotAggregate> total(Snapshot s, String nameFragment, String metric) {
        return s.aggregates().stream()
                .filter(a -> a.window().equals("total") && a.metric().equals(metric))
                .filter(a -> a.location().toLowerCase().contains(nameFragment.toLowerCase()))
                .findFirst();
    }

    /** @return the running-total aggregates of a metric */
    static List<SnapshotAggregate> totals(Snapshot s, String metric) {
        return s.aggregates().stream().filter(a -> a.window().equals("total") && a.metric().equals(metric)).toList();
    }

    /** @return the end of a child JVM's log (its last 4,000 characters), for assertion messages */
    static String tail(Path log) {
        try {
            String text = java.nio.file.Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4_000));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
