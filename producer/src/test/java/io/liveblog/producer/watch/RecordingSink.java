package io.liveblog.producer.watch;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.producer.publish.UpdateSink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink that records what it was given; it can be told to fail the next flush. */
final class RecordingSink implements UpdateSink {

    /** A deletion as handed to the sink. */
    record Deletion(String postId, String origin, String format, String parserVersion) {
    }

    final List<ParsedPost> published = new ArrayList<>();
    final List<Instant> fetchTimes = new ArrayList<>();
    final List<Deletion> deleted = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    int flushes;
    boolean failNextFlush;
    boolean closed;

    @Override
    public void publish(ParsedPost post, Instant fetchedAt) {
        published.add(post);
        fetchTimes.add(fetchedAt);
    }

    @Override
    public void delete(String postId, String origin, String format, String parserVersion) {
        deleted.add(new Deletion(postId, origin, format, parserVersion));
    }

    @Override
    public void reject(Rejected r, Instant fetchedAt) {
        rejected.add(r);
    }

    @Override
    public void flush() {
        flushes++;
        if (failNextFlush) {
            failNextFlush = false;
            throw new IllegalStateException("broker unavailable (simulated)");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /** @return the headlines published so far, in order */
    List<String> headlines() {
        return published.stream().map(ParsedPost::headline).toList();
    }
}
