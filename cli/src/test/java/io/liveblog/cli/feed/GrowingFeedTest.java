package io.liveblog.cli.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.feed.RssParser;
import io.liveblog.producer.feed.RssWriter;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowingFeedTest {

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private static RssWriter.Item post(String id, int minutes, Integer editedAfter, String body) {
        Instant published = T0.plus(Duration.ofMinutes(minutes));
        return new RssWriter.Item(id, published, editedAfter == null ? null
                : published.plus(Duration.ofMinutes(editedAfter)), "Update " + id, "Desk", body);
    }

    private static List<ParsedPost> read(GrowingFeed feed, GrowingFeed.Snapshot s) {
        ParseResult r = new RssParser().parse("feed.xml", feed.xml(s).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.rejected().isEmpty(), r.rejected().toString());
        return r.posts();
    }

    @Test
    void postsAreRevealedInTheOrderTheyWereWrittenOneEveryInterval() {
        ManualClock clock = new ManualClock();
        // given out of order, with an edit of p1 written after p2 was published
        GrowingFeed feed = new GrowingFeed("Quake: live", "https://example.org/live/quake", List.of(
                post("p3", 90, null, "Third."), post("p1", 0, null, "First: 10 killed."),
                post("p2", 30, null, "Second."), post("p1", 0, 45, "First: 12 killed.")),
                2, Duration.ofSeconds(10), clock);

        GrowingFeed.Snapshot start = feed.now();
        assertEquals(List.of("p2", "p1"), read(feed, start).stream().map(ParsedPost::sourcePostId).toList(),
                "the first two versions, newest first");
        clock.advance(Duration.ofSeconds(9));
        assertEquals(start, feed.now(), "nothing new before the interval ends");
        clock.advance(Duration.ofSeconds(1));
        GrowingFeed.Snapshot edited = feed.now();
        assertNotEquals(start.etag(), edited.etag());
        List<ParsedPost> afterEdit = read(feed, edited);
        assertEquals(2, afterEdit.size(), "an edit replaces its post instead of adding one");
        assertEquals("First: 12 killed.", afterEdit.get(1).body());
        assertEquals(T0.plus(Duration.ofMinutes(45)), afterEdit.get(1).updated());
        clock.advance(Duration.ofHours(1));
        GrowingFeed.Snapshot done = feed.now();
        assertEquals(List.of("p3", "p2", "p1"), read(feed, done).stream().map(ParsedPost::sourcePostId).toList());
        assertEquals(4, done.revealed());
        assertEquals(4, done.total());
    }

    @Test
    void aFeedNeedsPostsAndAPositiveInterval() {
        ManualClock clock = new ManualClock();
        assertThrows(IllegalArgumentException.class, () -> new GrowingFeed("t", "l", List.of(), 1,
                Duration.ofSeconds(1), clock));
        List<RssWriter.Item> one = List.of(post("p", 0, null, "b"));
        assertThrows(IllegalArgumentException.class, () -> new GrowingFeed("t", "l", one, 0, Duration.ofSeconds(1),
                clock));
        assertThrows(IllegalArgumentException.class, () -> new GrowingFeed("t", "l", one, 1, Duration.ZERO, clock));
    }

    @Test
    void theServerAnswersAnUnchangedFeed304AndAGrownOne200() throws Exception {
        ManualClock clock = new ManualClock();
        GrowingFeed feed = new GrowingFeed("Quake: live", "https://example.org/live/quake", List.of(
                post("p1", 0, null, "One."), post("p2", 30, null, "Two.")), 1, Duration.ofSeconds(30), clock);
        try (FeedServer server = new FeedServer(new InetSocketAddress("127.0.0.1", 0), feed)) {
            HttpClient http = HttpClient.newHttpClient();
            URI url = URI.create("http://127.0.0.1:" + server.address().getPort() + FeedServer.FEED_PATH);
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode());
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpRequest conditional = HttpRequest.newBuilder(url).header("If-None-Match", etag).build();
            assertEquals(304, http.send(conditional, HttpResponse.BodyHandlers.ofString()).statusCode());
            clock.advance(Duration.ofSeconds(30));
            HttpResponse<String> grown = http.send(conditional, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, grown.statusCode());
            assertTrue(grown.body().contains("p2") && !first.body().contains("p2"), grown.body());
            assertEquals(404, http.send(HttpRequest.newBuilder(url.resolve("/other")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(url.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
