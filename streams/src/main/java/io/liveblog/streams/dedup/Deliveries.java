package io.liveblog.streams.dedup;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.time.BlogClocks;
import io.liveblog.streams.time.ExpiryIndex;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The post versions delivered so far, each remembered for a retention on its own blog's clock: what level 1 of
 * deduplication ({@link RedeliveryFilter}) decides with, kept apart from the processor so the rule is tested on its
 * own.
 *
 * <p>A delivery is one post version: post id, content hash and last-modified time. It is forgotten once its blog's
 * clock (the newest publication time seen of that blog) has passed its time plus the retention, found for forgetting
 * through an index by (blog, due time); so what is remembered depends neither on other blogs in the topic nor on how
 * the topic is partitioned.
 */
final class Deliveries {

    private final KeyValueStore<String, Long> delivered;
    private final ExpiryIndex expiry;
    private final BlogClocks clocks;
    private final Duration retention;

    /**
     * @param delivered deliveries ({@link #key} -> time of the record that delivered it)
     * @param expiry the index of deliveries by blog and due time
     * @param clocks each blog's clock
     * @param retention how long a delivery is remembered, on its blog's clock
     */
    Deliveries(KeyValueStore<String, Long> delivered, ExpiryIndex expiry, BlogClocks clocks, Duration retention) {
        this.delivered = delivered;
        this.expiry = expiry;
        this.clocks = clocks;
        this.retention = retention;
    }

    /**
     * Takes one delivery of a post version: remembers it when it is the first, moves its blog's clock and forgets the
     * deliveries of that blog that are due.
     *
     * @param update the post version
     * @param time the record's time (the post's publication)
     * @return whether this is the version's first delivery (a re-delivery takes nothing and moves no clock)
     */
    boolean first(LiveBlogUpdate update, long time) {
        String key = key(update);
        if (delivered.get(key) != null) {
            return false;
        }
        delivered.put(key, time);
        expiry.put(update.getBlogId(), time + retention.toMillis(), key);
        expiry.takeDue(update.getBlogId(), clocks.advance(update.getBlogId(), time)).forEach(delivered::delete);
        return true;
    }

    /** @return the identity of one delivery of one post version */
    static String key(LiveBlogUpdate u) {
        Instant updated = u.getUpdatedAt();
        return u.getPostId() + '|' + u.getContentHash() + '|' + (updated == null ? "-" : updated.toEpochMilli());
    }
}
