package io.liveblog.cli;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.publish.UpdateSink;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Wraps a sink and prints a progress line for large inputs: at most one line every {@code everyMillis}, only once
 * some records have passed, so small files stay quiet and the end-of-run summary stays the last word.
 */
final class ProgressSink implements UpdateSink {

    private final UpdateSink delegate;
    private final PrintStream out;
    private final long everyMillis;
    private final LongSupplier clock;
    private long records;
    private long lastPrinted;

    /**
     * @param delegate the real sink
     * @param out where progress goes (standard error)
     * @param everyMillis minimum time between two lines
     * @param clock milliseconds clock (injectable for tests)
     */
    ProgressSink(UpdateSink delegate, PrintStream out, long everyMillis, LongSupplier clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.out = out;
        this.everyMillis = everyMillis;
        this.clock = clock;
        this.lastPrinted = clock.getAsLong();
    }

    private void tick() {
        records++;
        long now = clock.getAsLong();
        if (now - lastPrinted >= everyMillis) {
            lastPrinted = now;
            out.printf("progress: %,d records so far (%s)%n", records, delegate.summary());
        }
    }

    @Override
    public void publish(ParsedPost post, Instant fetchedAt) {
        delegate.publish(post, fetchedAt);
        tick();
    }

    @Override
    public void delete(String postId, String origin, String format, String parserVersion) {
        delegate.delete(postId, origin, format, parserVersion);
        tick();
    }

    @Override
    public void reject(Rejected rejected, Instant fetchedAt) {
        delegate.reject(rejected, fetchedAt);
        tick();
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public PublishSummary summary() {
        return delegate.summary();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
