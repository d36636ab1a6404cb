package io.liveblog.producer.watch;

import io.liveblog.producer.publish.UpdateSink;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once on the topic across crashes of the watcher: a poll writes what it is about to publish into the state
 * file before the first send ({@link #record}), with the updates topic's end offsets; the poll's own save clears it.
 * A watcher killed in between finds the intent on restart and reads the topic back from those offsets
 * ({@link UpdateSink#publishedSince}): the versions it finds are recorded as published, the others are published by
 * the next poll as if never sent. Without the intent, a kill after the sends and before the save published the whole
 * poll again on restart.
 */
final class PendingPublications {

    private static final Logger LOG = LoggerFactory.getLogger(PendingPublications.class);

    private PendingPublications() {
    }

    /**
     * Writes what a poll is about to publish into the state file, before the first send; nothing when there is
     * nothing to publish or the sink cannot read back (a dry run).
     *
     * @throws java.io.UncheckedIOException when the state cannot be saved (the poll then publishes nothing)
     */
    static void record(WatchState state, String url, SourceState previous, UpdateSink sink,
                       Map<String, SourceState.KnownPost> versions, List<String> deletions) {
        if (versions.isEmpty() && deletions.isEmpty()) {
            return;
        }
        Map<Integer, Long> from = sink.updatesEnd();
        if (from.isEmpty()) {
            return;
        }
        state.put(url, previous.withPending(new SourceState.Pending(from, versions, new HashSet<>(deletions))));
        try {
            state.save();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot save the watch state before publishing", e);
        }
    }

    /**
     * Reads back what the interrupted poll of a source published, records it, and saves the state.
     *
     * @param state the watch state, whose source {@code url} has a pending intent
     * @param url the watched URL
     * @param sink the sink that reads the topic back
     * @return the source's state with what reached the topic recorded as published, and no intent
     * @throws java.io.IOException when the recovered state cannot be saved
     */
    static SourceState recover(WatchState state, String url, UpdateSink sink) throws java.io.IOException {
        SourceState recovered = recovered(url, state.source(url), sink);
        state.put(url, recovered);
        state.save();
        return recovered;
    }

    private static SourceState recovered(String url, SourceState interrupted, UpdateSink sink) {
        SourceState.Pending pending = interrupted.pending();
        Set<String> wanted = new HashSet<>();
        pending.versions().forEach((id, v) -> wanted.add(id + " " + v.contentHash()));
        pending.deletions().forEach(id -> wanted.add(id + " deleted"));
        Set<String> found = sink.publishedSince(pending.from(), wanted);
        Map<String, SourceState.KnownPost> posts = new LinkedHashMap<>(interrupted.posts());
        pending.versions().forEach((id, v) -> {
            if (found.contains(id + " " + v.contentHash())) {
                posts.remove(id); // re-inserted at the end: the file lists posts in publication order
                posts.put(id, v);
            }
        });
        pending.deletions().forEach(id -> {
            if (found.contains(id + " deleted")) {
                posts.remove(id);
            }
        });
        LOG.warn("{}: the last poll was interrupted while publishing; {} of its {} records were already on the topic"
                + " and are not published again, the rest will be", url, found.size(), wanted.size());
        return new SourceState(interrupted.etag(), interrupted.lastModified(), interrupted.lastFetched(), posts,
                interrupted.rejections());
    }
}
