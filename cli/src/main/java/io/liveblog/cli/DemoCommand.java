package io.liveblog.cli;

import io.liveblog.alerts.AlertJson;
import io.liveblog.alerts.AlertsApp;
import io.liveblog.alerts.AlertRules;
import io.liveblog.alerts.AlertsConfig;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.dashboard.Dashboard;
import io.liveblog.dashboard.DashboardConfig;
import io.liveblog.geo.Gazetteer;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.schema.Alert;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.StreamsApp;
import io.liveblog.topics.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog demo}: the whole pipeline in one process, printing the aggregate table as it changes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start an embedded Kafka broker (unless --bootstrap-servers is given), the streams app and "
                + "the producer; publish a live blog (by default the sample bundled with the project) and print "
                + "the table of running totals whenever it changes and the alerts the bundled rules raise, and "
                + "serve the live dashboard (default http://127.0.0.1:8080/). Runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failed", "2:unusable input or options"})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "/io/liveblog/cli/samples/sample-liveblog.txt";

    @Option(names = "--input", paramLabel = "PATH", description = "Live blog to publish (repeatable; .txt or "
            + ".jsonl). Default: the bundled sample.")
    List<Path> inputs = List.of();

    @Option(names = "--duration", paramLabel = "DURATION", description = "Stop after this long (ISO-8601, e.g. "
            + "PT30S) instead of waiting for Ctrl-C; for scripted runs.")
    Duration duration;

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Mixin
    HttpOptions http = new HttpOptions();

    @Override
    public Integer call() throws InterruptedException {
        List<Path> toPublish = inputs.isEmpty() ? List.of(bundledSample()) : inputs;
        Publishing.checkInputs(toPublish);
        DashboardConfig httpConfig = http.config(pipeline.cluster);
        AlertsConfig alertsConfig = HttpOptions.alertsConfig(pipeline.cluster);
        AlertRules rules;
        try {
            rules = alertsConfig.rules();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Gazetteer gazetteer = pipeline.places.gazetteer();
        try (GracefulShutdown shutdown = new GracefulShutdown("liveblog-demo-shutdown");
             Cluster c = Cluster.open(pipeline.cluster.config(), true);
             StreamsApp app = new StreamsApp(c.config(), Extraction.extractor(gazetteer),
                     HttpOptions.applicationServer(httpConfig));
             Dashboard dashboard = HttpOptions.serve(httpConfig, c.config(), app, gazetteer,
                     HttpOptions.alertsTopic(alertsConfig, c.config()));
             AlertsApp alerts = alertsApp(c, HttpOptions.alertsTopic(alertsConfig, c.config()), rules);
             KafkaConsumer<String, LocationAggregate> consumer = aggregatesConsumer(c);
             KafkaConsumer<String, Alert> alertsConsumer = alertsConsumer(c,
                     HttpOptions.alertsTopic(alertsConfig, c.config()))) {
            shutdown.onStop(consumer::wakeup);
            app.start();
            alerts.start();
            PublishSummary summary;
            try (KafkaUpdateSink sink = Publishing.kafkaSink(c.config())) {
                summary = Publishing.publish(toPublish, sink, null, Publishing.zones(java.util.Map.of()));
            }
            System.err.printf("Published %s; broker %s. Ctrl-C to stop.%n", summary, c.config().bootstrapServers());
            consumer.subscribe(List.of(c.config().aggregatesTopic()));
            AggregateTable table = new AggregateTable();
            long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            try {
                while (!shutdown.stopRequested() && System.nanoTime() < deadline) {
                    ConsumerRecords<String, LocationAggregate> batch = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, LocationAggregate> r : batch) {
                        table.apply(r.key(), r.value());
                    }
                    if (!batch.isEmpty()) {
                        table.print(System.out);
                    }
                    for (ConsumerRecord<String, Alert> r : alertsConsumer.poll(Duration.ZERO)) {
                        System.out.println("ALERT " + AlertJson.line(r.value()));
                    }
                }
            } catch (WakeupException e) {
                // Ctrl-C: fall through to the orderly close of consumer, streams app and broker
            }
        }
        return ExitCodes.OK;
    }

    /** The alerts app with the bundled rules (or liveblog.alerts.rules), on its topic. */
    private static AlertsApp alertsApp(Cluster c, Topic<String, Alert> topic, AlertRules rules) {
        TopicAdmin.ensureTopic(c.clientProperties(), topic.name(), c.config().partitions(), true);
        return new AlertsApp(c.config(), topic, rules);
    }

    private static KafkaConsumer<String, Alert> alertsConsumer(Cluster c, Topic<String, Alert> topic) {
        Properties p = c.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-demo-alerts-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }

    private static KafkaConsumer<String, LocationAggregate> aggregatesConsumer(Cluster c) {
        Properties p = c.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-demo-view-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, c.config().aggregates().keySerde().deserializer(),
                c.config().aggregates().valueSerde().deserializer());
    }

    /** Copies the bundled sample to a temporary file (the parser is chosen by file extension). */
    static Path bundledSample() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample " + SAMPLE_RESOURCE + " missing from the build");
            }
            Path dir = Files.createTempDirectory("liveblog-sample-");
            Path file = dir.resolve("sample-liveblog.txt");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled sample", e);
        }
    }
}
