package io.liveblog.cli;

import io.liveblog.cli.chaos.CrashLoop;
import io.liveblog.cli.chaos.WatchCrashLoop;
import io.liveblog.topics.Topics;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.streams.StreamsApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code liveblog chaos}: the crash loop at full size ({@link CrashLoop}) on an embedded broker. Ends with one line
 * saying whether the crashed run ended exactly as the uninterrupted one; exits 1 when it did not.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Kill the streams app (its own JVM, SIGKILL) at random moments while it works through a "
                + "generated multi-blog input with garbage records, restarting it each time (some restarts on a "
                + "wiped state directory), and compare its final claims, aggregates and dead letters with a run "
                + "nobody interrupted, on an embedded broker.",
            "Ends with: chaos: K kills (W on a wiped state directory), ... identical | DIFFERENT."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the crashed run ended exactly as the uninterrupted one",
            "1:it did not, or the loop could not run", "2:unusable options"})
final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--posts", defaultValue = "10000", paramLabel = "N",
            description = "Generated records (posts, edits, re-deliveries; default ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--kills", defaultValue = "20", paramLabel = "K",
            description = "SIGKILLs while the app works (default ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--wipe-every", defaultValue = "5", paramLabel = "N",
            description = "Every Nth restart first wipes the app's state directory (default ${DEFAULT-VALUE}; 0: "
                    + "never).")
    int wipeEvery;

    @Option(names = "--seed", defaultValue = "7", description = "Workload and kill-moment seed (default "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--watch", description = "Kill the feed watcher (produce --watch, its own JVM) K times instead, "
            + "while the live blog it polls changes, and check that every post version is on the updates topic "
            + "exactly once.")
    boolean watch;

    @Mixin
    WorkDirOption workDir = new WorkDirOption();

    @Override
    public Integer call() throws Exception {
        CrashLoop.Options options;
        try {
            options = new CrashLoop.Options(posts, kills, wipeEvery, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = workDir.open("liveblog-chaos-");
        long started = System.nanoTime();
        if (watch) {
            return watchChaos(dir, started);
        }
        CrashLoop.Result r;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            r = new CrashLoop(kafka.bootstrapServers(), dir, line -> System.out.println("chaos: " + line))
                    .run(options, config -> {
                        try (StreamsApp app = new StreamsApp(config, Extraction.defaultExtractor())) {
                            app.start();
                            PipelineRun.awaitProcessed(app, config, Duration.ofMinutes(30));
                        }
                    });
        }
        System.out.printf("chaos: %d kills (%d on a wiped state directory, %d extra starts after a stall), %,d posts "
                        + "and %,d garbage records, in %.0f s: %,d claims and %,d aggregates, %d missing and %d extra "
                        + "after the crashes; dead letters %d and %d of %d: %s%n", r.kills(), r.wipes(), r.restarts(),
                posts, r.garbage(), (System.nanoTime() - started) / 1e9, r.claims(), r.aggregates(), r.missing(),
                r.extra(), r.deadLettersClean(), r.deadLettersCrashed(), r.garbage(),
                r.identical() ? "identical" : "DIFFERENT");
        workDir.close(dir, r.identical());
        return r.identical() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The feed watcher's crash loop ({@link WatchCrashLoop}) on an embedded broker. */
    private int watchChaos(Path dir, long started) throws Exception {
        WatchCrashLoop.Result r;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            r = new WatchCrashLoop(kafka.bootstrapServers(), dir, null, line -> System.out.println("chaos: " + line))
                    .run(kills, 40, seed, Topics.UPDATES.name());
        }
        System.out.printf("chaos --watch: %d kills (%d restarts read an interrupted poll back from the topic), %d feed "
                        + "requests, %,d posts and %,d versions on the updates topic, %d twice, %d missing, in %.0f s:"
                        + " %s%n", r.kills(), r.recovered(), r.served(), r.posts(), r.versions(), r.repeated(),
                r.missing(), (System.nanoTime() - started) / 1e9,
                r.exactlyOnce() ? "exactly once" : "NOT exactly once");
        workDir.close(dir, r.exactlyOnce());
        return r.exactlyOnce() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
