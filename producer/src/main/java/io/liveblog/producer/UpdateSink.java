package io.liveblog.producer;

/**
 * Where parsed posts go: Kafka (the updates and dead-letter topics) or, for {@code --dry-run}, standard output.
 * Implementations count what they did for the end-of-run summary.
 */
public interface UpdateSink extends AutoCloseable {

    /** Publishes one post version (the sink computes post id and content hash). */
    void publish(ParsedPost post);

    /**
     * Publishes a deletion (a tombstone for the post id).
     *
     * @param postId id of the deleted post
     * @param origin where the deletion was noticed (URL, file)
     */
    void delete(String postId, String origin);

    /** Sends an unusable input to the dead-letter topic with its reason. */
    void reject(Rejected rejected);

    /** Blocks until everything handed over so far is acknowledged; throws if any send failed. */
    void flush();

    @Override
    void close();
}
