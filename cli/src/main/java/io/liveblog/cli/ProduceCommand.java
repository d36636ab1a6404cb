package io.liveblog.cli;

import io.liveblog.producer.DryRunSink;
import io.liveblog.producer.KafkaUpdateSink;
import io.liveblog.producer.PublishSummary;
import io.liveblog.producer.UpdateSink;
import io.liveblog.streams.PipelineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog produce}: publish live-blog posts to the updates topic. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish live-blog posts as Avro update events to liveblog.updates.v1 (bad records to "
                + "liveblog.updates.dlq.v1 with the reason).",
            "Input format by extension: .txt (CNN-style text), .jsonl/.ndjson (JSON Lines). With --dry-run the "
                    + "updates are printed as JSON lines instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything read was published (or printed)", "1:sending failed",
            "2:unusable input or options", "3:published, but records were dead-lettered (with --strict)"})
final class ProduceCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", description = "Input file (repeatable).")
    List<Path> inputs = List.of();

    @Option(names = "--dry-run", description = "Print the updates and dead letters as JSON lines; publish nothing.")
    boolean dryRun;

    @Option(names = "--blog-id", paramLabel = "ID", description = "Blog id for every post (default: derived "
            + "from each input).")
    String blogId;

    @Option(names = "--zone", paramLabel = "ABBR=ZONE", description = "Extra or overriding time-zone "
            + "abbreviation for time lines, e.g. --zone IST=Asia/Kolkata (repeatable).")
    java.util.Map<String, String> zones = new java.util.LinkedHashMap<>();

    @Option(names = "--strict", description = "Exit with 3 when any record was dead-lettered.")
    boolean strict;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            throw new UsageException("nothing to produce: give --input PATH (repeatable)");
        }
        Publishing.checkInputs(inputs);
        PipelineConfig config = cluster.config();
        PublishSummary summary;
        if (dryRun) {
            try (UpdateSink sink = new DryRunSink(System.out, config.updatesTopic(), config.deadLetterTopic(),
                    Clock.systemUTC())) {
                summary = Publishing.publish(inputs, sink, blogId, Publishing.zones(zones));
            }
        } else {
            if (config.bootstrapServers() == null) {
                throw new UsageException("produce needs a cluster: pass --bootstrap-servers HOST:PORT or set "
                        + "LIVEBLOG_BOOTSTRAP_SERVERS (or use --dry-run)");
            }
            try (Cluster c = Cluster.open(config, false); KafkaUpdateSink sink = Publishing.kafkaSink(c.config())) {
                summary = Publishing.publish(inputs, sink, blogId, Publishing.zones(zones));
            }
        }
        System.err.printf("Summary: %s%n", summary);
        return strict && summary.deadLettered() > 0 ? ExitCodes.DEAD_LETTERS : ExitCodes.OK;
    }
}
