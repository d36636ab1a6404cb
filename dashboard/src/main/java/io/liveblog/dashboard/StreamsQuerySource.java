package io.liveblog.dashboard;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.PostClaims;
import io.liveblog.streams.LiveBlogTopology.Names;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.query.PipelineQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over a running app's local stores. Stale stores are allowed (standby and restoring tasks), so
 * during a rebalance the dashboard answers from what this instance holds, marked stale, instead of failing.
 */
public final class StreamsQuerySource implements QuerySource, AutoCloseable {

    private final KafkaStreams streams;
    private final PipelineConfig config;
    private final HostInfo self;
    private final UpdateReader updates;

    /**
     * @param streams the running app (built from {@link io.liveblog.streams.LiveBlogTopology})
     * @param config its configuration, whose topics decode the query tables
     * @param self this instance's {@code application.server} ({@code host:port}), or null when it has none
     */
    public StreamsQuerySource(KafkaStreams streams, PipelineConfig config, String self) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.config = Objects.requireNonNull(config, "config");
        this.self = self == null ? null : HostInfo.buildFromEndpoint(self);
        this.updates = new UpdateReader(config);
    }

    @Override
    public Optional<PostClaims> post(String postId) {
        ReadOnlyKeyValueStore<String, PostClaims> posts = store(Names.POST_CLAIMS_STORE);
        return Optional.ofNullable(posts.get(postId));
    }

    @Override
    public Optional<LiveBlogUpdate> update(int partition, long offset) {
        return updates.read(partition, offset);
    }

    @Override
    public void close() {
        updates.close();
    }

    @Override
    public List<String> otherInstances() {
        if (self == null) {
            return List.of();
        }
        List<String> others = new ArrayList<>();
        for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
            if (!m.hostInfo().equals(self) && !m.hostInfo().equals(HostInfo.unavailable())) {
                others.add(m.hostInfo().host() + ":" + m.hostInfo().port());
            }
        }
        return others;
    }

    @Override
    public Optional<String> ownerOf(String store, String key) {
        if (self == null) {
            return Optional.empty();
        }
        KeyQueryMetadata m = streams.queryMetadataForKey(store, key, new StringSerializer());
        if (m == null || m.equals(KeyQueryMetadata.NOT_AVAILABLE) || m.activeHost().equals(self)) {
            return Optional.empty();
        }
        return Optional.of(m.activeHost().host() + ":" + m.activeHost().port());
    }

    @Override
    public PipelineQueries queries() {
        ReadOnlyKeyValueStore<String, byte[]> aggregates = store(Names.AGGREGATES_STORE);
        ReadOnlyKeyValueStore<String, byte[]> claims = store(Names.CLAIMS_STORE);
        ReadOnlyKeyValueStore<String, Claim> locationClaims = store(Names.LOCATION_CLAIMS_STORE);
        return PipelineQueries.overTables(aggregates, claims, locationClaims, config);
    }

    @Override
    public String state() {
        return streams.state().name();
    }

    @Override
    public long inputLag() {
        double lag = 0;
        for (var e : streams.metrics().entrySet()) {
            // the consumers' current lag per partition (restore consumers report no such metric)
            if ("records-lag".equals(e.getKey().name()) && e.getValue().metricValue() instanceof Double d
                    && !d.isNaN()) {
                lag = Math.max(lag, d);
            }
        }
        return (long) lag;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore())
                .enableStaleStores());
    }
}
