package io.liveblog.cli.snapshot;

import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topics;
import java.util.Map;
import java.util.Properties;

/** Builds a {@link Snapshot} from the live contents of a claims and an aggregates topic. */
public final class SnapshotReader {

    private SnapshotReader() {
    }

    /**
     * @param clientProps connection properties
     * @param claimsTopic claims topic name
     * @param aggregatesTopic aggregates topic name
     * @return the snapshot
     */
    public static Snapshot fromTopics(Properties clientProps, String claimsTopic, String aggregatesTopic) {
        Map<String, Claim> claims = CompactedTopicReader.read(clientProps, Topics.CLAIMS.renamed(claimsTopic));
        Map<String, LocationAggregate> aggregates =
                CompactedTopicReader.read(clientProps, Topics.AGGREGATES.renamed(aggregatesTopic));
        return Snapshot.of(claims.values(), aggregates.values());
    }
}
