package io.liveblog.producer.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.identify.PostIdentity;
import io.liveblog.producer.parse.CnnTextParser;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** {@link #NOW}, {@link #CLOCK} and {@link #header} are shared with {@code read.FileSourceTest}, hence public. */
public class KafkaUpdateSinkTest {

    public static final Instant NOW = Instant.parse("2024-01-15T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant FETCHED = Instant.parse("2024-01-15T08:59:30Z");

    private final MockProducer<String, LiveBlogUpdate> updates = new MockProducer<>(true, null,
            new StringSerializer(), Topics.UPDATES.valueSerde().serializer());
    private final MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null,
            new StringSerializer(), Topics.DEAD_LETTERS.valueSerde().serializer());
    private final KafkaUpdateSink sink = new KafkaUpdateSink(updates, deadLetters, "test.updates", "test.dlq", CLOCK);

    private static ParseResult quake() {
        return new CnnTextParser().parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt"));
    }

    @Test
    void publishesEachPostKeyedByPostIdAtItsEventTimeWithHeaders() {
        List<ParsedPost> posts = quake().posts();
        posts.forEach(p -> sink.publish(p, FETCHED));
        sink.flush();

        List<ProducerRecord<String, LiveBlogUpdate>> sent = updates.history();
        assertEquals(posts.size(), sent.size());
        for (int i = 0; i < posts.size(); i++) {
            ParsedPost post = posts.get(i);
            ProducerRecord<String, LiveBlogUpdate> record = sent.get(i);
            assertEquals("test.updates", record.topic());
            assertEquals(PostIdentity.postId(post), record.key());
            assertEquals(record.key(), record.value().getPostId());
            assertEquals(post.published().toEpochMilli(), record.timestamp());
            assertEquals(post.origin(), header(record, "source"));
            assertEquals("cnn-text", header(record, "format"));
            assertEquals("cnn-text/1", header(record, "parser-version"));
            assertEquals("2024-01-15T08:59:30Z", header(record, "fetch-time"));
        }
        assertEquals(new PublishSummary(6, 6, 0, 0, 0, 0), sink.summary());
    }

    @Test
    void unchangedVersionsAreSkippedAndEditsArePublished() {
        List<ParsedPost> posts = quake().posts();
        posts.forEach(sink::publish);
        posts.forEach(sink::publish);
        ParsedPost first = posts.get(0);
        ParsedPost edited = new ParsedPost(null, first.blogId(), null, null, first.published(), null,
                first.headline(), first.byline(), first.body() + "\n\nA new paragraph.", first.format(),
                first.parserVersion(), first.origin());
        sink.publish(edited);
        sink.flush();

        assertEquals(7, updates.history().size());
        assertEquals(new PublishSummary(13, 7, 6, 0, 0, 0), sink.summary());
        ProducerRecord<String, LiveBlogUpdate> last = updates.history().get(6);
        assertEquals(updates.history().get(0).key(), last.key());
        assertFalse(last.value().getContentHash().equals(updates.history().get(0).value().getContentHash()));
    }

    @Test
    void deletionIsATombstoneWithHeadersAndAllowsRepublishing() {
        ParsedPost post = quake().posts().get(0);
        sink.publish(post);
        String id = PostIdentity.postId(post);
        sink.delete(id, "https://example.org/live", "rss", "rss/1");
        sink.publish(post);
        sink.flush();

        ProducerRecord<String, LiveBlogUpdate> tombstone = updates.history().get(1);
        assertEquals(id, tombstone.key());
        assertNull(tombstone.value());
        assertEquals(NOW.toEpochMilli(), tombstone.timestamp());
        assertEquals("https://example.org/live", header(tombstone, "source"));
        assertEquals("rss", header(tombstone, "format"));
        assertEquals("rss/1", header(tombstone, "parser-version"));
        assertEquals(3, updates.history().size(), "a deleted post that comes back is published again");
        assertEquals(1, sink.summary().deleted());

        sink.delete("x/1", "somewhere");
        assertEquals("unknown", header(updates.history().get(3), "format"));
    }

    @Test
    void rejectsBecomeDeadLettersWithReasonAndCappedPayload() {
        byte[] big = new byte[UpdateRecords.MAX_PAYLOAD_BYTES + 10];
        Arrays.fill(big, (byte) 'x');
        sink.reject(new Rejected("blog.jsonl:7", "not valid JSON", big, "jsonl",
                new IllegalArgumentException("boom")), FETCHED);
        sink.reject(new Rejected("blog.jsonl:9", "'body' is missing", Fixtures.utf8("{}"), "jsonl", null));
        sink.flush();

        List<ProducerRecord<String, DeadLetter>> sent = deadLetters.history();
        assertEquals(2, sent.size());
        ProducerRecord<String, DeadLetter> first = sent.get(0);
        assertEquals("test.dlq", first.topic());
        assertEquals("blog.jsonl:7", first.key());
        assertEquals(NOW.toEpochMilli(), first.timestamp());
        DeadLetter letter = first.value();
        assertEquals("not valid JSON", letter.getReason());
        assertEquals("producer", letter.getStage());
        assertEquals("blog.jsonl:7", letter.getSource());
        assertEquals("jsonl", letter.getSourceFormat());
        assertEquals("java.lang.IllegalArgumentException", letter.getErrorClass());
        assertEquals(UpdateRecords.MAX_PAYLOAD_BYTES, letter.getPayload().remaining());
        assertTrue(letter.getPayloadTruncated());
        assertEquals(NOW, letter.getOccurredAt());
        assertEquals("2024-01-15T08:59:30Z", header(first, "fetch-time"));
        assertEquals("blog.jsonl:7", header(first, "source"));

        DeadLetter second = sent.get(1).value();
        assertFalse(second.getPayloadTruncated());
        assertNull(second.getErrorClass());
        assertArrayEquals(Fixtures.utf8("{}"), bytes(second.getPayload()));
        assertEquals(new PublishSummary(2, 0, 0, 0, 2, 0), sink.summary());
        assertTrue(updates.history().isEmpty());
    }

    @Test
    void oversizedPostIsDeadLetteredInsteadOfFailingTheRun() {
        ParsedPost post = new ParsedPost("1", "b", null, null, NOW, null, "h", null,
                "y".repeat(CountingSink.MAX_POST_BYTES + 1), "jsonl", "jsonl/1", "b.jsonl:1");
        sink.publish(post);
        sink.flush();
        assertTrue(updates.history().isEmpty());
        assertEquals(1, deadLetters.history().size());
        assertTrue(deadLetters.history().get(0).value().getReason().contains("over the limit"));
        assertEquals(new PublishSummary(1, 0, 0, 0, 1, 0), sink.summary());
    }

    @Test
    void flushSurfacesFailedSendsAndAFailedVersionIsRetried() {
        MockProducer<String, LiveBlogUpdate> manual = new MockProducer<>(false, null, new StringSerializer(),
                Topics.UPDATES.valueSerde().serializer());
        KafkaUpdateSink failing = new KafkaUpdateSink(manual, deadLetters, "u", "d", CLOCK);
        ParsedPost post = quake().posts().get(0);
        failing.publish(post);
        manual.errorNext(new TimeoutException("broker unreachable"));

        PublishException e = assertThrows(PublishException.class, failing::flush);
        assertEquals(1, e.failedRecords());
        assertTrue(e.getMessage().contains("broker unreachable"));
        assertEquals(1, failing.summary().failed());

        failing.publish(post);
        manual.completeNext();
        failing.flush();
        assertEquals(new PublishSummary(2, 1, 0, 0, 0, 1), failing.summary());
    }

    @Test
    void synchronousSendErrorIsReportedByFlush() {
        updates.sendException = new org.apache.kafka.common.KafkaException("producer fenced");
        sink.publish(quake().posts().get(0));
        assertThrows(PublishException.class, sink::flush);
        sink.flush(); // reported once
    }

    @Test
    void closeClosesBothProducers() {
        sink.close();
        assertTrue(updates.closed());
        assertTrue(deadLetters.closed());
    }

    @Test
    void publishedValuesDecodeToTheSameRecords() {
        quake().posts().forEach(sink::publish);
        sink.flush();
        for (ProducerRecord<String, LiveBlogUpdate> r : updates.history()) {
            byte[] wire = Topics.UPDATES.valueSerde().serializer().serialize(r.topic(), r.value());
            assertEquals(r.value(), Topics.UPDATES.valueSerde().deserializer().deserialize(r.topic(), wire));
        }
    }

    public static String header(ProducerRecord<String, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
