package io.liveblog.cli;

import io.liveblog.cli.kafka.ProcessingProgress;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import java.util.function.Function;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.SnapshotReader;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;

/** Runs the streams app until it has processed everything on its input, then reads the snapshot. */
final class PipelineRun {

    private PipelineRun() {
    }

    /**
     * @param config configuration with bootstrap servers
     * @param clientProps plain client properties
     * @param timeout how long processing may take
     * @param extractor the figure extractor
     * @return the snapshot of claims and aggregates once caught up
     */
    static Snapshot processToSnapshot(PipelineConfig config, Properties clientProps, Duration timeout,
                                      Function<PostText, List<ExtractedClaim>> extractor) {
        try (StreamsApp app = new StreamsApp(config, extractor)) {
            app.start();
            awaitProcessed(app, config, timeout);
            return SnapshotReader.fromTopics(clientProps, config.claims(), config.aggregates());
        }
    }

    /** Blocks until the app has caught up with its input (or fails with the reason). */
    static void awaitProcessed(StreamsApp app, PipelineConfig config, Duration timeout) {
        ProcessingProgress progress = new ProcessingProgress(TopicAdmin.adminProperties(config),
                config.applicationId(),
                List.of(config.updatesTopic(), config.applicationId() + "-"
                        + LiveBlogTopology.Names.CLAIMS_BY_LOCATION + "-repartition"),
                List.of(config.claimsTopic(), config.aggregatesTopic()));
        progress.awaitCaughtUp(timeout);
        if (app.state() == KafkaStreams.State.ERROR || app.state() == KafkaStreams.State.PENDING_ERROR) {
            throw new IllegalStateException("streams app failed; see the log above");
        }
    }
}
