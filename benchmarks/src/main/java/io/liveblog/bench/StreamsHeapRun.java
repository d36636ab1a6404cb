package io.liveblog.bench;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.ProcessingProgress;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Measured run of the real streams app: an embedded broker in this JVM, {@code liveblog streams} in a separate JVM
 * (exactly-once, RocksDB state, its own heap limit), fed synthetic posts. Reports the streams JVM's live heap (after
 * a full GC, via jcmd) once it has processed a small baseline batch and again after the full run, and the
 * throughput of each phase.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code java -cp 'benchmarks/target/classes:benchmarks/target/lib/*'
 * io.liveblog.bench.StreamsHeapRun 100000 /path/to/repo}
 */
public final class StreamsHeapRun {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private StreamsHeapRun() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path repo = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        int baseline = 1_000;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path state = Files.createTempDirectory("liveblog-heap-run-");
            PipelineConfig config = PipelineConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                    .withApplication("heap-run", state);
            TopicAdmin.ensureTopics(config, 1, (short) 1);
            Process streams = new ProcessBuilder("java", "-Xmx512m", "-cp",
                    repo.resolve("cli/target/liveblog-cli.jar") + ":" + repo.resolve("cli/target/lib") + "/*",
                    "io.liveblog.cli.Main", "streams", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--application-id", "heap-run", "--state-dir", state.toString())
                    .redirectErrorStream(true).redirectOutput(state.resolve("streams.log").toFile()).start();
            try (KafkaProducer<String, LiveBlogUpdate> producer = producer(kafka.bootstrapServers())) {
                SyntheticBlog blog = new SyntheticBlog(7, Instant.parse("2024-01-01T00:00:00Z"));
                ProcessingProgress progress = new ProcessingProgress(adminProps(kafka), "heap-run",
                        List.of(config.updatesTopic(), "heap-run-" + LiveBlogTopology.Names.CLAIMS_BY_LOCATION
                                + "-repartition"), List.of(config.claimsTopic(), config.aggregatesTopic()));
                double r1 = feed(producer, blog, config, baseline, progress);
                long heap1 = liveHeapKiB(streams.pid());
                System.out.printf("after %,d posts: %.0f posts/s end to end, streams live heap %,d KiB%n", baseline,
                        r1, heap1);
                double r2 = feed(producer, blog, config, total - baseline, progress);
                long heap2 = liveHeapKiB(streams.pid());
                System.out.printf("after %,d posts: %.0f posts/s end to end, streams live heap %,d KiB%n", total, r2,
                        heap2);
                System.out.printf("heap ratio (after %,d / after %,d posts) = %.2f%n", total, baseline,
                        (double) heap2 / heap1);
                long stateBytes;
                try (var walk = Files.walk(state)) {
                    stateBytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                }
                System.out.printf("local state on disk: %,d KiB%n", stateBytes / 1024);
            } finally {
                streams.destroy();
                streams.waitFor();
            }
        }
    }

    private static double feed(KafkaProducer<String, LiveBlogUpdate> producer, SyntheticBlog blog,
                               PipelineConfig config, int n, ProcessingProgress progress) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            LiveBlogUpdate u = blog.next();
            producer.send(new ProducerRecord<>(config.updatesTopic(), null, u.getPublishedAt().toEpochMilli(),
                    u.getPostId(), u));
        }
        producer.flush();
        progress.awaitCaughtUp(Duration.ofMinutes(60));
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static long liveHeapKiB(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("cannot read heap from jcmd: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(l -> out.append(l).append('\n'));
        }
        p.waitFor();
        return out.toString();
    }

    private static KafkaProducer<String, LiveBlogUpdate> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, Topics.UPDATES.keySerde().serializer(), Topics.UPDATE_SERDE.serializer());
    }

    private static Properties adminProps(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return p;
    }
}
