package io.liveblog.producer.watch;

import static io.liveblog.producer.watch.TestFeeds.item;
import static io.liveblog.producer.watch.TestFeeds.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.liveblog.producer.identify.PostIdentity;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.producer.publish.UpdateSink;
import io.liveblog.producer.watch.ScriptedServer.Reply;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watcher killed in the middle of a poll's publishing (here: an {@link Error} thrown out of the sink, which nothing
 * in the watcher catches, as nothing runs after SIGKILL) and restarted on its state file publishes every post version
 * exactly once: what reached the topic is read back from the offsets its intent recorded, the rest is published.
 */
class InterruptedPollTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path dir;
    private ScriptedServer server;
    private WatchOptions options;
    private final TopicSink topic = new TopicSink();

    @BeforeEach
    void start() throws java.io.IOException {
        server = new ScriptedServer();
        options = WatchOptions.of(server.url("/live/kura.rss")).withStateFile(dir.resolve("state.json"))
                .withNetwork(Duration.ofSeconds(5), RetryPolicy.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PollOutcome pollInAFreshProcess() {
        try (WatchState state = WatchState.open(options.stateFile())) {
            return new FeedWatcher(options, topic, state, options.parsers(), HttpClient.newHttpClient(),
                    Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5).pollOnce();
        }
    }

    @Test
    void killedAfterTheSendsBeforeTheSaveTheRestartPublishesNothingTwice() {
        server.then(Reply.ok("application/rss+xml", rss(TestFeeds.SECOND, TestFeeds.FIRST), Map.of("ETag", "\"v1\"")))
                .then(Reply.ok("application/rss+xml", rss(TestFeeds.THIRD, TestFeeds.SECOND, TestFeeds.FIRST), Map.of("ETag", "\"v2\"")));
        topic.killAtFlush = true;
        assertThrows(Killed.class, this::pollInAFreshProcess);
        assertEquals(List.of("p1", "p2"), topic.postIds(), "both reached the topic before the kill");
        try (WatchState state = WatchState.open(options.stateFile())) {
            assertNotNull(state.source(options.url().toString()).pending(), "the intent was on disk first");
        }

        PollOutcome afterRestart = pollInAFreshProcess();

        assertEquals(1, afterRestart.newPosts(), "only the post that is new since");
        assertEquals(List.of("p1", "p2", "p3"), topic.postIds(), "every version once");
        try (WatchState state = WatchState.open(options.stateFile())) {
            assertNull(state.source(options.url().toString()).pending());
        }
    }

    @Test
    void killedBetweenTwoSendsTheRestartPublishesOnlyWhatDidNotArrive() {
        server.then(Reply.ok("application/rss+xml", rss(TestFeeds.SECOND, TestFeeds.FIRST), Map.of()))
                .then(Reply.ok("application/rss+xml", rss(TestFeeds.SECOND, TestFeeds.FIRST), Map.of()));
        topic.killAtSend = 2;
        assertThrows(Killed.class, this::pollInAFreshProcess);
        assertEquals(List.of("p1"), topic.postIds());

        PollOutcome afterRestart = pollInAFreshProcess();

        assertEquals(1, afterRestart.newPosts());
        assertEquals(1, afterRestart.unchangedPosts());
        assertEquals(List.of("p1", "p2"), topic.postIds());
    }

    /** What SIGKILL does to the watcher: nothing of it runs any more. */
    private static final class Killed extends Error {
        Killed() {
            super("killed (simulated)");
        }
    }

    /** A topic that outlives the watcher processes: records what was sent and reads it back by offset. */
    private static final class TopicSink implements UpdateSink {
        final List<String> versions = new ArrayList<>();
        boolean killAtFlush;
        int killAtSend;

        @Override
        public void publish(ParsedPost post, Instant fetchedAt) {
            if (versions.size() + 1 == killAtSend) {
                killAtSend = 0;
                throw new Killed();
            }
            versions.add(PostIdentity.postId(post) + " " + PostIdentity.contentHash(post));
        }

        @Override
        public void delete(String postId, String origin, String format, String parserVersion) {
            versions.add(postId + " deleted");
        }

        @Override
        public void reject(Rejected rejected, Instant fetchedAt) {
        }

        @Override
        public void flush() {
            if (killAtFlush) {
                killAtFlush = false;
                throw new Killed();
            }
        }

        @Override
        public Map<Integer, Long> updatesEnd() {
            return Map.of(0, (long) versions.size());
        }

        @Override
        public Set<String> publishedSince(Map<Integer, Long> from, Set<String> wanted) {
            Set<String> found = new HashSet<>(versions.subList(from.get(0).intValue(), versions.size()));
            found.retainAll(wanted);
            return found;
        }

        List<String> postIds() {
            return versions.stream().map(v -> v.substring(v.lastIndexOf('/') + 1, v.indexOf(' '))).toList();
        }

        @Override
        public void close() {
        }
    }
}
