package io.liveblog.producer.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchStateTest {

    private static final String URL = "https://floods.example/live/kura.rss";

    @TempDir
    Path dir;

    @Test
    void theDefaultFileFollowsXdgAndNeverTheWorkingDirectory() {
        assertEquals(Path.of("/var/state/liveblog/watch-state.json"),
                WatchState.defaultFile(Map.of("XDG_STATE_HOME", "/var/state"), "/home/ana"));
        assertEquals(Path.of("/home/ana/.local/state/liveblog/watch-state.json"),
                WatchState.defaultFile(Map.of("XDG_STATE_HOME", "relative/dir"), "/home/ana"),
                "the XDG spec says relative paths are invalid and must be ignored");
        assertEquals(Path.of("/home/ana/.local/state/liveblog/watch-state.json"),
                WatchState.defaultFile(Map.of(), "/home/ana"));
        assertTrue(WatchState.defaultFile(Map.of(), "/home/ana").isAbsolute());
    }

    @Test
    void savedStateIsReadBackAfterReopening() throws IOException {
        Path file = dir.resolve("nested/dir/state.json");
        SourceState written = new SourceState("\"e1\"", "Sat, 01 Jun 2024 11:59:00 GMT",
                Instant.parse("2024-06-01T12:00:00Z"),
                Map.of("blog/p1", new SourceState.KnownPost("aa11", Instant.parse("2024-06-01T08:00:00Z"))),
                Set.of("f00d"));
        try (WatchState state = WatchState.open(file)) {
            state.put(URL, written);
            state.save();
        }

        try (WatchState reopened = WatchState.open(file)) {
            assertEquals(written, reopened.source(URL));
            assertEquals(SourceState.empty(), reopened.source("https://other.example/"));
        }
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        Path file = dir.resolve("state.json");
        try (WatchState state = WatchState.open(file)) {
            state.put(URL, SourceState.empty());
            state.save();
            state.save();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("state.json", "state.json.lock"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void twoWatchersCannotShareOneStateFile() {
        Path file = dir.resolve("state.json");
        try (WatchState first = WatchState.open(file)) {
            WatchStateException e = assertThrows(WatchStateException.class, () -> WatchState.open(file));
            assertTrue(e.getMessage().contains("in use by another liveblog watcher"), e.getMessage());
            assertEquals(file.toAbsolutePath(), first.file());
        }
        try (WatchState again = WatchState.open(file)) {
            assertEquals(file.toAbsolutePath(), again.file(), "the lock is released on close");
        }
    }

    @Test
    void anUnreadableFileIsMovedAsideAndTheWatcherStartsAfresh() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"version\": 1, \"sources\": {\"x\": {\"posts\": {\"p\": {\"hash\": 3}}}}");

        try (WatchState state = WatchState.open(file)) {
            assertEquals(SourceState.empty(), state.source("x"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("state.json.corrupt-")));
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndKept() throws IOException {
        Path file = dir.resolve("state.json");
        String newer = "{\"version\": 99, \"sources\": {}}";
        Files.writeString(file, newer);

        WatchStateException e = assertThrows(WatchStateException.class, () -> WatchState.open(file));

        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertEquals(newer, Files.readString(file));
        try (WatchState afterwards = WatchState.open(dir.resolve("other.json"))) {
            assertTrue(afterwards.file().endsWith("other.json"), "the failed open released its lock channel");
        }
    }
}
