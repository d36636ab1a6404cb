package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.SnapshotReader;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the commands that read results ({@code explain}, {@code export}) get them: a snapshot file or live topics. */
final class SnapshotSource {

    private SnapshotSource() {
    }

    /**
     * @param snapshot a snapshot file written by {@code process} or {@code replay}, or null
     * @param cluster the cluster options, used when no file is given
     * @return the claims and aggregates
     * @throws UsageException when neither is usable
     */
    static Snapshot load(Path snapshot, ClusterOptions cluster) {
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
