package io.liveblog.streams.query;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.aggregate.AggregateCalculator;
import io.liveblog.streams.aggregate.StoredClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Questions the dashboard and its API ask of the pipeline's state stores (interactive queries): aggregates by place,
 * metric and window, a place's day series, the claims behind an aggregate, a post's claims and one blog's share.
 *
 * <p>Reads three stores and nothing else: {@code aggregates-store} (the aggregates topic as a table: exactly what
 * downstream consumers read), {@code claims-store} (the claims topic as a table: provenance that outlives the
 * aggregation's sealing and the posts' retention) and {@code location-claim-entries-store} (the aggregation's own
 * claims, to recompute a place's figures from one blog's claims). The stores may be a running app's (local
 * partitions) or a {@code TopologyTestDriver}'s.
 */
public final class PipelineQueries {

    private final ReadOnlyKeyValueStore<String, LocationAggregate> aggregates;
    private final ReadOnlyKeyValueStore<String, Claim> claims;
    private final ReadOnlyKeyValueStore<String, Claim> locationClaims;

    /**
     * @param aggregates {@code aggregates-store}: {@code locationId|metric|window} -> aggregate
     * @param claims {@code claims-store}: claim id -> claim
     * @param locationClaims {@code location-claim-entries-store}: {@code locationId|metric|claimId} -> stored claim
     */
    public PipelineQueries(ReadOnlyKeyValueStore<String, LocationAggregate> aggregates,
                           ReadOnlyKeyValueStore<String, Claim> claims,
                           ReadOnlyKeyValueStore<String, Claim> locationClaims) {
        this.aggregates = Objects.requireNonNull(aggregates, "aggregates");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.locationClaims = Objects.requireNonNull(locationClaims, "locationClaims");
    }

    /**
     * Queries over the stores of an app built by {@link io.liveblog.streams.LiveBlogTopology}, whose query tables hold
     * the output topics' records as the topics' bytes ({@link EncodedStore}).
     *
     * @param aggregates {@code aggregates-store}, values as the aggregates topic's bytes
     * @param claims {@code claims-store}, values as the claims topic's bytes
     * @param locationClaims {@code location-claim-entries-store}
     * @param config the app's configuration, whose topics decode the tables' values
     */
    public static PipelineQueries overTables(ReadOnlyKeyValueStore<String, byte[]> aggregates,
                                             ReadOnlyKeyValueStore<String, byte[]> claims,
                                             ReadOnlyKeyValueStore<String, Claim> locationClaims,
                                             io.liveblog.streams.PipelineConfig config) {
        return new PipelineQueries(EncodedStore.decoding(aggregates, config.aggregates()),
                EncodedStore.decoding(claims, config.claims()), locationClaims);
    }

    /**
     * @param window {@code total} or a day {@code YYYY-MM-DD}, or null for every window
     * @param metric a metric, or null for all
     * @return the aggregates of that window, in key order (place id, metric, window)
     */
    public List<LocationAggregate> aggregates(String window, String metric) {
        List<LocationAggregate> out = new ArrayList<>();
        try (KeyValueIterator<String, LocationAggregate> it = aggregates.all()) {
            it.forEachRemaining(kv -> {
                LocationAggregate a = kv.value;
                if (a != null && (window == null || a.getWindow().equals(window)) && (metric == null || a.getMetric().equals(metric))) {
                    out.add(a);
                }
            });
        }
        return out;
    }

    /** @return the aggregate of a place, metric and window, as last emitted */
    public Optional<LocationAggregate> aggregate(String locationId, String metric, String window) {
        return Optional.ofNullable(aggregates.get(locationId + '|' + metric + '|' + window));
    }

    /** @return the day aggregates of a place and metric, oldest day first (the running total is not among them) */
    public List<LocationAggregate> series(String locationId, String metric) {
        List<LocationAggregate> days = new ArrayList<>();
        try (KeyValueIterator<String, LocationAggregate> it =
                     aggregates.prefixScan(locationId + '|' + metric + '|', new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value != null && !AggregateCalculator.TOTAL.equals(kv.value.getWindow())) {
                    days.add(kv.value);
                }
            });
        }
        days.sort(java.util.Comparator.comparing(LocationAggregate::getWindow));
        return days;
    }

    /** @return the claim with this id, from the claims topic (empty when retracted or unknown) */
    public Optional<Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    /**
     * @return the claims an aggregate rests on, in the aggregate's order; an id whose claim is no longer on the
     *     claims topic (retracted since) maps to an empty value
     */
    public List<KeyValue<String, Optional<Claim>>> claimsBehind(LocationAggregate aggregate) {
        List<KeyValue<String, Optional<Claim>>> out = new ArrayList<>(aggregate.getClaimIds().size());
        for (String id : aggregate.getClaimIds()) {
            out.add(KeyValue.pair(id, claim(id)));
        }
        return out;
    }

    /** @return the live claims of one post, by span order (a scan of the claims table) */
    public List<Claim> claimsOfPost(String postId) {
        return allClaims(c -> c.getPostId().equals(postId));
    }

    /** @return the ids of the blogs with live claims, sorted */
    public List<String> blogs() {
        TreeSet<String> blogs = new TreeSet<>();
        try (KeyValueIterator<String, Claim> it = claims.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    blogs.add(kv.value.getBlogId());
                }
            });
        }
        return List.copyOf(blogs);
    }

    /**
     * One blog's share: the aggregates of a window recomputed from that blog's claims alone, by the aggregation's
     * own rule. Only claims the aggregation still holds count (older ones are sealed into per-place summaries).
     *
     * @param blogId the blog
     * @param window {@code total} or a day
     * @param metric a metric, or null for all
     * @return the aggregates, in key order
     */
    public List<LocationAggregate> aggregatesOfBlog(String blogId, String window, String metric) {
        List<LocationAggregate> out = new ArrayList<>();
        String currentKey = null;
        List<Claim> current = new ArrayList<>();
        try (KeyValueIterator<String, Claim> it = locationClaims.all()) {
            while (it.hasNext()) {
                KeyValue<String, Claim> kv = it.next();
                // locationId|metric|claimId: neither a place id nor a metric holds '|' (a sealed summary's id does)
                String key = kv.key.substring(0, kv.key.indexOf('|', kv.key.indexOf('|') + 1));
                if (!key.equals(currentKey)) {
                    addAggregate(currentKey, current, window, out);
                    currentKey = key;
                    current = new ArrayList<>();
                }
                Claim c = kv.value;
                if (c != null && blogId.equals(c.getBlogId()) && (metric == null || metric.equals(c.getMetric()))) {
                    current.add(c);
                }
            }
        }
        addAggregate(currentKey, current, window, out);
        return out;
    }

    private static void addAggregate(String placeMetric, List<Claim> stored, String window,
                                     List<LocationAggregate> out) {
        if (placeMetric == null || stored.isEmpty()) {
            return;
        }
        int cut = placeMetric.indexOf('|');
        StoredClaims.aggregate(placeMetric.substring(0, cut), placeMetric.substring(cut + 1), window, stored)
                .ifPresent(out::add);
    }

    private List<Claim> allClaims(Predicate<Claim> wanted) {
        List<Claim> out = new ArrayList<>();
        try (KeyValueIterator<String, Claim> it = claims.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null && wanted.test(kv.value)) {
                    out.add(kv.value);
                }
            });
        }
        out.sort(java.util.Comparator.comparing(Claim::getField).thenComparingInt(Claim::getSpanStart));
        return out;
    }
}
