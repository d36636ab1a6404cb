package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topic;
import io.liveblog.topics.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The alerts app's topology, a pure function of its configuration:
 *
 * <pre>
 * liveblog.aggregates.v1 (key place|metric|window)
 *   -> stamp-replay (history present at start is marked)  -> drop-withdrawn -> key-by-theatre
 *   -> repartition aggregates-by-theatre (key: the country at the head of the path)
 *   -> raise-alerts [alert-key-state-store, alert-theatre-clocks-store, alert-places-store, alerts-raised-store]
 *                   [alert-claims-store: global table of liveblog.claims.v1, for the evidence's sentences]
 *   -> liveblog.alerts.v1 (key alertId, value Alert)
 * </pre>
 */
public final class AlertsTopology {

    private AlertsTopology() {
    }

    /**
     * @param config the pipeline's config (its aggregates and claims topics)
     * @param alerts the alerts topic
     * @param rules the rules
     * @param historyEnd per partition of the aggregates topic, its end offset when the app started (empty: none)
     * @return the topology
     */
    public static Topology build(PipelineConfig config, Topic<String, Alert> alerts, AlertRules rules,
                                 Map<Integer, Long> historyEnd) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.KEY_STATE_STORE),
                Serdes.String(), JsonSerde.of(KeyState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Names.THEATRE_CLOCKS_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.PLACES_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.RAISED_STORE),
                Serdes.String(), Serdes.Long()));
        Topic<String, Claim> claims = config.claims();
        builder.globalTable(claims.name(), Consumed.with(claims.keySerde(), claims.valueSerde())
                        .withName(Names.READ_CLAIMS),
                Materialized.<String, Claim, KeyValueStore<Bytes, byte[]>>as(Names.CLAIMS_STORE)
                        .withKeySerde(claims.keySerde()).withValueSerde(claims.valueSerde()));

        Topic<String, LocationAggregate> aggregates = config.aggregates();
        AlertEvaluator evaluator = new AlertEvaluator(rules);
        builder.stream(aggregates.name(), Consumed.with(aggregates.keySerde(), aggregates.valueSerde())
                        .withName(Names.READ_AGGREGATES))
                .processValues(() -> new ReplayStamp(historyEnd), Named.as(Names.STAMP_REPLAY))
                .filter((key, aggregate) -> aggregate != null, Named.as(Names.DROP_WITHDRAWN))
                .selectKey((key, aggregate) -> aggregate.getLocationPath().get(0), Named.as(Names.KEY_BY_THEATRE))
                .repartition(Repartitioned.<String, LocationAggregate>as(Names.BY_THEATRE)
                        .withKeySerde(Serdes.String()).withValueSerde(aggregates.valueSerde()))
                .process(() -> new AlertProcessor(evaluator), Named.as(Names.RAISE_ALERTS), Names.KEY_STATE_STORE,
                        Names.THEATRE_CLOCKS_STORE, Names.PLACES_STORE, Names.RAISED_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde())
                        .withName(Names.WRITE_ALERTS));
        return builder.build();
    }

    /** @return the alerts topic under the name the config gives it */
    public static Topic<String, Alert> alertsTopic(String name) {
        return Topics.ALERTS.renamed(name);
    }

    /** Names of operators, stores and internal topics, pinned by a test. */
    public static final class Names {
        /** Source of the aggregates topic. */
        public static final String READ_AGGREGATES = "read-aggregates";
        /** Marks history present at start. */
        public static final String STAMP_REPLAY = "stamp-replay";
        /** Drops withdrawn aggregates (tombstones). */
        public static final String DROP_WITHDRAWN = "drop-withdrawn";
        /** Re-keys by theatre. */
        public static final String KEY_BY_THEATRE = "key-by-theatre";
        /** Repartition topic (suffix) of aggregates by theatre. */
        public static final String BY_THEATRE = "aggregates-by-theatre";
        /** The alert rules. */
        public static final String RAISE_ALERTS = "raise-alerts";
        /** Sink of the alerts topic. */
        public static final String WRITE_ALERTS = "write-alerts";
        /** Source of the claims topic (global table). */
        public static final String READ_CLAIMS = "read-claims-global";
        /** Claims by id, for the evidence of alerts. */
        public static final String CLAIMS_STORE = "alert-claims-store";
        /** Per theatre, place and metric: {@link KeyState}. */
        public static final String KEY_STATE_STORE = "alert-key-state-store";
        /** Per theatre: its newest reported day. */
        public static final String THEATRE_CLOCKS_STORE = "alert-theatre-clocks-store";
        /** Places that have reported (for first reports). */
        public static final String PLACES_STORE = "alert-places-store";
        /** Alert ids raised, with the time they were raised (each is raised once). */
        public static final String RAISED_STORE = "alerts-raised-store";

        private Names() {
        }
    }
}
