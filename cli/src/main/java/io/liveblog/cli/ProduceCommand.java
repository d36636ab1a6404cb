package io.liveblog.cli;

import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.html.PresetFileException;
import io.liveblog.producer.publish.DryRunSink;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.publish.UpdateSink;
import io.liveblog.producer.watch.FeedWatcher;
import io.liveblog.producer.watch.PollOutcome;
import io.liveblog.producer.watch.StopSignal;
import io.liveblog.producer.watch.WatchOptions;
import io.liveblog.producer.watch.WatchState;
import io.liveblog.producer.watch.WatchStateException;
import java.net.URI;
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
        description = {"Publish live-blog posts as Avro post versions (updates) to liveblog.updates.v1 (bad records to "
                + "liveblog.updates.dlq.v1 with the reason).",
            "Input format by extension: .txt (CNN-style text), .jsonl/.ndjson (JSON Lines), saved feeds and pages "
                    + "(.xml .rss .atom .json .html .htm: RSS, Atom, Guardian live-blog JSON, HTML by content). With "
                    + "--dry-run the updates are printed as JSON lines instead.",
            "--watch URL polls a live feed or page with conditional GET and publishes only new and edited posts "
                    + "(and deletions with --deletions); what was published is remembered in a state file, so a "
                    + "restart publishes nothing twice. See producer/WATCH.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything read was published (or printed)", "1:sending failed",
            "2:unusable input or options", "3:published, but records were dead-lettered (with --strict)"})
final class ProduceCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", description = "Input file (repeatable).")
    List<Path> inputs = List.of();

    @Option(names = "--watch", paramLabel = "URL", description = "Poll this feed or live-blog page until Ctrl-C.")
    URI watch;

    @Option(names = "--interval", defaultValue = "60s", paramLabel = "DURATION",
            description = "Time between polls with --watch (e.g. 30s, 2m; at least 5s; default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--deletions", description = "With --watch: publish a deletion when a post disappears.")
    boolean deletions;

    @Option(names = "--state-file", paramLabel = "PATH", description = "With --watch: where published post "
            + "versions are remembered (default $XDG_STATE_HOME/liveblog/watch-state.json or "
            + "~/.local/state/liveblog/watch-state.json).")
    Path stateFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --watch: rss, atom, guardian-json or "
            + "html instead of detecting it.")
    String format;

    @Option(names = "--preset", paramLabel = "NAME", description = "With --watch: HTML site preset to use.")
    String preset;

    @Option(names = "--preset-file", paramLabel = "FILE", description = "With --watch: your own HTML presets "
            + "(JSON, see producer/WATCH.md; repeatable).")
    List<Path> presetFiles = List.of();

    @Option(names = "--max-polls", defaultValue = "0", paramLabel = "N", description = "With --watch: stop after "
            + "N polls (0 = until Ctrl-C), for scheduled runs.")
    int maxPolls;

    @Option(names = "--dry-run", description = "Print the updates and dead letters as JSON lines; publish nothing.")
    boolean dryRun;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (watch == null && inputs.isEmpty()) {
            throw new UsageException("nothing to produce: give --input PATH (repeatable) or --watch URL");
        }
        if (watch != null && !inputs.isEmpty()) {
            throw new UsageException("give either --input or --watch, not both");
        }
        WatchOptions watchOptions = watch == null ? null : watchOptions();
        Publishing.checkInputs(inputs);
        PublishSummary summary;
        // a watch runs until Ctrl-C, which must wait for the sink to flush and the watch state to be saved
        try (GracefulShutdown shutdown = watchOptions == null ? null : new GracefulShutdown("liveblog-watch-stop")) {
            summary = publish(cluster.config(), watchOptions, shutdown);
            // before the shutdown closes: after a Ctrl-C the JVM exits as soon as it has
            System.err.printf("Summary: %s%n", summary);
        }
        return input.exitCode(summary);
    }

    /** Publishes the inputs, or watches until stopped, to the cluster or (with --dry-run) to standard output. */
    private PublishSummary publish(PipelineConfig config, WatchOptions watchOptions, GracefulShutdown shutdown)
            throws InterruptedException {
        if (dryRun) {
            try (DryRunSink sink = new DryRunSink(System.out, config.updatesTopic(), config.deadLetterTopic(),
                    Clock.systemUTC())) {
                return watchOptions == null ? input.publish(inputs, sink)
                        : watchUntilStopped(watchOptions, sink, shutdown);
            }
        }
        if (config.bootstrapServers() == null) {
            throw new UsageException("produce needs a cluster: pass --bootstrap-servers HOST:PORT or set "
                    + "LIVEBLOG_BOOTSTRAP_SERVERS (or use --dry-run)");
        }
        try (Cluster c = Cluster.open(config, false); KafkaUpdateSink sink = Publishing.kafkaSink(c.config())) {
            return watchOptions == null ? input.publish(inputs, sink) : watchUntilStopped(watchOptions, sink, shutdown);
        }
    }

    private WatchOptions watchOptions() {
        try {
            WatchOptions o = WatchOptions.of(watch).withInterval(WatchOptions.parseDuration(interval))
                    .withDeletions(deletions)
                    .withStateFile(stateFile == null ? WatchOptions.defaultStateFile() : stateFile.toAbsolutePath());
            if (format != null) {
                o = o.withFormat(FeedFormat.fromWireName(format).orElseThrow(() -> new UsageException(
                        "--format " + format + ": use rss, atom, guardian-json or html")));
            }
            if (preset != null || !presetFiles.isEmpty()) {
                o = o.withPresets(preset, presetFiles);
            }
            return o;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Polls until Ctrl-C (or --max-polls), then returns what the sink did. */
    private PublishSummary watchUntilStopped(WatchOptions options, io.liveblog.producer.publish.CountingSink sink,
                                             GracefulShutdown shutdown) throws InterruptedException {
        StopSignal stop = new StopSignal();
        shutdown.onStop(stop::requestStop);
        try (WatchState state = WatchState.open(options.stateFile())) {
            FeedWatcher watcher = new FeedWatcher(options, sink, state);
            if (maxPolls <= 0) {
                watcher.run(stop);
            } else {
                for (int i = 1; i <= maxPolls && !stop.isStopRequested(); i++) {
                    PollOutcome outcome = watcher.pollOnce();
                    System.err.printf("poll %d: %s%n", i, outcome);
                    if (i < maxPolls) {
                        stop.sleep(outcome.nextDelay());
                    }
                }
            }
        } catch (PresetFileException | WatchStateException e) {
            throw new UsageException(e.getMessage());
        }
        return sink.summary();
    }
}
