package io.liveblog.cli.embedded;

import io.liveblog.cli.files.Directories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, started from the
 * Maven Central {@code kafka_2.13} artifact. It is what {@code ./liveblog demo} and {@code process} use when no
 * bootstrap servers are configured, and what the integration tests run against.
 *
 * <p>Settings are sized for one broker and a small heap: replication factor 1 everywhere, the transaction state log
 * with min ISR 1 (otherwise exactly-once apps wait forever in REBALANCING), and a 2 MiB log-cleaner dedupe buffer
 * instead of the default 128 MiB.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path logDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final Map<String, Integer> extraPorts;
    private final KafkaRaftServer server;
    private volatile boolean closed;

    private EmbeddedKafka(Path logDir, boolean deleteOnClose, int brokerPort, Map<String, Integer> extraPorts,
                          KafkaRaftServer server) {
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort;
        this.extraPorts = extraPorts;
        this.server = server;
    }

    /**
     * Starts a broker on free loopback ports with its data in a fresh temporary directory deleted on close.
     *
     * @return the running broker
     */
    public static EmbeddedKafka start() {
        try {
            return start(Files.createTempDirectory("liveblog-kafka-"), true, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the embedded broker", e);
        }
    }

    /**
     * Starts a broker.
     *
     * @param logDir data directory (formatted on first use; an existing formatted directory is reused)
     * @param deleteOnClose whether to delete the directory on {@link #close()}
     * @param overrides extra broker properties
     * @return the running broker, ready to accept clients
     */
    public static EmbeddedKafka start(Path logDir, boolean deleteOnClose, Map<String, String> overrides) {
        return start(logDir, deleteOnClose, overrides, Map.of());
    }

    /**
     * Starts a broker with listeners besides its PLAINTEXT one (which it and the tools keep using between
     * themselves), e.g. a {@code SASL_SSL} listener for clients to prove a secured setup works by configuration
     * alone. Each extra listener gets a free loopback port; its settings go in {@code overrides} under
     * {@code listener.name.<name lower case>.}.
     *
     * @param extraListeners listener name -> security protocol ({@code SASL_SSL -> SASL_SSL})
     * @return the running broker ({@link #listenerAddress} gives each extra listener's address)
     */
    public static EmbeddedKafka start(Path logDir, boolean deleteOnClose, Map<String, String> overrides,
                                      Map<String, String> extraListeners) {
        long started = System.nanoTime();
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        Map<String, Integer> extraPorts = new java.util.LinkedHashMap<>();
        extraListeners.forEach((name, protocol) -> {
            int port = freePort();
            extraPorts.put(name, port);
            props.setProperty("listeners", props.getProperty("listeners") + "," + name + "://127.0.0.1:" + port);
            props.setProperty("advertised.listeners", props.getProperty("advertised.listeners") + "," + name
                    + "://127.0.0.1:" + port);
            props.setProperty("listener.security.protocol.map", props.getProperty("listener.security.protocol.map")
                    + "," + name + ":" + protocol);
        });
        overrides.forEach(props::setProperty);
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(props, Uuid.randomUuid().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker log dir " + logDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedKafka kafka = new EmbeddedKafka(logDir, deleteOnClose, brokerPort, Map.copyOf(extraPorts), server);
        try {
            kafka.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        LOG.info("Embedded Kafka broker ready at {} in {} ms (data in {})", kafka.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, logDir);
        return kafka;
    }

    /** @return {@code host:port} for clients */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /**
     * @param listener the name of a listener given at start besides the PLAINTEXT one
     * @return {@code host:port} of that listener
     */
    public String listenerAddress(String listener) {
        Integer port = extraPorts.get(listener);
        if (port == null) {
            throw new IllegalArgumentException("no listener " + listener + " (extra listeners: " + extraPorts.keySet()
                    + ")");
        }
        return "127.0.0.1:" + port;
    }

    /** @return the broker's data directory */
    public Path logDir() {
        return logDir;
    }

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        return nodeProperties(1, "1@127.0.0.1:" + controllerPort, brokerPort, controllerPort, logDir, 1);
    }

    /**
     * The settings of one combined broker-controller node of a KRaft cluster on this machine, as the embedded
     * broker runs: small thread pools and cleaner buffer (an in-process broker shares the JVM with its apps), no
     * automatic topic creation (the apps declare their topics), nothing deleted by age. One place for them, so a
     * test cluster of several nodes runs as the single embedded broker does.
     *
     * @param nodeId this node's id (1, 2, ...)
     * @param voters the controller quorum ({@code 1@127.0.0.1:port,2@...})
     * @param brokerPort this node's PLAINTEXT port
     * @param controllerPort this node's CONTROLLER port
     * @param logDir this node's data directory
     * @param replicas the cluster's nodes: replication factor of every internal and default topic; the minimum
     *     in-sync replicas is one fewer (one node may be lost), at least one
     * @return the node's settings
     */
    public static Properties nodeProperties(int nodeId, String voters, int brokerPort, int controllerPort,
                                            Path logDir, int replicas) {
        String replication = String.valueOf(replicas);
        String minIsr = String.valueOf(Math.max(1, replicas - 1));
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(nodeId));
        p.setProperty("controller.quorum.voters", voters);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        p.setProperty("num.partitions", "1");
        for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor", "share.coordinator.state.topic.replication.factor")) {
            p.setProperty(factor, replication);
        }
        for (String isr : List.of("min.insync.replicas", "transaction.state.log.min.isr",
                "share.coordinator.state.topic.min.isr")) {
            p.setProperty(isr, minIsr);
        }
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("num.io.threads", "2");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.setProperty("log.retention.ms", "-1");
        return p;
    }

    /**
     * Formats a node's log directories (those its properties name) for a KRaft cluster, unless already formatted.
     *
     * @param props the node's broker properties
     * @param clusterId the cluster's id: every node of one cluster is formatted with the same
     */
    public static void format(Properties props, String clusterId) throws IOException {
        Path config = Files.createTempFile("liveblog-broker-", ".properties");
        try (var out = Files.newOutputStream(config)) {
            props.store(out, "embedded liveblog broker");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c",
                config.toString(), "--ignore-formatted"}, ps);
        } finally {
            Files.deleteIfExists(config);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker's log dir " + props.getProperty("log.dirs") + " failed: "
                    + captured.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.debug("broker not ready yet: {}", e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("embedded broker not ready after " + timeout);
                }
                sleep(100);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return a port free on the loopback address now */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** Stops the broker and, if asked at start, deletes its data. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded broker shutdown: {}", e.toString());
        }
        if (deleteOnClose) {
            try {
                Directories.delete(logDir);
            } catch (UncheckedIOException e) {
                LOG.warn("could not delete {}: {}", logDir, e.getCause().toString());
            }
        }
        LOG.info("Embedded Kafka broker stopped");
    }
}
