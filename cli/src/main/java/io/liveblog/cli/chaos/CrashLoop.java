package io.liveblog.cli.chaos;

import io.liveblog.cli.ChildJvm;
import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.SnapshotReader;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Crashes as a machine gives them, against a run nobody interrupted. The same generated input (many blogs, repeats,
 * edits, re-deliveries, shuffled arrival, and a record of random bytes after every {@value #GARBAGE_EVERY}th post) is
 * published to two sets of topics. One is processed by a streams app left alone; the other by {@code liveblog
 * streams} in its own JVM, killed with SIGKILL at random moments while it works and started again, some restarts on a
 * wiped state directory (the app rebuilds its stores from the changelogs). Under exactly-once the two must end with
 * the same claims and aggregates, key for key, and each garbage record dead-lettered exactly once.
 *
 * <p>Used by {@code liveblog chaos} (the full run) and {@code CrashRecoveryIT} (a reduced one).
 */
public final class CrashLoop {

    /** A record of random bytes follows every this many posts. */
    public static final int GARBAGE_EVERY = 25;

    /**
     * @param posts generated records (posts, edits, re-deliveries)
     * @param kills SIGKILLs while the app works
     * @param wipeEvery every this many kills, the restart wipes the state directory first (0: never)
     * @param seed workload and kill-moment seed
     */
    public record Options(int posts, int kills, int wipeEvery, long seed) {
        public Options {
            if (posts < 1 || kills < 0 || wipeEvery < 0) {
                throw new IllegalArgumentException("posts must be positive, kills and wipeEvery zero or more");
            }
        }
    }

    /**
     * What the loop found.
     *
     * @param kills SIGKILLs done while the app worked
     * @param wipes restarts on a wiped state directory
     * @param restarts extra starts after a JVM stalled before the end (each one killed: a crash, not a pass)
     * @param garbage garbage records published to each set of topics
     * @param claims live claims of the uninterrupted run
     * @param aggregates live aggregates of the uninterrupted run
     * @param missing claims and aggregates of the uninterrupted run the crashed one lacks
     * @param extra claims and aggregates the crashed run has and the uninterrupted one lacks
     * @param deadLettersClean dead letters of the uninterrupted run
     * @param deadLettersCrashed dead letters of the crashed run
     */
    public record Result(int kills, int wipes, int restarts, int garbage, int claims, int aggregates, int missing,
                         int extra, long deadLettersClean, long deadLettersCrashed) {
        /** @return whether the crashed run ended exactly as the uninterrupted one, dead letters included */
        public boolean identical() {
            return missing == 0 && extra == 0 && deadLettersClean == garbage && deadLettersCrashed == garbage;
        }
    }

    private final String bootstrapServers;
    private final Path dir;
    private final Consumer<String> log;

    /**
     * @param bootstrapServers the broker both runs use
     * @param dir working directory (configs, state, and the crashed JVMs' logs under {@code logs/})
     * @param log progress lines
     */
    public CrashLoop(String bootstrapServers, Path dir, Consumer<String> log) {
        this.bootstrapServers = bootstrapServers;
        this.dir = dir;
        this.log = log;
    }

    /**
     * Runs the loop: publish, the uninterrupted run, the crashes, the last start, the comparison.
     *
     * @param app the uninterrupted run: processes a config's input to the end and returns
     * @return what was found
     */
    public Result run(Options o, Consumer<PipelineConfig> app) throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        new BenchPosts(o.seed(), o.posts(), Gazetteer.bundled()).forEachRemaining(posts::add);
        String run = "chaos-" + Long.toString(System.currentTimeMillis(), 36);
        PipelineConfig clean = config(run + "-clean");
        PipelineConfig crashed = config(run + "-crashed");
        int garbage = 0;
        for (PipelineConfig c : List.of(clean, crashed)) {
            TopicAdmin.ensureTopics(c, 1, (short) 1);
            garbage = publish(c, posts, new Random(o.seed()), GARBAGE_EVERY);
        }
        int records = o.posts() + garbage;
        log.accept(String.format("published %,d posts and %,d garbage records to each of two sets of topics",
                o.posts(), garbage));

        app.accept(clean);
        Snapshot uninterrupted = settled(clean);
        log.accept(String.format("uninterrupted run: %,d claims, %,d aggregates", uninterrupted.claims().size(),
                uninterrupted.aggregates().size()));

        Path file = configFile(crashed);
        Random random = new Random(o.seed() + 1);
        long lastCommitted = -1;
        int kills = 0;
        int wipes = 0;
        while (kills < o.kills()) {
            boolean wipe = o.wipeEvery() > 0 && kills > 0 && kills % o.wipeEvery() == 0;
            if (wipe) {
                io.liveblog.cli.files.Directories.delete(crashed.stateDir());
                wipes++;
            }
            Process p = streamsJvm(file, "crash-" + kills);
            // the kills are spread over the input: each waits for progress to its share of it, at least one commit
            long target = Math.max(lastCommitted, (long) records * (kills + 1) / (o.kills() + 1) - 1);
            long committed = progressBeyond(crashed, target, p, Duration.ofMinutes(3));
            if (committed < 0) {
                throw new IllegalStateException("no progress beyond offset " + target + " in 3 minutes (log: "
                        + logOf("crash-" + kills) + ")");
            }
            // a random moment while it works: right after a commit, or a little later (a busy app commits every
            // 100 ms and reads a few hundred records a second, so a longer wait could see it finish the input)
            Thread.sleep(random.nextInt(250));
            if (!p.isAlive() || committedOffset(crashed) >= records) {
                kill(p);
                log.accept("the input was finished before kill " + (kills + 1) + "; the loop ends early");
                break;
            }
            kill(p);
            kills++;
            lastCommitted = committed;
            log.accept(String.format("kill %d of %d%s: SIGKILL at committed offset %,d of %,d", kills, o.kills(),
                    wipe ? " (after a start on a wiped state directory)" : "", committed, records));
        }
        // the last start must finish the input; one that stalls short of the end is killed and started again
        int restarts = 0;
        Process last = null;
        for (int start = 0; start < 3 && last == null; start++) {
            Process p = streamsJvm(file, "final-" + start);
            if (progressBeyond(crashed, records - 1, p, Duration.ofMinutes(3)) >= 0) {
                last = p;
            } else {
                restarts++;
                log.accept("the last start stalled before the end of the input; killed and started again (log: "
                        + logOf("final-" + start) + ")");
                kill(p);
            }
        }
        if (last == null) {
            throw new IllegalStateException("three starts in a row stalled before the end of the input");
        }
        try {
            Snapshot recovered = settled(crashed);
            Set<Object> want = new HashSet<>(uninterrupted.claims());
            want.addAll(uninterrupted.aggregates());
            Set<Object> got = new HashSet<>(recovered.claims());
            got.addAll(recovered.aggregates());
            int missing = (int) want.stream().filter(x -> !got.contains(x)).count();
            int extra = (int) got.stream().filter(x -> !want.contains(x)).count();
            return new Result(kills, wipes, restarts, garbage, uninterrupted.claims().size(),
                    uninterrupted.aggregates().size(), missing, extra, deadLetters(clean), deadLetters(crashed));
        } finally {
            last.destroy();
            if (!last.waitFor(60, TimeUnit.SECONDS)) {
                last.destroyForcibly();
            }
        }
    }

    private PipelineConfig config(String id) {
        return PipelineConfig.defaults().withBootstrapServers(bootstrapServers).withTopicSuffix("." + id)
                .withApplication(id, dir.resolve("state-" + id).toAbsolutePath());
    }

    /** The crashed run's config as {@code liveblog streams} reads it, with a short session timeout. */
    private Path configFile(PipelineConfig c) throws IOException {
        // a killed member leaves the group only when its session times out: the broker's minimum (6 s) instead
        // of the default 45 s keeps each restart short; the guarantees do not depend on it
        return configFile(c, dir, "kafka.session.timeout.ms=6000", "kafka.heartbeat.interval.ms=1500");
    }

    /**
     * Writes a config as {@code liveblog streams --config} reads it: its application id, topics, state directory and
     * schema registry, and any further property lines.
     *
     * @return the file, {@code <application id>.properties} in {@code dir}
     */
    public static Path configFile(PipelineConfig c, Path dir, String... moreLines) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "liveblog.application.id=" + c.applicationId(),
                "liveblog.topic.updates=" + c.updatesTopic(),
                "liveblog.topic.claims=" + c.claimsTopic(),
                "liveblog.topic.aggregates=" + c.aggregatesTopic(),
                "liveblog.topic.dlq=" + c.deadLetterTopic(),
                "liveblog.state.dir=" + c.stateDir()));
        if (c.schemaRegistryUrl() != null) {
            lines.add("liveblog.schema.registry.url=" + c.schemaRegistryUrl());
        }
        lines.addAll(List.of(moreLines));
        Path file = dir.resolve(c.applicationId() + ".properties");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /**
     * Publishes posts to a config's updates topic with a plain producer (idempotent, acks=all), each stamped with its
     * publication time, every send checked.
     *
     * @param random source of the garbage records
     * @param garbageEvery a record of random bytes follows every this many posts (0: none)
     * @return how many garbage records were published
     */
    public static int publish(PipelineConfig config, List<LiveBlogUpdate> posts, Random random, int garbageEvery)
            throws Exception {
        Properties p = new Properties();
        p.putAll(TopicAdmin.adminProperties(config));
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        int garbage = 0;
        // every send is checked: an input that silently lost records would pass for a JVM that stalled
        List<Future<?>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < posts.size(); i++) {
                LiveBlogUpdate u = posts.get(i);
                sent.add(producer.send(new ProducerRecord<>(config.updatesTopic(), null,
                        u.getPublishedAt().toEpochMilli(), u.getPostId(), Topics.UPDATE_SERDE.encode(u))));
                if (i == 0) {
                    // alone in flight until the new partition's leader takes it: retried batches of a partition
                    // that was not ready yet once arrived out of sequence and were refused
                    sent.get(0).get();
                }
                if (garbageEvery > 0 && i % garbageEvery == 0) {
                    byte[] junk = new byte[1 + random.nextInt(300)];
                    random.nextBytes(junk);
                    sent.add(producer.send(new ProducerRecord<>(config.updatesTopic(), "junk-" + i, junk)));
                    garbage++;
                }
            }
            producer.flush();
            for (Future<?> f : sent) {
                f.get();
            }
        }
        return garbage;
    }

    private Process streamsJvm(Path config, String name) throws IOException {
        return ChildJvm.start(logOf(name), List.of("-Xmx512m"), "streams", "--bootstrap-servers", bootstrapServers,
                "--config", config.toString(), "--http-port", "0");
    }

    private Path logOf(String name) {
        return dir.resolve("logs").resolve(name + ".log");
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a SIGKILLed streams JVM did not exit in 30 s");
        }
    }

    /** @return the app's committed position once it passes {@code beyond}, or -1 when it did not within the wait */
    private static long progressBeyond(PipelineConfig config, long beyond, Process p, Duration wait)
            throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(config))) {
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the streams JVM died on its own (exit " + p.exitValue() + ")");
                }
                long committed = committedOffset(admin, config);
                if (committed > beyond) {
                    return committed;
                }
                Thread.sleep(50);
            }
        }
        return -1;
    }

    /**
     * @return the app's committed position on its updates topic, summed over the topic's partitions (-1 before its
     *     first commit)
     */
    public static long committedOffset(PipelineConfig config) throws Exception {
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(config))) {
            return committedOffset(admin, config);
        }
    }

    private static long committedOffset(Admin admin, PipelineConfig config) throws Exception {
        long sum = -1;
        for (var e : admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata().get()
                .entrySet()) {
            OffsetAndMetadata om = e.getValue();
            if (om != null && e.getKey().topic().equals(config.updatesTopic())) {
                sum = Math.max(sum, 0) + om.offset();
            }
        }
        return sum;
    }

    /**
     * Reads the claims and aggregates topics until two reads two seconds apart agree: under a loaded machine the
     * offsets can read as caught up a moment before the last outputs are committed (a loss would still show as a
     * difference).
     *
     * @return the settled outputs
     */
    public static Snapshot settled(Properties client, PipelineConfig config) throws InterruptedException {
        Snapshot last = SnapshotReader.fromTopics(client, config.claims(), config.aggregates());
        for (int attempt = 0; attempt < 60; attempt++) {
            Thread.sleep(2000);
            Snapshot next = SnapshotReader.fromTopics(client, config.claims(), config.aggregates());
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        throw new IllegalStateException("outputs still changing two minutes after the input was consumed");
    }

    /** @return the settled outputs of a config, read with its own client settings */
    public static Snapshot settled(PipelineConfig config) throws InterruptedException {
        Properties client = new Properties();
        client.putAll(TopicAdmin.adminProperties(config));
        return settled(client, config);
    }

    /** @return the committed records on the dead-letter topic (every one, repeats included) */
    public static long deadLetters(PipelineConfig config) {
        Properties p = new Properties();
        p.putAll(TopicAdmin.adminProperties(config));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(config.deadLetterTopic()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            var end = c.endOffsets(parts);
            long count = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                count += c.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }
}
