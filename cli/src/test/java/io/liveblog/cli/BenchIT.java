package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code liveblog bench} end to end on the embedded broker, at a size that fits the test suite. */
class BenchIT {

    private static final Pattern SUMMARY = Pattern.compile(
            "full pipeline (\\d+) posts/s, passthrough (\\d+) posts/s, ratio (\\d+\\.\\d+)");
    private static final Pattern LATENCY = Pattern.compile("p50 (\\d+) ms, p99 (\\d+) ms \\(([\\d,]+) posts timed");

    @Test
    void measuresBothAppsAndTheLatencyAndEndsWithTheSummaryLine() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            code = Main.run("bench", "--posts", "600", "--rate", "50", "--latency-posts", "100");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        String[] lines = out.strip().split("\n");
        Matcher summary = SUMMARY.matcher(lines[lines.length - 1]);
        assertTrue(summary.matches(), "last line: " + lines[lines.length - 1]);
        long full = Long.parseLong(summary.group(1));
        long passthrough = Long.parseLong(summary.group(2));
        assertTrue(full > 0 && passthrough > 0, out);
        assertEquals((double) full / passthrough, Double.parseDouble(summary.group(3)), 0.01);
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(lines[0].endsWith("; partitions " + 2 * cores + ", stream threads " + cores),
                "the bench runs as deployed on this machine by default: " + lines[0]);
        Matcher latency = LATENCY.matcher(out);
        assertTrue(latency.find(), out);
        assertTrue(Long.parseLong(latency.group(1)) <= Long.parseLong(latency.group(2)), out);
        assertTrue(Integer.parseInt(latency.group(3).replace(",", "")) > 40, "most posts have figures: " + out);
        for (String app : new String[] {"passthrough", "full pipeline"}) {
            Matcher cpu = Pattern.compile("(?m)^" + app + ": this JVM used ([0-9.]+) s of CPU from the app's start "
                    + "\\(([0-9.]+) cores on average\\), ([0-9.]+) s of it compiling \\(JIT\\)$").matcher(out);
            assertTrue(cpu.find(), "the CPU and JIT time of " + app + ": " + out);
            assertTrue(Double.parseDouble(cpu.group(1)) > 0, cpu.group());
        }
    }
}
