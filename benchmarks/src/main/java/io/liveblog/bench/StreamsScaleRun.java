package io.liveblog.bench;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import io.liveblog.cli.bench.BenchPosts;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Scale run of the streams topology (TopologyTestDriver, persistent RocksDB stores as in production): pipes N
 * synthetic posts and reports posts/s and the live heap after a full GC at checkpoints. Baseline in the same run:
 * the same topology with an extractor that finds nothing, so the cost of extraction + aggregation shows as a ratio.
 *
 * <p>Run: {@code java -Xmx1g -cp 'benchmarks/target/classes:benchmarks/target/lib/*' io.liveblog.bench.StreamsScaleRun
 * 100000 [bench]}; with {@code bench} the posts are those of {@code liveblog bench} (many blogs, edits, repeats,
 * shuffled arrival) instead of one synthetic blog, so aggregation can be profiled without a broker.
 */
public final class StreamsScaleRun {

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StreamsScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // "bench": the many-blog workload of `liveblog bench`; otherwise one synthetic blog
        boolean manyBlogs = args.length > 1 && "bench".equals(args[1]);
        Function<PostText, List<ExtractedClaim>> real = new ClaimExtractor(Gazetteer.bundled())::extract;
        Function<PostText, List<ExtractedClaim>> none = p -> List.of();
        System.out.printf("posts=%d heap max=%d MiB workload=%s%n", posts, Runtime.getRuntime().maxMemory() >> 20,
                manyBlogs ? "bench (many blogs)" : "one synthetic blog");
        Supplier<Iterator<LiveBlogUpdate>> workload = manyBlogs
                ? () -> new BenchPosts(42, posts, Gazetteer.curated())
                : () -> new SyntheticBlog(7, Instant.parse("2024-01-01T00:00:00Z"));
        double baseline = run("baseline (no figures)", none, posts, workload.get());
        double full = run("full pipeline", real, posts, workload.get());
        System.out.printf("full pipeline throughput = %.2f x baseline%n", full / baseline);
    }

    private static double run(String name, Function<PostText, List<ExtractedClaim>> extractor, int posts,
                              Iterator<LiveBlogUpdate> blog) throws Exception {
        Path state = Files.createTempDirectory("liveblog-scale-");
        PipelineConfig config = PipelineConfig.defaults().withApplication("scale", state);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "scale");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        long t0 = System.nanoTime();
        try (TopologyTestDriver driver = new TopologyTestDriver(LiveBlogTopology.build(config, extractor), props)) {
            TestInputTopic<String, LiveBlogUpdate> in = driver.createInputTopic(config.updatesTopic(),
                    Serdes.String().serializer(), Topics.UPDATE_SERDE.serializer());
            var claims = driver.createOutputTopic(config.claimsTopic(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            var aggregates = driver.createOutputTopic(config.aggregatesTopic(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            long chunkStart = System.nanoTime();
            // the driver runs on this thread: its CPU time is the pipeline's, unlike wall time on a shared machine
            long chunkCpuStart = CPU.getCurrentThreadCpuTime();
            int largest = 0;
            long aggregateRecords = 0;
            long aggregateBytes = 0;
            int chunk = Math.max(1, posts / 10);
            for (int i = 1; i <= posts; i++) {
                LiveBlogUpdate u = blog.next();
                in.pipeInput(u.getPostId(), u, u.getPublishedAt());
                if (i % 64 == 0) {
                    driver.advanceWallClockTime(config.commitInterval()); // changed aggregates are emitted
                    claims.readRecordsToList();
                    for (var r : aggregates.readRecordsToList()) {
                        int size = r.value() == null ? 0 : r.value().length;
                        largest = Math.max(largest, size);
                        aggregateRecords++;
                        aggregateBytes += size;
                    }
                    // the driver keeps every record written to any topic (changelogs too) until it is read: drop
                    // them, so the live heap is the app's, not the driver's
                    for (String topic : driver.producedTopicNames()) {
                        driver.createOutputTopic(topic, Serdes.ByteArray().deserializer(),
                                Serdes.ByteArray().deserializer()).readRecordsToList();
                    }
                }
                if (i % chunk == 0) {
                    double rate = chunk / ((System.nanoTime() - chunkStart) / 1e9);
                    rates.add(rate);
                    double cpuRate = chunk / ((CPU.getCurrentThreadCpuTime() - chunkCpuStart) / 1e9);
                    cpuRates.add(cpuRate);
                    System.out.printf("%s: %,d posts, %.0f posts/s in the last %,d, live heap %d MiB,"
                            + " largest aggregate record %,d bytes, %.1f aggregate records and %,d bytes per post%n",
                            name, i, rate, chunk, liveHeapMiB(), largest, aggregateRecords / (double) chunk,
                            aggregateBytes / chunk);
                    aggregateRecords = 0;
                    aggregateBytes = 0;
                    chunkStart = System.nanoTime();
                    chunkCpuStart = CPU.getCurrentThreadCpuTime();
                }
            }
        }
        rates.sort(Double::compare);
        cpuRates.sort(Double::compare);
        double median = rates.get(rates.size() / 2);
        System.out.printf("%s: median %.0f posts/s over %d chunks (%.0f posts per CPU second of the driver's"
                + " thread), total %.1f s%n", name, median, rates.size(), cpuRates.get(cpuRates.size() / 2),
                (System.nanoTime() - t0) / 1e9);
        return median;
    }

    private static long liveHeapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
