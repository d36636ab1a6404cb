package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.PublishSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog process}: one shot from input files to a snapshot. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Produce every input, run the streams app until all of it is processed, write the snapshot "
                + "of claims and aggregates, and exit.",
            "Input format by extension: .txt (CNN-style live-blog text), .jsonl/.ndjson (JSON Lines). Without "
                    + "--bootstrap-servers an embedded Kafka broker is started for the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:snapshot written", "1:processing failed", "2:unusable input or options",
            "3:snapshot written, but records were dead-lettered by the producer or the streams app (with --strict)",
            "130:stopped by Ctrl-C before the run finished (no snapshot; a second Ctrl-C exits at once)"})
final class ProcessCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Input file (repeatable).")
    List<Path> inputs;

    @Mixin
    SnapshotOutput output = new SnapshotOutput();

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Override
    public Integer call() throws IOException {
        Publishing.checkInputs(inputs);
        // Ctrl-C interrupts the run wherever it is (publishing, waiting for the streams app); the app, its producers
        // and the broker then close in order, committing what was processed, before the hook lets the JVM exit
        Thread main = Thread.currentThread();
        try (GracefulShutdown shutdown = new GracefulShutdown("liveblog-process-shutdown")) {
            shutdown.onStop(main::interrupt);
            try {
                return run();
            } catch (RuntimeException e) {
                if (!shutdown.stopRequested()) {
                    throw e;
                }
                System.err.println("process: stopped by Ctrl-C before the run finished; no snapshot written ("
                        + e.getMessage() + ")");
                return ExitCodes.INTERRUPTED;
            }
        }
    }

    private Integer run() throws IOException {
        try (Cluster c = Cluster.open(pipeline.cluster.config(), true)) {
            var deadLetterTopic = c.config().deadLetters();
            Map<Integer, Long> before = DeadLetterTally.mark(c.clientProperties(), deadLetterTopic);
            PublishSummary summary;
            try (KafkaUpdateSink sink = Publishing.kafkaSink(c.config())) {
                summary = input.publish(inputs, sink);
            }
            System.err.printf("Produced: %s%n", summary);
            Snapshot s = PipelineRun.processToSnapshot(c.config(), c.clientProperties(), output.timeout,
                    Extraction.extractor(pipeline.places.gazetteer()));
            output.write(s, "Wrote");
            DeadLetterTally deadLetters = DeadLetterTally.since(c.clientProperties(), deadLetterTopic, before);
            deadLetters.describe().forEach(System.err::println);
            return input.exitCode(summary, deadLetters.total());
        }
    }
}
