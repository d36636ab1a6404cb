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

    /** Publishes one post version (the sink computes post id and content hash). */
    void publish(ParsedPost post);

    /**
     * Publishes one post version read at a known time (the {@code fetch-time} header). Sinks that do not record the
     * fetch time ignore it.
     *
     * @param post the post
     * @param fetchedAt when its input was read or fetched
     */
    default void publish(ParsedPost post, Instant fetchedAt) {
        publish(post);
    }

    /**
     * Publishes a deletion (a tombstone for the post id).
     *
     * @param postId id of the deleted post
     * @param origin where the deletion was noticed (URL, file)
     */
    void delete(String postId, String origin);

    /**
     * Publishes a deletion noticed by a known parser (for the record headers).
     *
     * @param postId id of the deleted post
     * @param origin where the deletion was noticed (URL, file)
     * @param format format of the source
     * @param parserVersion parser that noticed it
     */
    default void delete(String postId, String origin, String format, String parserVersion) {
        delete(postId, origin);
    }

    /** Sends an unusable input to the dead-letter topic with its reason. */
    void reject(Rejected rejected);

    /**
     * Sends an unusable input read at a known time to the dead-letter topic.
     *
     * @param rejected the input and its reason
     * @param fetchedAt when the input was read or fetched
     */
    default void reject(Rejected rejected, Instant fetchedAt) {
        reject(rejected);
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
