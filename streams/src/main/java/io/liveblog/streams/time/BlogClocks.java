package io.liveblog.streams.time;

import java.util.HashMap;
import java.util.Map;
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
    /** The clocks read or written so far, when this is the store's only reader and writer; else null. */
    private final Map<String, Long> known;

    /** @param store key-value store of the newest event time (epoch millis) by blog id */
    public BlogClocks(KeyValueStore<String, Long> store) {
        this.store = store;
        this.known = null;
    }

    private BlogClocks(KeyValueStore<String, Long> store, Map<String, Long> known) {
        this.store = store;
        this.known = known;
    }

    /**
     * Clocks that also keep what they read and write in memory, for a processor that is the only one to read and
     * write the store in its task: the aggregation asks for the clock of every blog at a key on each claim change (to
     * see what may be sealed), and a store read each time cost more than the check. Make one at each
     * {@code init}, so it never outlives the store contents it mirrors.
     *
     * @param store key-value store of the newest event time (epoch millis) by blog id, written by no one else
     * @return the clocks
     */
    public static BlogClocks keptInMemory(KeyValueStore<String, Long> store) {
        return new BlogClocks(store, new HashMap<>());
    }

    /** @return the blog's clock, or {@link #NEVER} */
    public long of(String blogId) {
        Long t = known == null ? null : known.get(blogId);
        if (t == null) {
            t = store.get(blogId);
            if (t == null) {
                return NEVER;
            }
            if (known != null) {
                known.put(blogId, t);
            }
        }
        return t;
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
            if (known != null) {
                known.put(blogId, eventTime);
            }
            return eventTime;
        }
        return now;
    }
}
