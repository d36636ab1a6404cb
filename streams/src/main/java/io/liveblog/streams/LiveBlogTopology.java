package io.liveblog.streams;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.aggregate.LocationAggregateProcessor;
import io.liveblog.streams.aggregate.WorkingCopyBudget;
import io.liveblog.streams.aggregate.RollUp;
import io.liveblog.streams.claims.ClaimFactory;
import io.liveblog.streams.claims.PostVersionProcessor;
import io.liveblog.streams.dedup.RedeliveryFilter;
import io.liveblog.topics.Topic;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The pipeline's topology, built by a pure function (no I/O, no {@code KafkaStreams}).
 *
 * <pre>
 * liveblog.updates.v1          key postId                 value LiveBlogUpdate (null = deleted)
 *   -> drop-redeliveries       [updates-delivered-store (+ expiry index): postId|hash|updatedAt]  level 1
 *   -> version-posts           [post-claims-store: postId -> claims of the current version]  level 2 + extraction
 *                              [post-blog-clocks-store, post-expiry-index-store: retention on each blog's clock]
 *        -> claims-to-topic -> liveblog.claims.v1      key claimId   value Claim (null = retracted)
 *        -> roll-up-to-places -> repartition claims-by-location (key locationId|metric)
 *             -> aggregate-by-location [location-claim-entries-store: locationId|metric|claimId -> Claim]
 *                              [location-blog-clocks-store: windows close on each blog's clock]  level 3 (facts)
 *                              [changed-aggregates-store: emitted once per commit interval]
 *                  -> liveblog.aggregates.v1           key locationId|metric|window  value LocationAggregate
 *
 * liveblog.claims.v1     -> read-claims-table       [claims-store: claimId -> Claim]              (queries)
 * liveblog.aggregates.v1 -> read-aggregates-table   [aggregates-store: locationId|metric|window]  (queries)
 * </pre>
 * Every operator, store and internal topic is named ({@link Names}) so upgrades keep their state.
 */
public final class LiveBlogTopology {

    private LiveBlogTopology() {
    }

    /**
     * @param config topic names, retention and grace period
     * @param extractor the figure extractor ({@code new ClaimExtractor(gazetteer)::extract} in production)
     * @return the topology
     */
    public static Topology build(PipelineConfig config, Function<PostText, List<ExtractedClaim>> extractor) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.DEDUP_STORE),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.DEDUP_EXPIRY_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.POST_CLAIMS_STORE),
                Serdes.String(), InternalSerdes.POST_CLAIMS));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.POST_BLOG_CLOCKS_STORE), Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.POST_EXPIRY_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.LOCATION_BLOG_CLOCKS_STORE), Serdes.String(), Serdes.Long()));
        // cached: a mark is set by many claim changes and cleared by the next emission, mostly within one commit
        // interval, so the cache folds them into one changelog record per aggregate and interval instead of a put
        // per change and a delete per emission (half of the pipeline's changelog records were these marks)
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.CHANGED_AGGREGATES_STORE), Serdes.String(), Serdes.Long())
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.LOCATION_CLAIMS_STORE), Serdes.String(),
                InternalSerdes.STORED_CLAIM));

        ClaimFactory claimFactory = new ClaimFactory(extractor);
        Topic<String, LiveBlogUpdate> updatesTopic = config.updates();
        KStream<String, LiveBlogUpdate> updates = builder.stream(updatesTopic.name(),
                Consumed.with(updatesTopic.keySerde(), updatesTopic.valueSerde()).withName(Names.READ_UPDATES));

        KStream<String, ClaimChange> changes = updates
                .processValues(() -> new RedeliveryFilter(Names.DEDUP_STORE, Names.DEDUP_EXPIRY_STORE,
                                Names.POST_BLOG_CLOCKS_STORE, config.dedupRetention()),
                        Named.as(Names.DROP_REDELIVERIES), Names.DEDUP_STORE, Names.DEDUP_EXPIRY_STORE,
                        Names.POST_BLOG_CLOCKS_STORE)
                .process(() -> new PostVersionProcessor(Names.POST_CLAIMS_STORE, Names.POST_BLOG_CLOCKS_STORE,
                                Names.POST_EXPIRY_STORE, claimFactory, config.postRetention()),
                        Named.as(Names.VERSION_POSTS), Names.POST_CLAIMS_STORE, Names.POST_BLOG_CLOCKS_STORE,
                        Names.POST_EXPIRY_STORE);

        changes.map(LiveBlogTopology::toClaimsTopic, Named.as(Names.CLAIMS_TO_TOPIC))
                .to(config.claims().name(), Produced.with(config.claims().keySerde(), config.claims().valueSerde())
                        .withName(Names.WRITE_CLAIMS));

        // one budget for every aggregation task of the instance this topology runs in: the heap is the instance's
        WorkingCopyBudget budget = WorkingCopyBudget.configured(config.heldClaims());
        changes.flatMap((postId, change) -> RollUp.fanOut(change), Named.as(Names.ROLL_UP))
                .repartition(Repartitioned.<String, ClaimChange>as(Names.CLAIMS_BY_LOCATION)
                        .withKeySerde(Serdes.String()).withValueSerde(InternalSerdes.CLAIM_CHANGE))
                .process(() -> new LocationAggregateProcessor(Names.LOCATION_CLAIMS_STORE,
                                Names.LOCATION_BLOG_CLOCKS_STORE, Names.CHANGED_AGGREGATES_STORE,
                                config.gracePeriod(), config.commitInterval(), budget),
                        Named.as(Names.AGGREGATE), Names.LOCATION_CLAIMS_STORE, Names.LOCATION_BLOG_CLOCKS_STORE,
                        Names.CHANGED_AGGREGATES_STORE)
                .to(config.aggregates().name(), Produced.with(config.aggregates().keySerde(),
                        config.aggregates().valueSerde()).withName(Names.WRITE_AGGREGATES));

        // queryable views of the two output topics, for the dashboard and its API (interactive queries). Built last,
        // so the sub-topologies above keep their ids (and their tasks' state); each table's store restores from its
        // own topic (source-topic reuse), so the views add no changelog topic and no second copy in Kafka
        table(builder, config.claims(), Names.READ_CLAIMS_TABLE, Names.CLAIMS_STORE);
        table(builder, config.aggregates(), Names.READ_AGGREGATES_TABLE, Names.AGGREGATES_STORE);
        return builder.build(optimizations());
    }

    /** @return the optimizations the topology is built with: tables restore from their source topics */
    public static Properties optimizations() {
        Properties p = new Properties();
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        return p;
    }

    /**
     * A queryable table of an output topic, its values kept as the topic's bytes and decoded only when a query reads
     * them ({@link io.liveblog.streams.query.EncodedStore}): the pipeline's records are not decoded and encoded again
     * for stores nobody may read.
     */
    private static <V> void table(StreamsBuilder builder, Topic<String, V> topic, String name, String store) {
        builder.table(topic.name(), Consumed.with(topic.keySerde(), Serdes.ByteArray()).withName(name),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(topic.keySerde()).withValueSerde(Serdes.ByteArray()));
    }

    /** A retraction becomes a tombstone for its claim id: the compacted claims topic holds the live claims. */
    private static KeyValue<String, Claim> toClaimsTopic(String postId, ClaimChange change) {
        Claim claim = change.getClaim();
        return KeyValue.pair(claim.getClaimId(), change.getRetracted() ? null : claim);
    }

    /** Names of operators, stores and internal topics; changing one orphans state, so they are pinned by a test. */
    public static final class Names {
        /** Source of the updates topic. */
        public static final String READ_UPDATES = "read-updates";
        /** Level-1 dedup processor. */
        public static final String DROP_REDELIVERIES = "drop-redeliveries";
        /** Delivered post versions (level-1 dedup). */
        public static final String DEDUP_STORE = "updates-delivered-store";
        /**
         * Index of deliveries by blog and the time they are forgotten. (Until 0.1 level-1 dedup was a window store
         * named {@code updates-dedup-store}, on the task's stream time.)
         */
        public static final String DEDUP_EXPIRY_STORE = "updates-delivered-expiry-store";
        /** Post versioning and extraction. */
        public static final String VERSION_POSTS = "version-posts";
        /** Store of the current claims of every post. */
        public static final String POST_CLAIMS_STORE = "post-claims-store";
        /** Each blog's clock as dedup and post versioning see it (blog id -> newest publication time). */
        public static final String POST_BLOG_CLOCKS_STORE = "post-blog-clocks-store";
        /** Index of posts by blog and the time they are forgotten. */
        public static final String POST_EXPIRY_STORE = "post-expiry-index-store";
        /** Claim changes to claims-topic records. */
        public static final String CLAIMS_TO_TOPIC = "claims-to-topic";
        /** Sink of the claims topic. */
        public static final String WRITE_CLAIMS = "write-claims";
        /** Fan-out to every place on the path. */
        public static final String ROLL_UP = "roll-up-to-places";
        /** Repartition topic (suffix) of claims by place and metric. */
        public static final String CLAIMS_BY_LOCATION = "claims-by-location";
        /** Aggregation processor. */
        public static final String AGGREGATE = "aggregate-by-location";
        /**
         * Store of the live claims per place and metric, one entry per claim. (Until 0.1 the store was
         * {@code location-claims-store}, one claim set per key; the new name keeps an upgraded app from reading
         * the old format: reset the application or replay the updates topic after upgrading.)
         */
        public static final String LOCATION_CLAIMS_STORE = "location-claim-entries-store";
        /** Each blog's clock as the aggregation sees it (blog id -> newest claim event time). */
        public static final String LOCATION_BLOG_CLOCKS_STORE = "location-blog-clocks-store";
        /** Aggregates changed since they were last emitted (emitted every commit interval). */
        public static final String CHANGED_AGGREGATES_STORE = "changed-aggregates-store";
        /** Sink of the aggregates topic. */
        public static final String WRITE_AGGREGATES = "write-aggregates";
        /** Source of the claims topic read back as a table (the queryable provenance view). */
        public static final String READ_CLAIMS_TABLE = "read-claims-table";
        /** Queryable view of the claims topic: claim id -> claim (restored from the topic itself). */
        public static final String CLAIMS_STORE = "claims-store";
        /** Source of the aggregates topic read back as a table (the queryable aggregates view). */
        public static final String READ_AGGREGATES_TABLE = "read-aggregates-table";
        /**
         * Queryable view of the aggregates topic: {@code locationId|metric|window} -> aggregate, exactly what
         * downstream consumers read (restored from the topic itself).
         */
        public static final String AGGREGATES_STORE = "aggregates-store";

        private Names() {
        }
    }
}
