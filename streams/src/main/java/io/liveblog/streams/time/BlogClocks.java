package io.liveblog.streams.time;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Event time per live blog: the newest event time a task has seen of each blog. Retention and window closing are
 * measured on the clock of the record's own blog, never on the task's stream time, so a blog backfilled from last
 * year, an audit replay or a new source added with its history is treated exactly as it would be alone, however far
 * ahead other blogs in the same topic are. Records without a blog (deletions) never move a clock.
 */
public final class BlogClocks {

    /** Clock of a blog nothing has been seen of. */
    public static final long NEVER = Long.MIN_VALUE;

    private final KeyValueStore<String, Long> store;

    /** @param store key-value store of the newest event time (epoch millis) by blog id */
    public BlogClocks(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    /** @return the blog's clock, or {@link #NEVER} */
    public long of(String blogId) {
        Long t = store.get(blogId);
        return t == null ? NEVER : t;
    }

    /**
     * Moves the blog's clock to an event time if it is newer.
     *
     * @return the blog's clock afterwards
     */
    public long advance(String blogId, long eventTime) {
        long now = of(blogId);
        if (eventTime > now) {
            store.put(blogId, eventTime);
            return eventTime;
        }
        return now;
    }
}
