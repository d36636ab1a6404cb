package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.alerts.AlertRules;
import io.liveblog.alerts.AlertsApp;
import io.liveblog.alerts.AlertsTopology;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.geo.Gazetteer;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts end to end on a real broker: the pipeline and the alerts app on the bundled sample, then
 * {@code liveblog alerts --webhook} delivering through a receiver that fails at first, and resuming after a restart
 * without delivering anything twice; {@code --follow --json} printing them.
 */
class AlertsIT {

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();

    @TempDir
    Path dir;

    @Test
    void alertsAreRaisedOnceAndDeliveredOnceThroughRetriesAndRestarts() throws Exception {
        Path configFile = ItSupport.isolatedConfig(dir, "alerts");
        Properties props = new Properties();
        try (var in = Files.newInputStream(configFile)) {
            props.load(in);
        }
        String alertsTopic = props.getProperty("liveblog.topic.aggregates").replace("aggregates", "alerts");
        Files.writeString(configFile, Files.readString(configFile) + "liveblog.topic.alerts=" + alertsTopic + "\n");
        PipelineConfig config = PipelineConfig.load(props, Map.of()).withBootstrapServers(kafka.bootstrapServers());

        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger failFirst = new AtomicInteger(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failFirst.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                received.add(body);
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (Cluster cluster = Cluster.open(config, false);
             StreamsApp app = new StreamsApp(cluster.config(), Extraction.extractor(Gazetteer.bundled()))) {
            TopicAdmin.ensureTopic(cluster.clientProperties(), alertsTopic, 1, true);
            try (AlertsApp alerts = new AlertsApp(cluster.config(), AlertsTopology.alertsTopic(alertsTopic),
                    AlertRules.defaults())) {
                app.start();
                alerts.start();
                try (KafkaUpdateSink sink = Publishing.kafkaSink(cluster.config())) {
                    Publishing.publish(List.of(DemoCommand.bundledSample()), sink, null, Publishing.zones(Map.of()));
                }
                String[] deliver = {"alerts", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    configFile.toString(), "--no-app", "--webhook", hook, "--max-alerts", "5"};
                assertEquals(0, Main.run(deliver));
                assertEquals(5, received.size(), "five alerts delivered, the first after a failed attempt");
                deliver[deliver.length - 1] = "3";
                assertEquals(0, Main.run(deliver));
            }
        } finally {
            receiver.stop(0);
        }
        assertEquals(8, received.size());
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String body : received) {
            JsonNode a = json.readTree(body);
            assertTrue(ids.add(a.get("alertId").asText()), "delivered once: " + a.get("alertId"));
            // the sample raises first reports (one per place, parents included); each quotes its sentence
            assertEquals("first_report", a.get("rule").asText(), body);
            assertTrue(a.get("message").asText().contains(a.get("location").asText()), body);
            assertTrue(a.get("evidence").get(0).get("sentence").asText().length() > 20, "with its sentence: " + body);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream tee = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            assertEquals(0, Main.run("alerts", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    configFile.toString(), "--no-app", "--follow", "--json", "--max-alerts", "8"));
        } finally {
            System.setOut(original);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(8, lines.size(), printed.toString(StandardCharsets.UTF_8));
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            assertTrue(ids.contains(a.get("alertId").asText()), "the printer sees the same alerts from the start");
        }
    }
}
