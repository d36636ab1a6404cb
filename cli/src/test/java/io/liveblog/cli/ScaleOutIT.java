package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.bench.BenchPosts;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out path: the same multi-blog, out-of-order input processed on one partition by one thread, and on six
 * partitions by two stream threads, and by two app instances (two threads and one), gives exactly the same claims
 * and aggregates.
 */
class ScaleOutIT {

    @TempDir
    Path dir;

    @Test
    void sixPartitionsOnTwoStreamThreadsGiveTheAggregatesOfOnePartition() throws Exception {
        compare(false);
    }

    @Test
    void sixPartitionsTwoInstancesGiveTheAggregatesOfOnePartition() throws Exception {
        compare(true);
    }

    private void compare(boolean twoInstances) throws Exception {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        // blogs of ~30 hours each, shuffled within a few hours: nothing is late or sealed, so the result is a
        // function of the input alone however it is partitioned
        new BenchPosts(9, 1500, Gazetteer.curated()).forEachRemaining(posts::add);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            PipelineConfig base = PipelineConfig.defaults().withBootstrapServers(kafka.bootstrapServers());
            PipelineConfig one = base.withTopicSuffix(".one-" + id).withApplication("scale-one-" + id,
                    dir.resolve("one"));
            PipelineConfig six = base.withTopicSuffix(".six-" + id).withApplication("scale-six-" + id,
                    dir.resolve("six-a")).withScaleOut(6, 2);

            Snapshot onePartition = run(one, posts, List.of(one));
            Snapshot sixPartitions = run(six, posts, twoInstances
                    ? List.of(six, six.withApplication(six.applicationId(), dir.resolve("six-b")).withScaleOut(6, 1))
                    : List.of(six));

            try (Admin admin = Admin.create(TopicAdmin.adminProperties(six))) {
                String repartition = six.applicationId() + "-" + LiveBlogTopology.Names.CLAIMS_BY_LOCATION
                        + "-repartition";
                assertEquals(6, admin.describeTopics(List.of(repartition)).allTopicNames().get().get(repartition)
                        .partitions().size());
            }
            assertTrue(onePartition.aggregates().size() > 200, "aggregates: " + onePartition.aggregates().size());
            assertTrue(onePartition.aggregates().stream().anyMatch(a -> a.claimCount() > 20),
                    "some aggregates rest on many claims");
            ItSupport.assertSameSet("claims", onePartition.claims(), sixPartitions.claims());
            ItSupport.assertSameSet("aggregates", onePartition.aggregates(), sixPartitions.aggregates());
        }
    }

    /** Creates the topics, publishes the posts, runs the instances until they caught up, reads the snapshot. */
    private static Snapshot run(PipelineConfig config, List<LiveBlogUpdate> posts, List<PipelineConfig> instances)
            throws InterruptedException {
        TopicAdmin.ensureTopics(config, config.partitions(), (short) 1);
        Properties client = new Properties();
        client.putAll(TopicAdmin.adminProperties(config));
        try (KafkaProducer<String, LiveBlogUpdate> producer = BenchCommand.producer(client)) {
            BenchCommand.publish(producer, config.updatesTopic(), posts.iterator(), posts.size(), done -> { });
        }
        List<StreamsApp> apps = new ArrayList<>();
        try {
            for (PipelineConfig instance : instances) {
                StreamsApp app = new StreamsApp(instance, Extraction.defaultExtractor());
                app.start();
                apps.add(app);
            }
            PipelineRun.awaitProcessed(apps.get(0), config, Duration.ofMinutes(5));
            for (StreamsApp app : apps) {
                assertEquals(KafkaStreams.State.RUNNING, app.state());
                assertFalse(app.streams().metadataForLocalThreads().stream()
                        .allMatch(t -> t.activeTasks().isEmpty()), "every instance takes part");
            }
            return ItSupport.settled(client, config);
        } finally {
            apps.forEach(StreamsApp::close);
        }
    }
}
