package io.liveblog.producer.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.producer.Fixtures;
import io.liveblog.producer.parse.CnnTextParser;
import io.liveblog.producer.parse.JsonLinesParser;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DryRunSinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Feeds the same input to a dry run and to the Kafka sink. */
    private static void feed(UpdateSink sink, ParseResult blog, ParseResult jsonl) {
        blog.posts().forEach(p -> sink.publish(p, KafkaUpdateSinkTest.FETCHED));
        jsonl.posts().forEach(p -> sink.publish(p, KafkaUpdateSinkTest.FETCHED));
        blog.posts().forEach(p -> sink.publish(p, KafkaUpdateSinkTest.FETCHED)); // unchanged: skipped by both
        jsonl.rejected().forEach(r -> sink.reject(r, KafkaUpdateSinkTest.FETCHED));
        sink.delete("gaza-2023-12-02/p-1", "feed", "jsonl", "jsonl/1");
        sink.flush();
    }

    @Test
    void dryRunLinesAreExactlyThePublishedRecords() throws IOException {
        ParseResult blog = new CnnTextParser().parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt"));
        ParseResult jsonl = new JsonLinesParser().parse("gaza.jsonl", Fixtures.bytes("posts-good-and-bad.jsonl"));

        MockProducer<String, LiveBlogUpdate> updates = new MockProducer<>(true, null, new StringSerializer(),
                Topics.UPDATES.valueSerde().serializer());
        MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null, new StringSerializer(),
                Topics.DEAD_LETTERS.valueSerde().serializer());
        KafkaUpdateSink kafka = new KafkaUpdateSink(updates, deadLetters, "u.v1", "dlq.v1", KafkaUpdateSinkTest.CLOCK);
        feed(kafka, blog, jsonl);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DryRunSink dry = new DryRunSink(new PrintStream(out, true, StandardCharsets.UTF_8), "u.v1", "dlq.v1",
                KafkaUpdateSinkTest.CLOCK);
        feed(dry, blog, jsonl);
        dry.close();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Iterator<ProducerRecord<String, LiveBlogUpdate>> expectedUpdates = updates.history().iterator();
        Iterator<ProducerRecord<String, DeadLetter>> expectedLetters = deadLetters.history().iterator();
        int updateLines = 0;
        int letterLines = 0;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            if (node.get("topic").asText().equals("u.v1")) {
                ProducerRecord<String, LiveBlogUpdate> expected = expectedUpdates.next();
                assertEquals(expected.key(), node.get("key").asText());
                assertEquals(expected.timestamp().longValue(),
                        Instant.parse(node.get("timestamp").asText()).toEpochMilli());
                assertHeaders(expected, node);
                assertEquals(expected.value(), node.get("value").isNull() ? null : updateFrom(node.get("value")));
                updateLines++;
            } else {
                ProducerRecord<String, DeadLetter> expected = expectedLetters.next();
                assertEquals("dlq.v1", node.get("topic").asText());
                assertEquals(expected.key(), node.get("key").asText());
                assertHeaders(expected, node);
                assertEquals(expected.value(), deadLetterFrom(node.get("value")));
                letterLines++;
            }
        }
        assertFalse(expectedUpdates.hasNext());
        assertFalse(expectedLetters.hasNext());
        assertEquals(6 + 4 + 1, updateLines, "blog posts, JSON posts and one tombstone");
        assertEquals(jsonl.rejected().size(), letterLines);
        assertEquals(kafka.summary(), dry.summary());
    }

    @Test
    void eachRecordIsOneLineEvenWithLineBreaksInTheBody() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DryRunSink dry = new DryRunSink(new PrintStream(out, true, StandardCharsets.UTF_8), "u", "d",
                KafkaUpdateSinkTest.CLOCK);
        dry.publish(new ParsedPost("1", "b", null, null, KafkaUpdateSinkTest.NOW, null, "Ünïcode “quotes”", null,
                "One.\n\nTwo.", "jsonl", "jsonl/1", "b.jsonl:1"));
        dry.flush();
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.split("\n").length);
        assertTrue(text.contains("Ünïcode “quotes”"));
        assertTrue(text.contains("\"body\":\"One.\\n\\nTwo.\""));
    }

    @Test
    void writeErrorsAreReportedByFlush() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        DryRunSink dry = new DryRunSink(new PrintStream(broken, true, StandardCharsets.UTF_8), "u", "d",
                KafkaUpdateSinkTest.CLOCK);
        dry.publish(new ParsedPost("1", "b", null, null, KafkaUpdateSinkTest.NOW, null, "h", null, "x", "jsonl",
                "jsonl/1", "b.jsonl:1"));
        assertThrows(PublishException.class, dry::flush);
    }

    private static void assertHeaders(ProducerRecord<String, ?> expected, JsonNode node) {
        List<String> names = new ArrayList<>();
        node.get("headers").fieldNames().forEachRemaining(names::add);
        List<String> published = new ArrayList<>();
        expected.headers().forEach(h -> published.add(h.key()));
        assertEquals(published, names);
        assertEquals(List.of("source", "format", "parser-version", "fetch-time"), names.subList(0, 4));
        for (String name : names) {
            assertEquals(KafkaUpdateSinkTest.header(expected, name), node.get("headers").get(name).asText());
        }
    }

    private static LiveBlogUpdate updateFrom(JsonNode v) {
        return LiveBlogUpdate.newBuilder()
                .setPostId(v.get("postId").asText())
                .setBlogId(v.get("blogId").asText())
                .setBlogUrl(text(v, "blogUrl"))
                .setPostUrl(text(v, "postUrl"))
                .setPublishedAt(Instant.parse(v.get("publishedAt").asText()))
                .setUpdatedAt(v.get("updatedAt").isNull() ? null : Instant.parse(v.get("updatedAt").asText()))
                .setHeadline(v.get("headline").asText())
                .setByline(text(v, "byline"))
                .setBody(v.get("body").asText())
                .setContentHash(v.get("contentHash").asText())
                .setParserVersion(v.get("parserVersion").asText())
                .setSourceFormat(v.get("sourceFormat").asText())
                .setPublishedOffset(text(v, "publishedOffset"))
                .build();
    }

    private static DeadLetter deadLetterFrom(JsonNode v) {
        return DeadLetter.newBuilder()
                .setReason(v.get("reason").asText())
                .setStage(v.get("stage").asText())
                .setSource(v.get("source").asText())
                .setSourceFormat(text(v, "sourceFormat"))
                .setErrorClass(text(v, "errorClass"))
                .setPayload(ByteBuffer.wrap(Base64.getDecoder().decode(v.get("payload").asText())))
                .setPayloadTruncated(v.get("payloadTruncated").asBoolean())
                .setOccurredAt(Instant.parse(v.get("occurredAt").asText()))
                .build();
    }

    private static String text(JsonNode v, String field) {
        return v.get(field).isNull() ? null : v.get(field).asText();
    }
}
