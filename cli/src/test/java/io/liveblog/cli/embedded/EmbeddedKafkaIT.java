package io.liveblog.cli.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The in-process broker the README's main command runs on: a single KRaft node that serves what exactly-once needs
 * (transactions, read-committed reads), and gives back its port and log directory when closed.
 */
class EmbeddedKafkaIT {

    @Test
    void servesTransactionsOnOneNodeAndReleasesItsPortAndDirectoryWhenClosed() throws Exception {
        String topic = "embedded-it-" + UUID.randomUUID();
        EmbeddedKafka kafka = EmbeddedKafka.start();
        String servers = kafka.bootstrapServers();
        int port = Integer.parseInt(servers.substring(servers.lastIndexOf(':') + 1));
        Path logDir = kafka.logDir();
        try (kafka) {
            Properties common = new Properties();
            common.put("bootstrap.servers", servers);
            try (Admin admin = Admin.create(common)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
            Properties p = new Properties();
            p.putAll(common);
            p.put("transactional.id", "embedded-it-" + UUID.randomUUID());
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "k", "aborted"));
                producer.flush(); // on the broker's log before the abort, or the client drops it and nothing is tested
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "k", "committed"));
                producer.commitTransaction();
            }
            assertEquals(List.of("committed"), readCommitted(common, topic),
                    "a read-committed reader sees the committed record only");
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort(), "the broker's port is free once it is closed");
        }
        assertFalse(Files.exists(logDir), "the temporary log directory is deleted");
    }

    private static List<String> readCommitted(Properties common, String topic) {
        Properties c = new Properties();
        c.putAll(common);
        c.put("isolation.level", "read_committed");
        c.put("group.id", "embedded-it-" + UUID.randomUUID());
        List<String> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            // A read-committed end offset is the last stable offset: right after commitTransaction() returns, the
            // commit marker may not be written yet, and the end still stops before the committed record. So the end
            // is asked again after each poll, until something was read and the reader has reached it.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    read.add(r.value());
                }
                if (!read.isEmpty() && consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp)) {
                    break;
                }
            }
        }
        return read;
    }
}
