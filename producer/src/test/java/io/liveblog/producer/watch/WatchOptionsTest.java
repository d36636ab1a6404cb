package io.liveblog.producer.watch;

import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.feed.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchOptionsTest {

    private static final URI URL = URI.create("https://floods.example/live/kura.rss");

    @ParameterizedTest
    @CsvSource({"60, PT1M", "60s, PT1M", "5m, PT5M", "1h, PT1H", "1500ms, PT1.5S", "PT90S, PT1M30S", "pt2m, PT2M"})
    void durationsAreReadAsUsersWriteThem(String text, String expected) {
        assertEquals(Duration.parse(expected), WatchOptions.parseDuration(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5s", "5 minutes"})
    void unreadableDurationsAreExplained(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WatchOptions.parseDuration(text));
        assertTrue(e.getMessage().contains("use e.g. 60s"), e.getMessage());
    }

    @Test
    void defaultsAreSafe() {
        WatchOptions options = WatchOptions.of(URL);

        assertEquals(Duration.ofSeconds(60), options.interval());
        assertFalse(options.deletions());
        assertTrue(options.stateFile().isAbsolute());
        assertTrue(options.stateFile().endsWith(Path.of("liveblog", "watch-state.json")));
        assertEquals(null, options.format());
        assertEquals(RetryPolicy.defaults(), options.retry());
    }

    @Test
    void copiesChangeOneThing() {
        WatchOptions options = WatchOptions.of(URL).withInterval(Duration.ofMinutes(2)).withDeletions(true)
                .withFormat(FeedFormat.ATOM).withPresets("cnn-like", List.of());

        assertEquals(Duration.ofMinutes(2), options.interval());
        assertTrue(options.deletions());
        assertEquals(FeedFormat.ATOM, options.format());
        assertEquals("cnn-like", options.preset());
        String reason = options.parsers().parse("https://x.example/live", "text/html",
                Fixtures.bytes("html/json-ld-floods.html"), null).rejected().get(0).reason();
        assertTrue(reason.contains("with the presets cnn-like;"), "the preset option reaches the page parser: " + reason);
    }

    @Test
    void badValuesAreRefusedWithTheFlagName() {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> WatchOptions.of(URI.create("file:///tmp/feed.xml")));
        assertTrue(scheme.getMessage().startsWith("--watch needs an http or https URL"));
        IllegalArgumentException fast = assertThrows(IllegalArgumentException.class,
                () -> WatchOptions.of(URL).withInterval(Duration.ofSeconds(1)));
        assertTrue(fast.getMessage().startsWith("--interval must be at least 5s"));
        assertThrows(IllegalArgumentException.class,
                () -> WatchOptions.of(URL).withPresets("no-such-preset", List.of()).parsers());
    }
}
