package io.liveblog.cli;

import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import java.util.function.Function;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-runs the topology over the retained raw updates for an audit: the selected records are copied byte for byte
 * (same partition, key, timestamp and headers, in offset order) to a topic of this replay only, and a fresh
 * application with its own output topics processes them. Nothing of the live application is touched, and because
 * results depend only on the input, replaying everything reproduces the live aggregates.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    /**
     * Which raw updates to replay; nulls mean unbounded.
     *
     * @param fromTime first event time included
     * @param toTime event time excluded from here on
     * @param fromOffset first offset included (every partition)
     * @param toOffset offset excluded from here on (every partition)
     */
    record Range(Instant fromTime, Instant toTime, Long fromOffset, Long toOffset) {
        static final Range ALL = new Range(null, null, null, null);

        boolean includes(ConsumerRecord<?, ?> r) {
            return (fromTime == null || r.timestamp() >= fromTime.toEpochMilli())
                    && (toTime == null || r.timestamp() < toTime.toEpochMilli())
                    && (fromOffset == null || r.offset() >= fromOffset)
                    && (toOffset == null || r.offset() < toOffset);
        }
    }

    private Replay() {
    }

    /**
     * @param live the live pipeline's configuration (its updates topic is read, nothing is written to its topics)
     * @param clientProps client properties of the cluster
     * @param range records to replay
     * @param keepTopics keep the replay's topics afterwards (for inspection)
     * @param timeout processing timeout
     * @param extractor the figure extractor (the live app's, for identical results)
     * @return the replay's snapshot
     */
    static Snapshot run(PipelineConfig live, Properties clientProps, Range range, boolean keepTopics,
                        Duration timeout, Function<PostText, List<ExtractedClaim>> extractor) {
        String runId = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        Path state;
        try {
            state = Files.createTempDirectory("liveblog-" + runId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PipelineConfig replay = live.withTopicSuffix("." + runId)
                .withApplication(live.applicationId() + "-" + runId, state);
        int partitions = partitionCount(clientProps, live.updatesTopic());
        TopicAdmin.ensureTopics(replay, partitions, (short) -1);
        try {
            long copied = copy(clientProps, live.updatesTopic(), replay.updatesTopic(), range);
            LOG.info("Replaying {} raw updates from {} as application {}", copied, live.updatesTopic(),
                    replay.applicationId());
            return PipelineRun.processToSnapshot(replay, clientProps, timeout, extractor);
        } finally {
            if (!keepTopics) {
                deleteTopicsOf(clientProps, replay, runId);
            }
        }
    }

    private static int partitionCount(Properties clientProps, String topic) {
        try (Admin admin = Admin.create(clientProps)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (ExecutionException e) {
            throw new UsageException("cannot read topic " + topic + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long copy(Properties clientProps, String from, String to, Range range) {
        Properties c = new Properties();
        c.putAll(clientProps);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-replay-copy-" + UUID.randomUUID());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        long copied = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(from, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(from, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && range.includes(r)) {
                        producer.send(new ProducerRecord<>(to, r.partition(), r.timestamp(), r.key(), r.value(),
                                r.headers()));
                        copied++;
                    }
                }
            }
            producer.flush();
        }
        return copied;
    }

    private static void deleteTopicsOf(Properties clientProps, PipelineConfig replay, String runId) {
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> names = admin.listTopics().names().get();
            List<String> ours = names.stream()
                    .filter(n -> n.endsWith("." + runId) || n.startsWith(replay.applicationId() + "-")).toList();
            admin.deleteTopics(ours).all().get();
            LOG.info("Deleted replay topics {}", ours);
        } catch (ExecutionException e) {
            LOG.warn("could not delete replay topics: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
