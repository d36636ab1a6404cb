package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Options of the commands that run the pipeline to the end of its input and write what it made as a snapshot
 * ({@code process}, {@code replay}): where the snapshot goes and how long the run may take.
 */
final class SnapshotOutput {

    @Option(names = "--snapshot", required = true, paramLabel = "OUT.json", description = "Snapshot to write.")
    Path snapshot;

    @Option(names = "--timeout", defaultValue = "PT10M", paramLabel = "DURATION",
            description = "How long processing may take (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    /** Writes the snapshot and says on standard error what it holds and where it went. */
    void write(Snapshot s, String what) throws IOException {
        s.write(snapshot);
        System.err.printf("%s %d claims and %d aggregates to %s%n", what, s.claims().size(), s.aggregates().size(),
                snapshot);
    }
}
