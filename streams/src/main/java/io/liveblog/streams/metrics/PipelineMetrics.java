package io.liveblog.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline's own counters, beside Kafka Streams' metrics: posts by outcome, claims asserted and retracted,
 * aggregates emitted with the facts and claims behind each (their ratio is how much the fact-level dedup merges),
 * dead letters by where and why, and the extraction time per post as a histogram. They live in Micrometer's global
 * registry; the dashboard's {@code /metrics} exports them in the Prometheus format (names get {@code _total} and
 * {@code _seconds} there). Tagged with the Kafka Streams application id, so the apps of one JVM (the pipeline,
 * a replay, a bench's) stay apart.
 */
public final class PipelineMetrics {

    /**
     * Meters already registered, by name and tags: posts and claims are counted for every post, and building a
     * meter id and looking it up in the registry each time would put that work on the stream thread's hot path.
     */
    private static final Map<String, Counter> COUNTERS = new ConcurrentHashMap<>();
    private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();
    private static final Map<String, DistributionSummary> SUMMARIES = new ConcurrentHashMap<>();

    private PipelineMetrics() {
    }

    private static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    /**
     * Counts an update by what it did.
     *
     * @param app application id
     * @param outcome {@code new}, {@code edited}, {@code unchanged} or {@code deleted}
     */
    public static void post(String app, String outcome) {
        COUNTERS.computeIfAbsent("posts\u0000" + app + '\u0000' + outcome, k -> Counter.builder("liveblog.posts")
                .description("Post versions processed, by outcome").tag("app", app).tag("outcome", outcome)
                .register(registry())).increment();
    }

    /**
     * Counts claims.
     *
     * @param app application id
     * @param change {@code asserted} or {@code retracted}
     * @param n how many
     */
    public static void claims(String app, String change, int n) {
        if (n > 0) {
            COUNTERS.computeIfAbsent("claims\u0000" + app + '\u0000' + change, k -> Counter.builder("liveblog.claims")
                    .description("Claims asserted or retracted on the claims topic").tag("app", app)
                    .tag("change", change).register(registry())).increment(n);
        }
    }

    /**
     * Counts an emitted aggregate and records the facts and claims behind it: many claims per fact mean many outlets
     * and posts told the same figures, and one per fact that nothing was merged.
     *
     * @param app application id
     * @param day whether it is a day window (else the running total)
     * @param facts facts behind it (0 when it was withdrawn: nothing supports it any more)
     * @param claims claims behind them
     */
    public static void aggregate(String app, boolean day, int facts, int claims) {
        String window = day ? "day" : "total";
        String change = facts == 0 ? "withdrawn" : "updated";
        COUNTERS.computeIfAbsent("aggregates\u0000" + app + '\u0000' + window + '\u0000' + change,
                k -> Counter.builder("liveblog.aggregates").description("Aggregates emitted, by window and change")
                        .tag("app", app).tag("window", window).tag("change", change).register(registry()))
                .increment();
        if (facts > 0) {
            summary("facts", app, window, "Facts behind an emitted aggregate").record(facts);
            summary("claims", app, window, "Claims behind an emitted aggregate (every citation of its facts)")
                    .record(claims);
        }
    }

    /**
     * Counts a working copy of the aggregation read back from its store: the first time a place/metric key is
     * touched after its task started, or again after it was dropped for the instance's budget. Reads that keep rising
     * after the start mean the budget is below the busy keys' working set (more heap, or
     * {@code liveblog.aggregate.held.claims}).
     *
     * @param app application id
     * @param claims how many claims the copy holds
     */
    public static void workingCopyRead(String app, int claims) {
        counter("working.copies.read", app, "Place/metric working copies read back from their store").increment();
        counter("working.copies.claims.read", app, "Claims decoded when working copies were read back")
                .increment(claims);
    }

    /**
     * Counts working copies dropped to keep the instance's working copies within their budget.
     *
     * @param app application id
     * @param copies how many were dropped
     */
    public static void workingCopiesDropped(String app, int copies) {
        if (copies > 0) {
            counter("working.copies.dropped", app, "Working copies dropped for the budget of held claims")
                    .increment(copies);
        }
    }

    private static Counter counter(String name, String app, String description) {
        return COUNTERS.computeIfAbsent(name + '\u0000' + app, k -> Counter.builder("liveblog." + name)
                .description(description).tag("app", app).register(registry()));
    }

    private static DistributionSummary summary(String what, String app, String window, String description) {
        return SUMMARIES.computeIfAbsent(what + '\u0000' + app + '\u0000' + window,
                k -> DistributionSummary.builder("liveblog.aggregate." + what).description(description)
                        .tag("app", app).tag("window", window).register(registry()));
    }

    /**
     * Times one post's extraction.
     *
     * @param app application id
     * @param took how long it took
     */
    public static void extraction(String app, Duration took) {
        TIMERS.computeIfAbsent(app, k -> Timer.builder("liveblog.extraction")
                .description("Time to read the figures of one post version").tag("app", app)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(5)).register(registry())).record(took);
    }

    /**
     * Counts a dead letter of the streams app.
     *
     * @param node the processor (or source) it failed in
     * @param error the exception's class
     */
    public static void deadLetter(String node, Class<?> error) {
        Counter.builder("liveblog.dead.letters").description("Records sent to the dead-letter topic")
                .tag("stage", "streams").tag("node", String.valueOf(node)).tag("error", error.getSimpleName())
                .register(registry()).increment();
    }
}
