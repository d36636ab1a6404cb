package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.publish.DryRunSink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressSinkTest {

    @Test
    void printsAtMostOneLinePerIntervalAndDelegatesEverything() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try (DryRunSink dry = new DryRunSink(nowhere, "u", "d", Clock.systemUTC());
             ProgressSink sink = new ProgressSink(dry, new PrintStream(progress, true, StandardCharsets.UTF_8),
                     1_000, now::get)) {
            for (int i = 0; i < 10; i++) {
                now.addAndGet(300);
                sink.publish(new ParsedPost("id" + i, "blog", null, null, Instant.parse("2024-01-01T00:00:00Z"),
                        null, "h", null, "body " + i, "jsonl", "test/1", "f:" + i));
            }
            assertEquals(10, sink.summary().published());
        }
        String lines = progress.toString(StandardCharsets.UTF_8);
        assertEquals(2, lines.lines().count(), "3 s in steps of 300 ms, a line per full second: " + lines);
        assertTrue(lines.startsWith("progress: 4 records so far"), lines);
        assertTrue(lines.lines().toList().get(1).startsWith("progress: 8 records so far"), lines);
    }
}
