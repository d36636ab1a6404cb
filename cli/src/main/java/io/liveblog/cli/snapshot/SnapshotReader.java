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
        return fromTopics(clientProps, Topics.CLAIMS.renamed(claimsTopic), Topics.AGGREGATES.renamed(aggregatesTopic));
    }

    /**
     * @param clientProps consumer properties (bootstrap servers, security)
     * @param claimsTopic the claims topic with its serdes (single-object or schema registry format)
     * @param aggregatesTopic the aggregates topic with its serdes
     * @return the live claims and aggregates
     */
    public static Snapshot fromTopics(Properties clientProps, io.liveblog.topics.Topic<String, Claim> claimsTopic,
                                      io.liveblog.topics.Topic<String, LocationAggregate> aggregatesTopic) {
        Map<String, Claim> claims = CompactedTopicReader.read(clientProps, claimsTopic);
        Map<String, LocationAggregate> aggregates = CompactedTopicReader.read(clientProps, aggregatesTopic);
        return Snapshot.of(claims.values(), aggregates.values());
    }
}
