package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.chaos.CrashLoop;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broker loss: a three-node KRaft cluster in this JVM (replication factor 3, {@code min.insync.replicas=2}), the
 * pipeline working through a multi-blog input, and the broker leading the input's first partition stopped in mid-run
 * without handing over its leaderships (as a crash stops it) and brought back later. The pipeline carries on through both changes of leadership, and ends with exactly the
 * claims and aggregates of a run on the same cluster that lost nothing.
 */
class BrokerLossIT {

    private static final int POSTS = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aBrokerStoppedMidRunAndBroughtBackLosesNothingAndCountsNothingTwice() throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        new BenchPosts(13, POSTS, Gazetteer.curated()).forEachRemaining(posts::add);
        try (ThreeBrokers cluster = ThreeBrokers.start(dir.resolve("kafka"))) {
            PipelineConfig clean = config("clean", cluster);
            PipelineConfig lossy = config("lossy", cluster);
            for (PipelineConfig c : List.of(clean, lossy)) {
                TopicAdmin.ensureTopics(c, 2, (short) 3);
                CrashLoop.publish(c, posts, null, 0);
            }
            Snapshot uninterrupted;
            try (StreamsApp app = new StreamsApp(clean, Extraction.defaultExtractor())) {
                app.start();
                PipelineRun.awaitProcessed(app, clean, Duration.ofMinutes(5));
                uninterrupted = settled(clean);
            }

            Snapshot after;
            try (StreamsApp app = new StreamsApp(lossy, Extraction.defaultExtractor())) {
                app.start();
                awaitCommitted(lossy, POSTS / 4);
                int node = cluster.leaderOf(lossy.updatesTopic(), 0);
                cluster.stop(node);
                long atStop = CrashLoop.committedOffset(lossy);
                // it goes on with two brokers: the two in sync still take every write
                awaitCommitted(lossy, atStop + POSTS / 4);
                long atRestart = CrashLoop.committedOffset(lossy);
                cluster.restart(node);
                System.out.printf("BrokerLossIT: broker %d stopped at committed offset %d, restarted at %d of %d%n",
                        node + 1, atStop, atRestart, POSTS);
                assertTrue(atRestart < POSTS, "brought back before the end of the input");
                PipelineRun.awaitProcessed(app, lossy, Duration.ofMinutes(5));
                assertTrue(app.state().isRunningOrRebalancing(), "still running: " + app.state());
                after = settled(lossy);
            }
            assertTrue(uninterrupted.aggregates().size() > 300, "a real workload");
            ItSupport.assertSameSet("claims", uninterrupted.claims(), after.claims());
            ItSupport.assertSameSet("aggregates", uninterrupted.aggregates(), after.aggregates());
        }
    }

    private PipelineConfig config(String name, ThreeBrokers cluster) {
        String id = name + "-" + Uuid.randomUuid().toString().substring(0, 8);
        return PipelineConfig.defaults().withBootstrapServers(cluster.bootstrapServers())
                .withTopicSuffix(".broker-loss-" + id).withApplication("broker-loss-" + id,
                        dir.resolve("state-" + id));
    }

    private static void awaitCommitted(PipelineConfig config, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (CrashLoop.committedOffset(config) < atLeast) {
            assertTrue(System.nanoTime() < deadline, "no progress to " + atLeast + " in 3 minutes");
            Thread.sleep(100);
        }
    }

    private static Snapshot settled(PipelineConfig config) throws InterruptedException {
        Properties client = new Properties();
        client.putAll(TopicAdmin.adminProperties(config));
        return CrashLoop.settled(client, config);
    }

    /** Three combined broker-controller nodes of one KRaft cluster, each stoppable and restartable. */
    static final class ThreeBrokers implements AutoCloseable {

        private final Path root;
        private final String clusterId = Uuid.randomUuid().toString();
        private final int[] brokerPorts = new int[3];
        private final int[] controllerPorts = new int[3];
        private final KafkaRaftServer[] servers = new KafkaRaftServer[3];

        private ThreeBrokers(Path root) {
            this.root = root;
        }

        static ThreeBrokers start(Path root) throws Exception {
            ThreeBrokers c = new ThreeBrokers(root);
            for (int i = 0; i < 3; i++) {
                c.brokerPorts[i] = EmbeddedKafka.freePort();
                c.controllerPorts[i] = EmbeddedKafka.freePort();
            }
            for (int i = 0; i < 3; i++) {
                c.format(i);
            }
            // each node waits for a quorum of controllers in its start: all three start together
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int node = i;
                starts.add(CompletableFuture.runAsync(() -> c.startNode(node)));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            c.awaitBrokers(3);
            return c;
        }

        String bootstrapServers() {
            List<String> out = new ArrayList<>();
            for (int port : brokerPorts) {
                out.add("127.0.0.1:" + port);
            }
            return String.join(",", out);
        }

        /** @return the index (0-2) of the node leading a partition */
        int leaderOf(String topic, int partition) throws Exception {
            try (Admin admin = admin()) {
                int id = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .get(partition).leader().id();
                return id - 1;
            }
        }

        void stop(int node) {
            servers[node].shutdown();
            servers[node].awaitShutdown();
            servers[node] = null;
        }

        void restart(int node) throws Exception {
            startNode(node);
            awaitBrokers(3);
        }

        private void startNode(int node) {
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props(node), false), Time.SYSTEM);
            server.startup();
            servers[node] = server;
        }

        private void awaitBrokers(int n) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try (Admin admin = admin()) {
                while (admin.describeCluster().nodes().get().size() < n) {
                    assertTrue(System.nanoTime() < deadline, "the cluster did not show " + n + " brokers");
                    Thread.sleep(200);
                }
            }
        }

        private Admin admin() {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            return Admin.create(p);
        }

        private Properties props(int node) {
            List<String> voters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                voters.add((i + 1) + "@127.0.0.1:" + controllerPorts[i]);
            }
            Properties p = EmbeddedKafka.nodeProperties(node + 1, String.join(",", voters), brokerPorts[node],
                    controllerPorts[node], root.resolve("node-" + (node + 1)), 3);
            // stopped as a crash stops it, without handing its leaderships over first: the controller finds it gone
            // when its heartbeats stop (and the cluster's close does not wait on a lost quorum)
            p.setProperty("controlled.shutdown.enable", "false");
            p.setProperty("broker.session.timeout.ms", "6000");
            p.setProperty("broker.heartbeat.interval.ms", "1000");
            return p;
        }

        private void format(int node) throws IOException {
            EmbeddedKafka.format(props(node), clusterId);
        }

        @Override
        public void close() {
            List<CompletableFuture<Void>> stops = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (servers[i] != null) {
                    int node = i;
                    stops.add(CompletableFuture.runAsync(() -> stop(node)));
                }
            }
            CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        }
    }
}
