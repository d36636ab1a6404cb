package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.SnapshotReader;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the commands that read results ({@code explain}, {@code export}) get them: the snapshot file given with
 * {@code --snapshot}, or live topics.
 */
final class SnapshotSource {

    @Option(names = "--snapshot", paramLabel = "FILE", description = "Snapshot JSON written by process or replay.")
    Path snapshot;

    /**
     * @param cluster the cluster options, used when no snapshot file is given
     * @return the claims and aggregates
     * @throws UsageException when neither is usable
     */
    Snapshot load(ClusterOptions cluster) {
        if (snapshot != null) {
            if (!Files.isReadable(snapshot)) {
                throw new UsageException("snapshot " + snapshot + " does not exist or is not readable");
            }
            try {
                return Snapshot.read(snapshot);
            } catch (IOException e) {
                throw new UsageException("cannot read snapshot " + snapshot + ": " + e.getMessage());
            }
        }
        PipelineConfig config = cluster.config();
        if (config.bootstrapServers() == null) {
            throw new UsageException("give --snapshot FILE, or --bootstrap-servers to read a running app's topics");
        }
        try (Cluster c = Cluster.open(config, false)) {
            return SnapshotReader.fromTopics(c.clientProperties(), config.claims(), config.aggregates());
        }
    }
}
