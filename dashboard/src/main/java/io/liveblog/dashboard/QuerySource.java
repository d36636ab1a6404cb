package io.liveblog.dashboard;

import io.liveblog.streams.query.PipelineQueries;

/** Where the dashboard's queries go: the stores of a running streams app, or a test driver's. */
public interface QuerySource {

    /**
     * @return queries over the stores as they are now
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException when the stores cannot be read yet (the
     *     app is starting, or its tasks are moving in a rebalance)
     */
    PipelineQueries queries();

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
