package io.liveblog.producer.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;

/**
 * What the watcher remembers about one watched URL, as of the last poll whose publications were acknowledged.
 *
 * @param etag the {@code ETag} of that response, or null
 * @param lastModified its {@code Last-Modified}, verbatim, or null
 * @param lastFetched when it was fetched, or null before the first poll
 * @param posts every post id seen and not deleted, with the content hash last published and its publication time
 * @param rejections fingerprints of the rejections in that response, so an unchanged bad entry is dead-lettered
 *                   once, not at every poll
 * @param pending what a poll handed to the sink and had not yet recorded as acknowledged, or null: after a crash
 *                it tells the restarted watcher which versions to look for on the topic
 */
public record SourceState(String etag, String lastModified, Instant lastFetched, Map<String, KnownPost> posts,
                          Set<String> rejections, Pending pending) {

    /** A state with no poll in the middle of publishing. */
    public SourceState(String etag, String lastModified, Instant lastFetched, Map<String, KnownPost> posts,
                       Set<String> rejections) {
        this(etag, lastModified, lastFetched, posts, rejections, null);
    }

    /**
     * The versions one poll is about to publish, written to the state file before the first send: a watcher killed
     * between the sends and the save of the poll's state finds out on restart which of them reached the topic
     * (read back from {@code from}), records those as published and publishes only the rest.
     *
     * @param from the updates topic's end offsets by partition before the first send
     * @param versions post id to the version about to be published
     * @param deletions post ids about to be published as deleted
     */
    public record Pending(Map<Integer, Long> from, Map<String, KnownPost> versions, Set<String> deletions) {
        public Pending {
            from = Map.copyOf(from);
            versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
            deletions = Collections.unmodifiableSet(new LinkedHashSet<>(deletions));
        }
    }

    /** @return this state with a poll's publications pending */
    public SourceState withPending(Pending p) {
        return new SourceState(etag, lastModified, lastFetched, posts, rejections, p);
    }

    /**
     * @param contentHash content hash last published for the post
     * @param published the post's publication time (decides whether its disappearance can be a deletion)
     */
    public record KnownPost(String contentHash, Instant published) {
        public KnownPost {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(published, "published");
        }
    }

    public SourceState {
        // insertion order is kept so the state file reads in publication order
        posts = Collections.unmodifiableMap(new LinkedHashMap<>(posts));
        rejections = Collections.unmodifiableSet(new LinkedHashSet<>(rejections));
    }

    /** @return the state of a URL never polled */
    public static SourceState empty() {
        return new SourceState(null, null, null, Map.of(), Set.of());
    }
}
