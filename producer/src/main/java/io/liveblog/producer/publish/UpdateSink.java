package io.liveblog.producer.publish;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Where parsed posts go: Kafka (the updates and dead-letter topics) or, for {@code --dry-run}, standard output.
 * Implementations count what they did for the end-of-run summary.
 */
public interface UpdateSink extends AutoCloseable {

    /**
     * Publishes one post version read at a known time (the {@code fetch-time} header); the sink computes post id and
     * content hash. Sinks that do not record the fetch time ignore it.
     *
     * @param post the post
     * @param fetchedAt when its input was read or fetched; null: when the sink is handed it
     */
    void publish(ParsedPost post, Instant fetchedAt);

    /** Publishes one post version read now ({@link #publish(ParsedPost, Instant)} with no fetch time). */
    default void publish(ParsedPost post) {
        publish(post, null);
    }

    /**
     * Publishes a deletion (a tombstone for the post id), noticed by a known parser (for the record headers).
     *
     * @param postId id of the deleted post
     * @param origin where the deletion was noticed (URL, file)
     * @param format format of the source, or null
     * @param parserVersion parser that noticed it, or null
     */
    void delete(String postId, String origin, String format, String parserVersion);

    /** Publishes a deletion whose parser is not named ({@link #delete(String, String, String, String)}). */
    default void delete(String postId, String origin) {
        delete(postId, origin, null, null);
    }

    /**
     * Sends an unusable input to the dead-letter topic with its reason.
     *
     * @param rejected the input and its reason
     * @param fetchedAt when the input was read or fetched; null: when the sink is handed it
     */
    void reject(Rejected rejected, Instant fetchedAt);

    /** Sends an unusable input read now to the dead-letter topic ({@link #reject(Rejected, Instant)}). */
    default void reject(Rejected rejected) {
        reject(rejected, null);
    }

    /** Blocks until everything handed over so far is acknowledged; throws if any send failed. */
    void flush();

    /**
     * Where the updates topic ends now, so that what is published after this moment can be read back
     * ({@link #publishedSince}): a watcher records it before publishing, and a watcher restarted after a crash learns
     * from it which versions of the interrupted poll reached the topic.
     *
     * @return end offset by partition; empty when this sink cannot read back what it published
     */
    default Map<Integer, Long> updatesEnd() {
        return Map.of();
    }

    /**
     * @param from end offsets by partition as {@link #updatesEnd} gave them (a partition not in it is read from its
     *     start)
     * @param wanted versions to look for: {@code "<postId> <contentHash>"}, or {@code "<postId> deleted"} for a
     *     deletion
     * @return those of {@code wanted} that are on the updates topic after {@code from}
     * @throws UnsupportedOperationException when this sink cannot read back (its {@link #updatesEnd} is empty)
     */
    default Set<String> publishedSince(Map<Integer, Long> from, Set<String> wanted) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot read back what it published");
    }

    /**
     * @return what this sink did so far; counts of acknowledged records are exact after {@link #flush()}
     * @throws UnsupportedOperationException for a sink that does not count (all sinks of this package do)
     */
    default PublishSummary summary() {
        throw new UnsupportedOperationException(getClass().getName() + " does not count what it publishes");
    }

    @Override
    void close();
}
