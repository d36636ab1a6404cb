package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Routes a claim change to every place on the claim's location path (country, territory, governorate, town, camp),
 * so each level's aggregate sees the claims of its whole subtree. Claims that cannot enter aggregates (background,
 * planned, projected, unlocated) are not routed: they stay on the claims topic only. What is routed is the claim
 * slimmed for fact identity ({@link FactIdentity#slim}); the claims topic keeps the whole claim.
 */
public final class RollUp {

    private RollUp() {
    }

    /** @return one change per place on the path, keyed {@code locationId|metric} */
    public static List<KeyValue<String, ClaimChange>> fanOut(ClaimChange change) {
        Claim c = change.getClaim();
        if (!AggregateCalculator.counts(c) || c.getLocationIds().isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, ClaimChange>> out = new ArrayList<>(c.getLocationIds().size());
        // the aggregation needs only what fact identity reads: the slim claim keeps the repartition topic small
        Claim slim = FactIdentity.slim(c);
        for (String placeId : c.getLocationIds()) {
            out.add(KeyValue.pair(key(placeId, c.getMetric()), new ClaimChange(slim, change.getRetracted(), placeId)));
        }
        return out;
    }

    /** @return the store/partition key of a place's metric */
    public static String key(String placeId, String metric) {
        return placeId + '|' + metric;
    }

    /** @return the aggregates topic key of a place's metric in a window */
    public static String aggregateKey(String placeId, String metric, String window) {
        return placeId + '|' + metric + '|' + window;
    }
}
