package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog replay}: re-run the topology over retained raw updates under a fresh application id. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-run the whole pipeline over the retained raw updates topic (optionally a time or offset "
                + "range) under a fresh application id and write a snapshot. The live application and its topics "
                + "are not touched. Replaying everything reproduces the live aggregates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:snapshot written", "1:replay failed", "2:invalid options or no cluster"})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Mixin
    SnapshotOutput output = new SnapshotOutput();

    @Option(names = "--from-time", paramLabel = "INSTANT", description = "First event time, e.g. 2023-12-02T00:00:00Z.")
    Instant fromTime;

    @Option(names = "--to-time", paramLabel = "INSTANT", description = "Event time to stop before.")
    Instant toTime;

    @Option(names = "--from-offset", paramLabel = "N", description = "First offset (every partition).")
    Long fromOffset;

    @Option(names = "--to-offset", paramLabel = "N", description = "Offset to stop before (every partition).")
    Long toOffset;

    @Option(names = "--keep-topics", description = "Keep the replay's own topics for inspection.")
    boolean keepTopics;

    @Override
    public Integer call() throws IOException {
        PipelineConfig config = pipeline.cluster.config();
        try (Cluster c = Cluster.open(config, false)) {
            Snapshot s = Replay.run(c.config(), c.clientProperties(),
                    new Replay.Range(fromTime, toTime, fromOffset, toOffset), keepTopics, output.timeout,
                    Extraction.extractor(pipeline.places.gazetteer()));
            output.write(s, "Replay wrote");
        }
        return ExitCodes.OK;
    }
}
