package io.liveblog.streams;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** TopologyTestDriver around the pipeline with the scripted extractor; keeps the compacted view of the outputs. */
final class PipelineDriver implements AutoCloseable {

    final PipelineConfig config;
    final TopologyTestDriver driver;
    private final TestInputTopic<String, LiveBlogUpdate> updates;
    private final TestOutputTopic<String, Claim> claims;
    private final TestOutputTopic<String, LocationAggregate> aggregates;
    private final Map<String, Claim> liveClaims = new TreeMap<>();
    private final Map<String, LocationAggregate> liveAggregates = new TreeMap<>();

    PipelineDriver(Path stateDir) {
        this(PipelineConfig.defaults().withApplication("ttd-test", stateDir));
    }

    PipelineDriver(PipelineConfig config) {
        this(config, Fixtures.EXTRACTOR);
    }

    /** A driver over another extractor (the real one, for tests that read posts as the pipeline does). */
    PipelineDriver(PipelineConfig config, java.util.function.Function<io.liveblog.extract.PostText,
            java.util.List<io.liveblog.extract.ExtractedClaim>> extractor) {
        this.config = config;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        driver = new TopologyTestDriver(LiveBlogTopology.build(config, extractor), props);
        updates = driver.createInputTopic(config.updatesTopic(), Serdes.String().serializer(),
                Topics.UPDATE_SERDE.serializer());
        claims = driver.createOutputTopic(config.claimsTopic(), Serdes.String().deserializer(),
                Topics.CLAIM_SERDE.deserializer());
        aggregates = driver.createOutputTopic(config.aggregatesTopic(), Serdes.String().deserializer(),
                Topics.AGGREGATE_SERDE.deserializer());
    }

    /** Pipes an update with its publication time as the record timestamp (event time). */
    void pipe(LiveBlogUpdate u) {
        updates.pipeInput(u.getPostId(), u, u.getPublishedAt());
    }

    /** Pipes a deletion. */
    void delete(String postId, Instant at) {
        updates.pipeInput(postId, null, at);
    }

    /** @return aggregates by key after applying every output record so far (tombstones remove) */
    Map<String, LocationAggregate> aggregates() {
        // changed aggregates are emitted once per commit interval (wall clock)
        driver.advanceWallClockTime(config.commitInterval());
        for (KeyValue<String, LocationAggregate> kv : aggregates.readKeyValuesToList()) {
            if (kv.value == null) {
                liveAggregates.remove(kv.key);
            } else {
                liveAggregates.put(kv.key, kv.value);
            }
        }
        return new TreeMap<>(liveAggregates);
    }

    /** @return live claims by id */
    Map<String, Claim> claims() {
        for (KeyValue<String, Claim> kv : claims.readKeyValuesToList()) {
            if (kv.value == null) {
                liveClaims.remove(kv.key);
            } else {
                liveClaims.put(kv.key, kv.value);
            }
        }
        return new TreeMap<>(liveClaims);
    }

    /** @return the aggregate's best value, or null when absent */
    Long value(String placeId, String metric, String window) {
        LocationAggregate a = aggregates().get(placeId + "|" + metric + "|" + window);
        return a == null ? null : a.getValue();
    }

    LocationAggregate aggregate(String placeId, String metric, String window) {
        return aggregates().get(placeId + "|" + metric + "|" + window);
    }

    /** @return the interactive queries over this driver's stores */
    io.liveblog.streams.query.PipelineQueries queries() {
        return io.liveblog.streams.query.PipelineQueries.overTables(
                driver.getKeyValueStore(LiveBlogTopology.Names.AGGREGATES_STORE),
                driver.getKeyValueStore(LiveBlogTopology.Names.CLAIMS_STORE),
                driver.getKeyValueStore(LiveBlogTopology.Names.LOCATION_CLAIMS_STORE), config);
    }

    @Override
    public void close() {
        driver.close();
    }
}
