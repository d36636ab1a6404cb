package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Producer -> real broker -> streams app -> aggregates topic, read back by a plain consumer. */
class PipelineIT {

    @TempDir
    Path stateDir;

    @Test
    void postsBecomeAggregatesOnTheOutputTopicAndBadLinesBecomeDeadLetters() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            PipelineConfig config = PipelineConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                    .withTopicSuffix(".pipeline-it-" + id).withApplication("pipeline-it-" + id, stateDir);
            TopicAdmin.ensureTopics(config, 2, (short) 1);

            PublishSummary summary;
            try (KafkaUpdateSink sink = Publishing.kafkaSink(config)) {
                summary = Publishing.publish(List.of(fixture("edit-v1.jsonl")), sink, null, Publishing.zones(Map.of()));
            }
            assertEquals(2, summary.published());
            assertEquals(1, summary.deadLettered());

            try (StreamsApp app = new StreamsApp(config, Extraction.defaultExtractor())) {
                app.start();
                Properties props = new Properties();
                props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
                props.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-it-reader-" + id);
                props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
                List<LocationAggregate> seen = new ArrayList<>();
                try (KafkaConsumer<String, LocationAggregate> consumer = new KafkaConsumer<>(props,
                        Topics.AGGREGATES.keySerde().deserializer(), Topics.AGGREGATES.valueSerde().deserializer())) {
                    consumer.subscribe(List.of(config.aggregatesTopic()));
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    while (!hasKilledTotalAtTheStrip(seen) && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, LocationAggregate> r : consumer.poll(Duration.ofMillis(500))) {
                            if (r.value() != null) {
                                seen.add(r.value());
                                assertEquals(r.value().getLocationId() + "|" + r.value().getMetric() + "|"
                                        + r.value().getWindow(), r.key(), "aggregates are keyed place|metric|window");
                            }
                        }
                    }
                }
                assertTrue(hasKilledTotalAtTheStrip(seen), "aggregates seen: " + seen);
                assertTrue(app.state().isRunningOrRebalancing(), "still alive: " + app.state());
            }

            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            Map<String, DeadLetter> letters = CompactedTopicReader.read(client,
                    Topics.DEAD_LETTERS.renamed(config.deadLetterTopic()));
            assertEquals(1, letters.size());
            DeadLetter letter = letters.values().iterator().next();
            assertEquals("producer", letter.getStage());
            assertTrue(letter.getSource().contains("edit-v1.jsonl:3"), letter.getSource());
            assertEquals("this line is not JSON", new String(letter.getPayload().array(),
                    java.nio.charset.StandardCharsets.UTF_8).trim());
        }
    }

    private static boolean hasKilledTotalAtTheStrip(List<LocationAggregate> seen) {
        return seen.stream().anyMatch(a -> a.getMetric().equals("killed") && a.getWindow().equals("total")
                && a.getLocation().equals("Gaza Strip") && Long.valueOf(212L).equals(a.getValue()));
    }
}
