package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes, as a machine gives them: {@code liveblog streams} in its own JVM is killed with SIGKILL three times while
 * it works through a multi-blog input with garbage records mixed in, and restarted each time. Under exactly-once
 * the result must be that of a run nobody interrupted: the same claims, the same aggregates, and every garbage
 * record dead-lettered exactly once.
 */
class CrashRecoveryIT {

    private static final int POSTS = 1200;
    private static final int GARBAGE_EVERY = 25;

    @TempDir
    Path dir;

    @Test
    void killedThreeTimesMidRunItLosesNothingAndCountsNothingTwice() throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        new BenchPosts(11, POSTS, Gazetteer.bundled()).forEachRemaining(posts::add);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path cleanFile = ItSupport.isolatedConfig(dir, "clean");
            Path crashFile = ItSupport.isolatedConfig(dir, "crash");
            // a killed member leaves the group only when its session times out: the broker's minimum (6 s)
            // instead of the default 45 s keeps each restart short; the guarantees do not depend on it
            Files.writeString(crashFile, Files.readString(crashFile)
                    + "kafka.session.timeout.ms=6000\nkafka.heartbeat.interval.ms=1500\n");
            PipelineConfig clean = load(cleanFile, kafka);
            PipelineConfig crash = load(crashFile, kafka);
            int garbage = 0;
            for (PipelineConfig c : List.of(clean, crash)) {
                TopicAdmin.ensureTopics(c, 1, (short) 1);
                garbage = publish(c, posts);
            }

            Snapshot uninterrupted;
            try (StreamsApp app = new StreamsApp(clean, Extraction.defaultExtractor())) {
                app.start();
                PipelineRun.awaitProcessed(app, clean, Duration.ofMinutes(5));
                uninterrupted = settled(clean);
            }

            long lastCommitted = -1;
            for (int kill = 0; kill < 3; kill++) {
                Process p = streamsJvm(kafka, crashFile, "crash-" + kill);
                long committed = awaitProgressBeyond(crash, lastCommitted, p);
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed");
                assertTrue(committed < POSTS + garbage, "killed before it finished (committed " + committed + ")");
                lastCommitted = committed;
            }
            Process last = streamsJvm(kafka, crashFile, "final");
            try {
                awaitProgressBeyond(crash, POSTS + garbage - 1, last);
                Snapshot recovered = settled(crash);
                assertSame("claims", uninterrupted.claims(), recovered.claims());
                assertSame("aggregates", uninterrupted.aggregates(), recovered.aggregates());
                assertTrue(uninterrupted.aggregates().size() > 200, "a real workload");
                assertEquals(garbage, deadLetters(clean), "each garbage record dead-lettered once");
                assertEquals(garbage, deadLetters(crash), "each garbage record dead-lettered once, crashes or not");
            } finally {
                last.destroy();
                if (!last.waitFor(60, TimeUnit.SECONDS)) {
                    last.destroyForcibly();
                }
            }
        }
    }

    private static PipelineConfig load(Path file, EmbeddedKafka kafka) throws Exception {
        Properties props = new Properties();
        try (var in = Files.newInputStream(file)) {
            props.load(in);
        }
        return PipelineConfig.load(props, Map.of()).withBootstrapServers(kafka.bootstrapServers());
    }

    /** Publishes the posts with a record of random bytes after every {@value #GARBAGE_EVERY}th; returns how many. */
    private static int publish(PipelineConfig config, List<LiveBlogUpdate> posts) {
        Properties p = new Properties();
        p.putAll(TopicAdmin.adminProperties(config));
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        Random random = new Random(5);
        int garbage = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < posts.size(); i++) {
                LiveBlogUpdate u = posts.get(i);
                producer.send(new ProducerRecord<>(config.updatesTopic(), null, u.getPublishedAt().toEpochMilli(),
                        u.getPostId(), Topics.UPDATE_SERDE.encode(u)));
                if (i % GARBAGE_EVERY == 0) {
                    byte[] junk = new byte[1 + random.nextInt(300)];
                    random.nextBytes(junk);
                    producer.send(new ProducerRecord<>(config.updatesTopic(), "junk-" + i, junk));
                    garbage++;
                }
            }
            producer.flush();
        }
        return garbage;
    }

    private Process streamsJvm(EmbeddedKafka kafka, Path config, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "streams",
                "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString(), "--http-port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the app's committed position on the updates topic passes {@code beyond}; returns it. */
    private static long awaitProgressBeyond(PipelineConfig config, long beyond, Process p) throws Exception {
        TopicPartition updates = new TopicPartition(config.updatesTopic(), 0);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (Admin admin = Admin.create(TopicAdmin.adminProperties(config))) {
            while (System.nanoTime() < deadline) {
                assertTrue(p.isAlive(), "the streams JVM died on its own");
                OffsetAndMetadata om = admin.listConsumerGroupOffsets(config.applicationId())
                        .partitionsToOffsetAndMetadata().get().get(updates);
                if (om != null && om.offset() > beyond) {
                    return om.offset();
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no progress beyond offset " + beyond + " in 3 minutes");
    }

    private static Snapshot settled(PipelineConfig config) throws InterruptedException {
        Properties client = new Properties();
        client.putAll(TopicAdmin.adminProperties(config));
        return ItSupport.settled(client, config);
    }

    /** @return the committed records on the dead-letter topic (every one, repeats included) */
    private static long deadLetters(PipelineConfig config) {
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
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long count = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                count += c.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }

    private static <T> void assertSame(String what, List<T> expected, List<T> actual) {
        Set<T> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<T> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + expected.size() + " vs " + actual.size()
                + "; missing after the crashes " + missing.size() + ": " + missing.stream().limit(3).toList()
                + "; extra " + extra.size() + ": " + extra.stream().limit(3).toList());
    }
}
