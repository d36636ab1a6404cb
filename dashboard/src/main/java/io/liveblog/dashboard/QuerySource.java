package io.liveblog.dashboard;

import io.liveblog.streams.query.PipelineQueries;
import java.util.List;
import java.util.Optional;

/** Where the dashboard's queries go: the stores of a running streams app, or a test driver's. */
public interface QuerySource {

    /**
     * @return queries over the stores as they are now
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException when the stores cannot be read yet (the
     *     app is starting, or its tasks are moving in a rebalance)
     */
    PipelineQueries queries();

    /**
     * @return the other instances of the app that answer queries ({@code host:port} of their dashboards); empty
     *     when this is the only one
     */
    default List<String> otherInstances() {
        return List.of();
    }

    /**
     * @param store a store of the topology
     * @param key a key of it
     * @return the other instance whose active task holds the key ({@code host:port}); empty when it is this one,
     *     or when no instance can be named
     */
    default Optional<String> ownerOf(String store, String key) {
        return Optional.empty();
    }

    /**
     * @param postId a post
     * @return the post's current version as this instance holds it (its claims, and where on the updates topic its
     *     record is); empty when another instance holds it, or nobody does
     */
    default Optional<io.liveblog.schema.PostClaims> post(String postId) {
        return Optional.empty();
    }

    /**
     * @return the record at this position of the updates topic (a post's text, for provenance); empty when it cannot
     *     be read
     */
    default Optional<io.liveblog.schema.LiveBlogUpdate> update(int partition, long offset) {
        return Optional.empty();
    }

    /** @return the app's state ({@code RUNNING}, {@code REBALANCING}, ...) */
    String state();

    /**
     * @return how many records the app's input partitions are behind their ends, at most (its consumers'
     *     {@code records-lag}); 0 when not known
     */
    default long inputLag() {
        return 0;
    }

    /** @return whether answers may lag the topics: anything but a running app may serve stale state */
    default boolean stale() {
        return !"RUNNING".equals(state());
    }
}
