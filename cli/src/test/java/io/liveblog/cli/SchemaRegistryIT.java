package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.chaos.CrashLoop;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.RegistryClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Confluent wire format with a real registry (Apicurio Registry, unpacked from Maven Central by the build):
 * the pipeline writes through it, a non-Java client (python3-confluent-kafka and python3-avro from Debian) reads the
 * aggregates back through it, and the registry refuses an incompatible schema under BACKWARD compatibility.
 */
class SchemaRegistryIT {

    private static final Path RUNNER = Path.of("target", "apicurio", "apicurio-registry-app-2.6.13.Final-runner.jar");
    private static EmbeddedKafka kafka;
    private static Process registry;
    private static String registryUrl;
    private static int registryPort;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isRegularFile(RUNNER), "schema registry tests skipped: " + RUNNER + " is missing (the "
                + "build unpacks io.apicurio:apicurio-registry-app:2.6.13.Final before the integration tests)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", RUNNER.getFileName().toString())
                .directory(RUNNER.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "apicurio.log").toFile());
        pb.environment().put("HTTP_PORT", Integer.toString(port));
        registry = pb.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        boolean ready = false;
        while (!ready && System.nanoTime() < deadline && registry.isAlive()) {
            try {
                ready = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                // not listening yet
            }
            if (!ready) {
                Thread.sleep(250);
            }
        }
        assertTrue(ready, "Apicurio Registry did not become ready in 90 s; see target/apicurio.log");
        registryUrl = base + "/apis/ccompat/v7";
        registryPort = port;
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (kafka != null) {
            kafka.close();
        }
        if (registry != null) {
            registry.destroy();
            if (!registry.waitFor(20, TimeUnit.SECONDS)) {
                registry.destroyForcibly();
            }
        }
    }

    @Test
    void thePipelineWritesThroughTheRegistryAndAPythonClientReadsItBack() throws Exception {
        Path config = ItSupport.isolatedConfig(dir, "registry");
        Path out = dir.resolve("snapshot.json");
        assertEquals(0, Main.run("process", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                config.toString(), "--schema-registry-url", registryUrl, "--input",
                ItSupport.fixture("border-day.txt").toString(), "--snapshot", out.toString()));
        Snapshot s = Snapshot.read(out);
        assertEquals(40L, ItSupport.total(s, "rafah crossing", "aid_trucks").orElseThrow().value(),
                "the pipeline reads its own registry-framed records");

        Properties props = new Properties();
        try (var in = Files.newInputStream(config)) {
            props.load(in);
        }
        String aggregates = props.getProperty("liveblog.topic.aggregates");
        byte[] first = firstValue(aggregates);
        assertEquals(0, first[0], "Confluent wire format: magic byte 0, then the schema id");
        RegistryClient client = new RegistryClient(registryUrl, Duration.ofSeconds(10));
        int id = java.nio.ByteBuffer.wrap(first, 1, 4).getInt();
        assertEquals(LocationAggregate.getClassSchema(), client.schema(id), "registered under "
                + aggregates + "-value");

        assumeTrue(pythonReady(), "python part skipped: /usr/bin/python3 with confluent_kafka and avro is missing "
                + "(Debian: apt-get install python3-confluent-kafka python3-avro; .ci/run installs them)");
        Path script = Path.of(SchemaRegistryIT.class.getResource("/registry/read_aggregates.py").toURI());
        Process py = new ProcessBuilder("/usr/bin/python3", script.toString(), kafka.bootstrapServers(), registryUrl,
                aggregates).redirectErrorStream(true).start();
        String printed = new String(py.getInputStream().readAllBytes());
        assertTrue(py.waitFor(2, TimeUnit.MINUTES), printed);
        assertEquals(0, py.exitValue(), printed);
        assertTrue(printed.lines().anyMatch(l -> l.contains("\"location\": \"Rafah crossing\"")
                && l.contains("\"metric\": \"aid_trucks\"") && l.contains("\"window\": \"total\"")
                && l.contains("\"value\": 40")), printed);
    }

    @Test
    void theRegistryRefusesAnIncompatibleChange() {
        RegistryClient client = new RegistryClient(registryUrl, Duration.ofSeconds(10));
        String subject = "it-compat-" + UUID.randomUUID() + "-value";
        client.register(subject, LocationAggregate.getClassSchema());
        client.setCompatibility(subject, "BACKWARD");
        // a new field without a default: readers of the new schema cannot read what the old one wrote
        Schema breaking = SchemaBuilder.record("LocationAggregate").namespace("io.liveblog.schema").fields()
                .requiredString("location").requiredString("mandatoryNewField").endRecord();
        RegistryClient.RegistryException e = assertThrows(RegistryClient.RegistryException.class,
                () -> client.register(subject, breaking));
        assertTrue(e.getMessage().contains("409"), e.getMessage());
    }

    /**
     * A registry outage delays the pipeline and loses nothing. The streams app is started while the registry refuses
     * connections: it cannot register the schemas of its outputs, so it waits (retrying with backoff) instead of
     * failing, and catches up when the registry is back. Later, with every schema id it uses cached, the registry
     * hangs (accepts connections, never answers) just as the first garbage record must be dead-lettered, a schema
     * the app has not registered yet: each request is given up after its timeout and asked again, the stalled
     * transaction is aborted and redone, and the app goes on when the registry answers. The outputs are then those
     * of a run that never saw a registry, key for key, with every garbage record dead-lettered exactly once.
     */
    @Test
    void aRegistryOutageDelaysThePipelineAndLosesNothing() throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        new BenchPosts(21, 500, Gazetteer.curated()).forEachRemaining(posts::add);
        List<LiveBlogUpdate> before = posts.subList(0, 250);
        List<LiveBlogUpdate> after = posts.subList(250, posts.size());
        String run = "outage-" + Long.toString(System.currentTimeMillis(), 36);
        PipelineConfig alone = config(run + "-alone");
        try (TcpGate gate = TcpGate.to(registryPort)) {
            String url = "http://127.0.0.1:" + gate.port() + "/apis/ccompat/v7";
            PipelineConfig cut = config(run + "-cut").withSchemaRegistry(url);
            for (PipelineConfig c : List.of(alone, cut)) {
                TopicAdmin.ensureTopics(c, 1, (short) 1);
            }
            CrashLoop.publish(alone, before, null, 0);
            int garbage = CrashLoop.publish(alone, after, new Random(21), 50);
            try (StreamsApp app = new StreamsApp(alone, Extraction.defaultExtractor())) {
                app.start();
                PipelineRun.awaitProcessed(app, alone, Duration.ofMinutes(5));
            }
            Snapshot expected = CrashLoop.settled(alone);

            gate.refuse();
            CrashLoop.publish(cut, before, null, 0);
            // kept after the run, to read how the app met the outages
            Path log = Files.createDirectories(Path.of("target", "registry-outage")).resolve(run + ".log");
            Process p = ChildJvm.start(log, List.of("-Xmx512m"), "streams", "--bootstrap-servers",
                    kafka.bootstrapServers(), "--config", CrashLoop.configFile(cut, dir).toString(),
                    "--http-port", "0");
            try {
                Thread.sleep(12_000);
                assertTrue(p.isAlive(), "the app waits for the registry instead of failing: " + ItSupport.tail(log));
                assertTrue(CrashLoop.committedOffset(cut) <= 0, "nothing is committed without the registry");
                gate.open();
                awaitCommitted(cut, before.size(), p, log);

                gate.hang();
                CrashLoop.publish(cut, after, new Random(21), 50);
                Thread.sleep(15_000);
                assertTrue(p.isAlive(), "a hung registry does not stop the app: " + ItSupport.tail(log));
                gate.open();
                awaitCommitted(cut, posts.size() + garbage, p, log);

                Snapshot recovered = CrashLoop.settled(cut);
                ItSupport.assertSameSet("claims", expected.claims(), recovered.claims());
                ItSupport.assertSameSet("aggregates", expected.aggregates(), recovered.aggregates());
                assertTrue(expected.aggregates().size() > 50, "a real workload: " + expected.aggregates().size());
                assertEquals(garbage, CrashLoop.deadLetters(alone), "each garbage record dead-lettered once");
                assertEquals(garbage, CrashLoop.deadLetters(cut), "each garbage record dead-lettered once, "
                        + "outages or not");
                String text = Files.readString(log);
                assertTrue(text.contains("could not register") && text.contains("HttpTimeoutException"),
                        "both outages were met and retried: " + ItSupport.tail(log));
            } finally {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private PipelineConfig config(String id) {
        return PipelineConfig.defaults().withBootstrapServers(kafka.bootstrapServers()).withTopicSuffix("." + id)
                .withApplication(id, dir.resolve("state-" + id).toAbsolutePath());
    }

    private static void awaitCommitted(PipelineConfig config, long records, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (CrashLoop.committedOffset(config) < records) {
            assertTrue(p.isAlive(), "the streams JVM died: " + ItSupport.tail(log));
            assertTrue(System.nanoTime() < deadline, "not through " + records + " records in 3 minutes: "
                    + ItSupport.tail(log));
            Thread.sleep(200);
        }
    }

    private static byte[] firstValue(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        return r.value();
                    }
                }
            }
        }
        throw new AssertionError("no record on " + topic);
    }

    private static boolean pythonReady() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import confluent_kafka.schema_registry, avro.io")
                    .redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
