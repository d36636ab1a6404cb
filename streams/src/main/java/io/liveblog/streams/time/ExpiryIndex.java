package io.liveblog.streams.time;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What is due to be forgotten, per blog and in the blog's own time ({@link BlogClocks}): entries keyed by blog id,
 * due time and an id, so that one blog's due entries are one range scan, and a record costs the work of what is due,
 * never a scan of everything held. Keys are encoded so that byte order is (blog, due time, id) order: a NUL separates
 * the parts (it sorts below every other character, so a blog id that is a prefix of another cannot interleave with
 * it) and the due time is zero-padded to 19 digits.
 */
public final class ExpiryIndex {

    private static final char SEP = '\u0000';

    private final KeyValueStore<String, String> store;

    /**
     * Per blog, a due time below which nothing is indexed any more (everything there was taken). A scan starts there,
     * not at the blog's first key: RocksDB keeps the deleted keys below it as tombstones until compaction, and walking
     * them on every record made each record cost more as the blog's history grew. Not stored: after a restart the
     * first scan of a blog starts at its first key.
     */
    private final java.util.Map<String, Long> takenBelow = new java.util.HashMap<>();

    /** @param store key-value store of index key -> id */
    public ExpiryIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Indexes an id of a blog as due at a time (epoch millis; times before 1970 are due at 0). */
    public void put(String blogId, long dueAt, String id) {
        store.put(key(blogId, dueAt, id), id);
        takenBelow.computeIfPresent(blogId, (b, below) -> Math.min(below, Math.max(0, dueAt)));
    }

    /** Removes an id from the index (it was indexed with this due time). */
    public void delete(String blogId, long dueAt, String id) {
        store.delete(key(blogId, dueAt, id));
    }

    /**
     * Removes and returns the ids of a blog due before its clock.
     *
     * @return the ids, in due-time order
     */
    public List<String> takeDue(String blogId, long clock) {
        List<String> keys = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Long below = takenBelow.get(blogId);
        String from = below == null ? blogId + SEP : key(blogId, below, "");
        try (KeyValueIterator<String, String> it = store.range(from, key(blogId, clock, ""))) {
            it.forEachRemaining(kv -> {
                keys.add(kv.key);
                ids.add(kv.value);
            });
        }
        keys.forEach(store::delete);
        takenBelow.merge(blogId, Math.max(0, clock), Math::max);
        return ids;
    }

    private static String key(String blogId, long dueAt, String id) {
        String digits = Long.toString(Math.max(0, dueAt));
        return blogId + SEP + "0".repeat(19 - digits.length()) + digits + SEP + id;
    }
}
