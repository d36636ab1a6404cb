package io.liveblog.cli;

import io.liveblog.cli.bench.BenchJsonLines;
import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.bench.CatchUpClock;
import io.liveblog.cli.bench.LatencyProbe;
import io.liveblog.cli.bench.PassthroughTopology;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.topics.Topics;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code liveblog bench}: one run, one broker. Publishes a generated workload ({@link BenchPosts}), times a
 * passthrough Kafka Streams app (the ceiling: same records, same Avro, same processing guarantee) and the full
 * pipeline over it, then measures post-to-aggregate latency at a fixed offered load on the running pipeline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline against a passthrough Kafka Streams app on the same generated posts, "
                + "in one run on one broker (embedded unless --bootstrap-servers), and its latency at a fixed rate.",
            "Ends with: full pipeline X posts/s, passthrough Y posts/s, ratio Z."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:a phase failed or timed out", "2:unusable options"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--posts", defaultValue = "20000", paramLabel = "N",
            description = "Records in the throughput phases (posts, edits and re-deliveries; default ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--rate", defaultValue = "200", paramLabel = "POSTS_PER_S",
            description = "Offered load of the latency phase (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-posts", paramLabel = "N",
            description = "Records published in the latency phase (default: 20 seconds at --rate; 0 skips it).")
    Integer latencyPosts;

    @Option(names = "--warmup", defaultValue = "3000", paramLabel = "N",
            description = "Records run through both apps first, on their own topics, unmeasured, so the JIT has "
                    + "compiled the code both apps run (default ${DEFAULT-VALUE}; 0 skips it).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Workload seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = "PT30M", paramLabel = "DURATION",
            description = "How long each phase may take (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--write-jsonl", paramLabel = "FILE",
            description = "Write the --posts generated records as JSON Lines to FILE (the input of a process or "
                    + "produce run on the bench's workload) and exit, measuring nothing.")
    Path writeJsonl;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws Exception {
        if (writeJsonl != null) {
            if (posts < 1) {
                throw new UsageException("--posts must be positive");
            }
            long lines = BenchJsonLines.write(new BenchPosts(seed, posts, Gazetteer.curated()), writeJsonl);
            System.out.printf("bench: %,d generated records written to %s%n", lines, writeJsonl);
            return ExitCodes.OK;
        }
        if (posts < 1 || rate <= 0 || warmup < 0 || (latencyPosts != null && latencyPosts < 0)) {
            throw new UsageException("--posts and --rate must be positive, --warmup and --latency-posts zero or "
                    + "more");
        }
        int latencyCount = latencyPosts != null ? latencyPosts : (int) Math.round(rate * 20);
        // the pipeline as it would be deployed on this machine: a stream thread per core, and two partitions per
        // thread so the busiest place keys spread over the threads (the config file, the environment and
        // --partitions / --stream-threads override it)
        int cores = Runtime.getRuntime().availableProcessors();
        cluster.withCommandDefault("liveblog.stream.threads", Integer.toString(cores))
                .withCommandDefault("liveblog.topic.partitions", Integer.toString(2 * cores));
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        // the run id is in every topic and application id of the run, so an external cluster can be cleaned up
        try (Cluster c = Cluster.open(cluster.config().withTopicSuffix("." + run), true)) {
            PipelineConfig config = c.config().withApplication(run + "-pipeline", c.config().stateDir());
            System.out.printf("bench %s: %,d records, then %,d at %.0f posts/s; broker %s; partitions %d, stream "
                            + "threads %d%n", run, posts, latencyCount, rate,
                    c.embedded() ? "embedded" : config.bootstrapServers(), config.partitions(), config.streamThreads());
            BenchPosts workload = new BenchPosts(seed, posts + latencyCount, Gazetteer.curated());
            try (KafkaProducer<String, LiveBlogUpdate> producer = producer(c.clientProperties())) {
                CatchUpClock clock = new CatchUpClock(TopicAdmin.adminProperties(config));
                if (warmup > 0) {
                    warmUp(c, config, producer, clock, run);
                }
                produce(producer, workload, config.updatesTopic(), posts);

                double ceiling = timePassthrough(config, c.clientProperties(), clock, run, posts);
                System.out.printf("passthrough (%s, Avro in and out): %,.0f posts/s%n",
                        config.processingGuarantee(), ceiling);
                try (StreamsApp app = new StreamsApp(config, Extraction.defaultExtractor())) {
                    double full = timeApp(app.streams(), config.applicationId(), List.of(config.updatesTopic(),
                            config.applicationId() + "-" + LiveBlogTopology.Names.CLAIMS_BY_LOCATION
                                    + "-repartition"), config.updatesTopic(), clock, "full pipeline", posts, config.commitInterval());
                    System.out.printf("full pipeline: %,.0f posts/s%n", full);
                    if (latencyCount > 0) {
                        LatencyProbe.Result r = new LatencyProbe(c.clientProperties(), config.updatesTopic(),
                                config.claimsTopic(), config.aggregatesTopic())
                                .run(producer, workload, latencyCount, rate, Duration.ofSeconds(3),
                                        System.out::println);
                        System.out.printf("latency post -> aggregate at %.0f posts/s: p50 %d ms, p99 %d ms "
                                        + "(%,d posts timed; %,d sent, %,d re-deliveries or edits)%n", rate,
                                r.quantile(0.5), r.quantile(0.99), r.latenciesMs().size(), r.sent(), r.untimed());
                    }
                    System.out.printf("live heap after the run: %,d MiB (this JVM: broker, producer and both "
                            + "apps' state caches)%n", liveHeapMiB());
                    System.out.printf("full pipeline %.0f posts/s, passthrough %.0f posts/s, ratio %.3f%n", full,
                            ceiling, full / ceiling);
                }
            } finally {
                if (!c.embedded()) {
                    System.out.printf("deleted the run's topics: %s%n",
                            TopicAdmin.deleteTopicsContaining(TopicAdmin.adminProperties(config), run));
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Runs a smaller workload of its own through both apps, on topics of its own, and discards the timings. */
    private void warmUp(Cluster c, PipelineConfig config, KafkaProducer<String, LiveBlogUpdate> producer,
                        CatchUpClock clock, String run) {
        PipelineConfig warm = config.withTopicSuffix("-warmup").withApplication(run + "-warmup-pipeline",
                config.stateDir());
        TopicAdmin.ensureTopics(warm, warm.partitions(), (short) (c.embedded() ? 1 : -1));
        produce(producer, new BenchPosts(seed + 1, warmup, Gazetteer.curated()), warm.updatesTopic(), warmup);
        timePassthrough(warm, c.clientProperties(), clock, run + "-warmup", warmup);
        try (StreamsApp app = new StreamsApp(warm, Extraction.defaultExtractor())) {
            timeApp(app.streams(), warm.applicationId(), List.of(warm.updatesTopic(), warm.applicationId() + "-"
                    + LiveBlogTopology.Names.CLAIMS_BY_LOCATION + "-repartition"), warm.updatesTopic(), clock,
                    "warm-up pipeline", warmup, warm.commitInterval());
        }
        System.out.printf("warm-up done (%,d records through both apps, not measured)%n", warmup);
    }

    private void produce(KafkaProducer<String, LiveBlogUpdate> producer, java.util.Iterator<LiveBlogUpdate> workload,
                         String topic, int count) {
        long start = System.nanoTime();
        publish(producer, topic, workload, count, done -> System.out.printf("producing: %,d of %,d%n", done, count));
        System.out.printf("produced %,d records in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Publishes posts keyed by post id with their publication time, once the topic's partitions have leaders, and
     * fails if any send failed: a workload that silently lost records would make every measurement wrong.
     *
     * @param progress called about every two seconds with the number of records sent
     */
    static void publish(KafkaProducer<String, LiveBlogUpdate> producer, String topic,
                        java.util.Iterator<LiveBlogUpdate> posts, int count, java.util.function.IntConsumer progress) {
        awaitLeaders(producer, topic);
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        long nextReport = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < count && posts.hasNext(); i++) {
            LiveBlogUpdate u = posts.next();
            producer.send(new ProducerRecord<>(topic, null, u.getPublishedAt().toEpochMilli(), u.getPostId(), u),
                    (meta, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
            if (System.nanoTime() > nextReport) {
                progress.accept(i + 1);
                nextReport += 2_000_000_000L;
            }
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("could not publish the workload to " + topic + ": "
                    + failure.get().getMessage(), failure.get());
        }
    }

    /** Waits until the broker reports a leader for every partition of a topic it just created. */
    private static void awaitLeaders(KafkaProducer<String, LiveBlogUpdate> producer, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (producer.partitionsFor(topic).stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("partitions of " + topic + " have no leader after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private double timePassthrough(PipelineConfig config, Properties clientProps, CatchUpClock clock, String run,
                                   int count) {
        String appId = run + "-passthrough";
        String out = "bench.passthrough." + run;
        TopicAdmin.ensureTopic(TopicAdmin.adminProperties(config), out, config.partitions());
        Properties p = StreamsApp.streamsProperties(config.withApplication(appId, config.stateDir()));
        p.putAll(clientProps);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        try (KafkaStreams app = new KafkaStreams(PassthroughTopology.build(config.updatesTopic(), out), p)) {
            return timeApp(app, appId, List.of(config.updatesTopic()), config.updatesTopic(), clock, "passthrough",
                    count, config.commitInterval());
        }
    }

    /**
     * Starts the app and times it until it has consumed its inputs: from its first commit less one commit interval
     * (what the first commit covers), so the rebalance before it does not count.
     */
    private double timeApp(KafkaStreams app, String appId, List<String> inputs, String exactTopic,
                           CatchUpClock clock, String name, int count, Duration commitInterval) {
        long cpuBefore = processCpuNanos();
        long jitBefore = jitMillis();
        app.start();
        long start = System.nanoTime();
        CatchUpClock.Span span = clock.awaitCaughtUp(appId, inputs, List.of(exactTopic), timeout, consumed ->
                System.out.printf("%s: %,d of %,d records, %.0f/s so far%n", name, consumed, count,
                        consumed / ((System.nanoTime() - start) / 1e9)));
        long from = Math.max(start, span.firstProgress() - commitInterval.toNanos());
        double seconds = (span.caughtUp() - from) / 1e9;
        System.out.printf("%s: %,d records in %.2f s (from its first commit, less one commit interval)%n", name,
                count, seconds);
        // on a small machine the JIT compiler competes with the app for the same cores while a run is short: say so
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double jit = (jitMillis() - jitBefore) / 1e3;
        if (cpu > 0 && jit >= 0) {
            System.out.printf("%s: this JVM used %.1f s of CPU from the app's start (%.1f cores on average), %.1f s "
                            + "of it compiling (JIT)%n", name, cpu, cpu / ((System.nanoTime() - start) / 1e9), jit);
        }
        return count / seconds;
    }

    /** @return a producer of updates (acks=all, one request in flight, lz4) for generated workloads */
    static KafkaProducer<String, LiveBlogUpdate> producer(Properties clientProps) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // not idempotent: on the embedded broker, an idempotent producer's first batches to just-created partitions
        // were refused for good (OUT_OF_ORDER_SEQUENCE_NUMBER) and the workload lost records; one request in
        // flight keeps order, and a duplicate a retry may cause is a re-delivery the pipeline drops
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), Topics.UPDATE_SERDE.serializer());
    }

    /** @return CPU time of this JVM so far, or -1 where the platform does not tell */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** @return time the JIT compilers spent so far (summed over their threads), or -1 where not monitored */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static long liveHeapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
