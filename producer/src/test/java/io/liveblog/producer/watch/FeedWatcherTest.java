package io.liveblog.producer.watch;

import io.liveblog.producer.feed.Fixtures;
import io.liveblog.producer.feed.ParserLimits;
import io.liveblog.producer.watch.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.liveblog.producer.watch.TestFeeds.item;
import static io.liveblog.producer.watch.TestFeeds.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedWatcherTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final String BLOG = "floods-example-live-kura";

    @TempDir
    Path dir;
    private ScriptedServer server;
    private RecordingSink sink;
    private WatchState state;
    private WatchOptions options;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        sink = new RecordingSink();
        state = WatchState.open(dir.resolve("state.json"));
        options = WatchOptions.of(server.url("/live/kura.rss")).withStateFile(dir.resolve("state.json"))
                .withNetwork(Duration.ofSeconds(5), RetryPolicy.defaults());
    }

    @AfterEach
    void stop() {
        state.close();
        server.close();
    }

    private FeedWatcher watcher(WatchOptions watchOptions) {
        return new FeedWatcher(watchOptions, sink, state, watchOptions.parsers(), http,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);
    }

    private static Reply feed(String etag, TestFeeds.Item... items) {
        return Reply.ok(RSS, rss(items), etag == null ? Map.of() : Map.of("ETag", etag,
                "Last-Modified", "Sat, 01 Jun 2024 11:59:00 GMT"));
    }

    @Test
    void newPostsArePublishedOldestFirstAndTheValidatorsRecorded() {
        server.then(feed("\"v1\"", TestFeeds.SECOND, TestFeeds.FIRST));

        PollOutcome outcome = watcher(options).pollOnce();

        assertEquals(PollOutcome.Kind.FETCHED, outcome.kind());
        assertEquals(2, outcome.newPosts());
        assertEquals(List.of("River breaks its banks", "Two dead in Kura valley"), sink.headlines());
        assertEquals(List.of(NOW, NOW), sink.fetchTimes);
        assertEquals(1, sink.flushes);
        SourceState saved = state.source(options.url().toString());
        assertEquals("\"v1\"", saved.etag());
        assertEquals("Sat, 01 Jun 2024 11:59:00 GMT", saved.lastModified());
        assertEquals(List.of(BLOG + "/p1", BLOG + "/p2"), List.copyOf(saved.posts().keySet()));
        assertEquals(options.interval(), outcome.nextDelay());
    }

    @Test
    void validatorsAreSentAndNotModifiedPublishesNothing() {
        server.then(feed("\"v1\"", TestFeeds.FIRST)).then(request -> {
            boolean conditional = "\"v1\"".equals(request.header("If-None-Match"))
                    && "Sat, 01 Jun 2024 11:59:00 GMT".equals(request.header("If-Modified-Since"));
            return conditional ? Reply.status(304, Map.of("ETag", "\"v1\"")) : feed("\"v1\"", TestFeeds.FIRST);
        });
        FeedWatcher watcher = watcher(options);

        watcher.pollOnce();
        PollOutcome second = watcher.pollOnce();

        assertEquals(PollOutcome.Kind.NOT_MODIFIED, second.kind());
        assertEquals(1, sink.published.size());
        assertNull(server.requests.get(0).header("If-None-Match"), "the first poll has nothing to compare with");
        assertTrue(server.requests.get(0).header("User-Agent").startsWith("liveblog-pipeline-watcher/"));
    }

    @Test
    void anEditIsPublishedOnceAndUnchangedPostsNever() {
        server.then(feed(null, TestFeeds.SECOND, TestFeeds.FIRST))
                .then(feed(null, TestFeeds.THIRD, TestFeeds.SECOND_EDITED, TestFeeds.FIRST))
                .then(feed(null, TestFeeds.THIRD, TestFeeds.SECOND_EDITED, TestFeeds.FIRST));
        FeedWatcher watcher = watcher(options);

        watcher.pollOnce();
        PollOutcome changed = watcher.pollOnce();
        PollOutcome same = watcher.pollOnce();

        assertEquals(1, changed.newPosts());
        assertEquals(1, changed.editedPosts());
        assertEquals(1, changed.unchangedPosts());
        assertEquals(0, same.published());
        assertEquals(3, same.unchangedPosts());
        assertEquals(List.of("River breaks its banks", "Two dead in Kura valley", "Three dead in Kura valley",
                "Evacuation centres open"), sink.headlines());
    }

    @Test
    void serverErrorsBackOffHonourRetryAfterAndRecover() {
        server.then(Reply.status(500, Map.of()))
                .then(Reply.status(503, Map.of("Retry-After", "120")))
                .then(Reply.status(429, Map.of("Retry-After", "Sat, 01 Jun 2024 12:00:30 GMT")))
                .then(feed(null, TestFeeds.FIRST));
        FeedWatcher watcher = watcher(options);

        PollOutcome first = watcher.pollOnce();
        PollOutcome second = watcher.pollOnce();
        PollOutcome third = watcher.pollOnce();
        PollOutcome recovered = watcher.pollOnce();

        assertEquals(PollOutcome.Kind.TRANSIENT_FAILURE, first.kind());
        assertEquals(500, first.httpStatus());
        // 5 s initial, equal jitter at 0.5: 2.5 s + 1.25 s
        assertEquals(Duration.ofMillis(3750), first.nextDelay());
        assertEquals(Duration.ofSeconds(120), second.nextDelay(), "Retry-After seconds beat the 7.5 s backoff");
        assertEquals(Duration.ofSeconds(30), third.nextDelay(), "Retry-After as an HTTP date, 30 s after now");
        assertEquals(PollOutcome.Kind.FETCHED, recovered.kind());
        assertEquals(options.interval(), recovered.nextDelay());
        assertEquals(1, sink.published.size());
    }

    @Test
    void clientErrorsAreNotRetriedFasterThanTheInterval() {
        server.then(Reply.status(404, Map.of())).then(Reply.status(403, Map.of())).then(feed(null, TestFeeds.FIRST));
        FeedWatcher watcher = watcher(options);

        PollOutcome notFound = watcher.pollOnce();
        PollOutcome forbidden = watcher.pollOnce();
        PollOutcome ok = watcher.pollOnce();

        assertEquals(PollOutcome.Kind.CLIENT_ERROR, notFound.kind());
        assertEquals(options.interval(), notFound.nextDelay());
        assertTrue(notFound.detail().contains("gone or the URL is wrong"));
        assertTrue(forbidden.detail().contains("access refused"));
        assertEquals(PollOutcome.Kind.FETCHED, ok.kind());
        assertEquals(0, sink.rejected.size(), "an HTTP error is not input; nothing is dead-lettered");
    }

    @Test
    void aRefusedConnectionIsATransientFailure() throws IOException {
        URI closed;
        try (ScriptedServer gone = new ScriptedServer()) {
            closed = gone.url("/feed.rss");
        }
        WatchOptions toClosedPort = WatchOptions.of(closed).withStateFile(options.stateFile())
                .withNetwork(Duration.ofSeconds(5), RetryPolicy.defaults());

        PollOutcome outcome = watcher(toClosedPort).pollOnce();

        assertEquals(PollOutcome.Kind.TRANSIENT_FAILURE, outcome.kind());
        assertEquals(-1, outcome.httpStatus());
        assertTrue(sink.published.isEmpty());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATransientFailure() {
        CountDownLatch release = new CountDownLatch(1);
        server.then(request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return feed(null, TestFeeds.FIRST);
        });
        WatchOptions impatient = options.withNetwork(Duration.ofMillis(300), RetryPolicy.defaults());
        try {
            PollOutcome outcome = watcher(impatient).pollOnce();

            assertEquals(PollOutcome.Kind.TRANSIENT_FAILURE, outcome.kind());
            assertTrue(outcome.detail().contains("timed out") || outcome.detail().contains("no complete response"),
                    outcome.detail());
        } finally {
            release.countDown();
        }
    }

    @Test
    void deletionsArePublishedWhenAskedForPostsWithinTheListedWindowOnly() {
        TestFeeds.Item fourth = item("p4", "2024-06-01T11:00:00Z", "Bridge reopens", "Traffic is moving again.");
        // p3 vanished from the middle (deleted); p1 is older than everything listed (scrolled off the feed)
        server.then(feed(null, TestFeeds.THIRD, TestFeeds.SECOND, TestFeeds.FIRST)).then(feed(null, fourth, TestFeeds.SECOND));
        FeedWatcher watcher = watcher(options.withDeletions(true));

        watcher.pollOnce();
        PollOutcome outcome = watcher.pollOnce();

        assertEquals(1, outcome.deletions());
        assertEquals(List.of(new RecordingSink.Deletion(BLOG + "/p3", options.url().toString(), "rss", "rss/1")),
                sink.deleted);
        assertTrue(state.source(options.url().toString()).posts().containsKey(BLOG + "/p1"));
        assertTrue(!state.source(options.url().toString()).posts().containsKey(BLOG + "/p3"));
    }

    @Test
    void withoutTheOptionOrAfterAnIncompleteResponseNothingIsDeleted() {
        String truncated = rss(TestFeeds.SECOND).substring(0, rss(TestFeeds.SECOND).indexOf("</channel>") - 20);
        server.then(feed(null, TestFeeds.THIRD, TestFeeds.SECOND, TestFeeds.FIRST))
                .then(feed(null, TestFeeds.SECOND))
                .then(Reply.ok(RSS, truncated, Map.of()));
        watcher(options).pollOnce();
        watcher(options).pollOnce();
        assertTrue(sink.deleted.isEmpty(), "deletions are off by default");

        PollOutcome broken = watcher(options.withDeletions(true)).pollOnce();

        assertTrue(sink.deleted.isEmpty(), "a response with rejected parts deletes nothing");
        assertEquals(1, broken.rejections());
    }

    @Test
    void aRestartWithTheStateFileRepublishesNothing() {
        server.then(feed("\"v7\"", TestFeeds.SECOND, TestFeeds.FIRST)).then(feed("\"v7\"", TestFeeds.SECOND, TestFeeds.FIRST));
        watcher(options).pollOnce();
        state.close();

        state = WatchState.open(options.stateFile());
        RecordingSink afterRestart = new RecordingSink();
        PollOutcome outcome = new FeedWatcher(options, afterRestart, state, options.parsers(), http,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5).pollOnce();

        assertEquals("\"v7\"", server.requests.get(1).header("If-None-Match"), "validators survive the restart");
        assertEquals(2, outcome.unchangedPosts());
        assertTrue(afterRestart.published.isEmpty());
    }

    @Test
    void aBadEntryIsDeadLetteredOnceNotAtEveryPoll() {
        TestFeeds.Item timeless = item("bad", null, "Undated post", "No date on this one.");
        server.then(feed(null, timeless, TestFeeds.FIRST)).then(feed(null, timeless, TestFeeds.FIRST));
        FeedWatcher watcher = watcher(options);

        PollOutcome first = watcher.pollOnce();
        PollOutcome second = watcher.pollOnce();

        assertEquals(1, first.rejections());
        assertEquals(0, second.rejections());
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).reason().startsWith("no publication time"));
        assertTrue(sink.rejected.get(0).origin().endsWith("/live/kura.rss#bad"));
    }

    @Test
    void aFailedFlushRecordsNothingSoTheNextPollPublishesAgain() {
        server.then(feed("\"a\"", TestFeeds.FIRST)).then(request -> request.header("If-None-Match") == null
                ? feed("\"a\"", TestFeeds.FIRST) : Reply.status(304, Map.of()));
        sink.failNextFlush = true;
        FeedWatcher watcher = watcher(options);

        PollOutcome failed = watcher.pollOnce();
        PollOutcome retried = watcher.pollOnce();

        assertEquals(PollOutcome.Kind.SINK_FAILURE, failed.kind());
        assertEquals(Duration.ofMillis(3750), failed.nextDelay());
        assertEquals(PollOutcome.Kind.FETCHED, retried.kind(), "no validator was recorded, so no 304");
        assertEquals(1, retried.newPosts());
        assertEquals(2, sink.published.size(), "handed over twice; acknowledged once");
    }

    @Test
    void anOversizedResponseIsRejectedOnceWithItsHead() {
        String big = rss(TestFeeds.FIRST, TestFeeds.SECOND, TestFeeds.THIRD);
        server.then(Reply.ok(RSS, big, Map.of())).then(Reply.ok(RSS, big, Map.of()));
        WatchOptions small = options.withLimits(new ParserLimits(200, 10_000));
        FeedWatcher watcher = watcher(small);

        PollOutcome first = watcher.pollOnce();
        PollOutcome second = watcher.pollOnce();

        assertEquals(1, first.rejections());
        assertEquals(0, second.rejections());
        assertTrue(sink.rejected.get(0).reason().startsWith("response larger than 200 bytes"));
        assertEquals(200, sink.rejected.get(0).raw().length);
        assertTrue(sink.published.isEmpty());
    }

    @Test
    void htmlPagesAndGuardianJsonAreDetectedFromTheResponse() throws IOException {
        server.then(new Reply(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                        Fixtures.bytes("html/guardian-like-gaza-aid.html")))
                .then(new Reply(200, Map.of("Content-Type", "application/json"),
                        Fixtures.bytes("feed/sudan-el-fasher-live.json")));

        watcher(options).pollOnce();
        WatchOptions api = WatchOptions.of(server.url("/api/sudan")).withStateFile(options.stateFile());
        watcher(api).pollOnce();

        assertEquals(List.of("html", "html", "guardian-json", "guardian-json"),
                sink.published.stream().map(p -> p.format()).toList());
        assertEquals(1, sink.rejected.size(), "the video-only block of the page");
        assertTrue(Files.readString(options.stateFile()).contains("/api/sudan"), "both URLs share the state file");
    }

    @Test
    void runPollsUntilStoppedAndWaitsTheComputedDelays() {
        server.then(Reply.status(502, Map.of())).then(feed("\"x\"", TestFeeds.FIRST)).then(Reply.status(304, Map.of()));
        List<Duration> waits = new ArrayList<>();
        StopSignal stop = new StopSignal();

        watcher(options).run(stop::isStopRequested, delay -> {
            waits.add(delay);
            if (waits.size() == 3) {
                stop.requestStop();
            }
        });

        assertEquals(List.of(Duration.ofMillis(3750), options.interval(), options.interval()), waits);
        assertEquals(3, server.requests.size());
        assertEquals(0, server.remaining());
    }

    @Test
    void aStopSignalWakesAWaitingWatcher() throws InterruptedException {
        StopSignal stop = new StopSignal();
        stop.requestStop();

        stop.sleep(Duration.ofHours(1)); // returns at once: the stop was requested

        assertTrue(stop.isStopRequested());
        server.then(feed(null, TestFeeds.FIRST));
        watcher(options).run(stop);
        assertEquals(0, server.requests.size(), "a stopped watcher does not poll");
    }
}
