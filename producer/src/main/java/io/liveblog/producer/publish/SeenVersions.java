package io.liveblog.producer.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content hash last published for each post id, so that re-reading a file or re-polling a feed does not
 * republish unchanged posts. Least-recently-seen ids are forgotten beyond a capacity; forgetting only costs a
 * duplicate, which the stream processor's deduplication absorbs.
 */
final class SeenVersions {

    /** Default capacity: far above the post count of any live blog. */
    static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, String> hashes;

    SeenVersions(int capacity) {
        this.hashes = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true when the post id was last published with this hash; otherwise remembers the hash */
    synchronized boolean checkAndRemember(String postId, String contentHash) {
        String previous = hashes.put(postId, contentHash);
        return contentHash.equals(previous);
    }

    /** Forgets a version whose send failed, so a retry publishes it again. */
    synchronized void forget(String postId, String contentHash) {
        hashes.remove(postId, contentHash);
    }

    /** Forgets a deleted post, so that a post restored later is published again. */
    synchronized void forget(String postId) {
        hashes.remove(postId);
    }
}
