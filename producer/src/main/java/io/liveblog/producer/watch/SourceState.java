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
 */
public record SourceState(String etag, String lastModified, Instant lastFetched, Map<String, KnownPost> posts,
                          Set<String> rejections) {

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
