package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.util.Collection;
import java.util.Optional;

/**
 * Aggregates recomputed from claims as the aggregation stores them ({@code location-claim-entries-store}), for
 * questions the emitted aggregates cannot answer, such as one blog's share of a place's figures. The computation is
 * the aggregation's own ({@link PlaceMetricClaims#aggregate}), so the claims of every blog give exactly the emitted
 * aggregate.
 */
public final class StoredClaims {

    private StoredClaims() {
    }

    /**
     * @param placeId the place (every stored claim must be routed to it)
     * @param metric the metric
     * @param window {@link AggregateCalculator#TOTAL} or an event day {@code YYYY-MM-DD}
     * @param stored stored claims of the place and metric (slim, possibly sealed summaries or marked late)
     * @return the aggregate, or empty when no claim supports it
     */
    public static Optional<LocationAggregate> aggregate(String placeId, String metric, String window,
                                                        Collection<Claim> stored) {
        return stored.isEmpty() ? Optional.empty() : PlaceMetricClaims.of(placeId, metric, stored).aggregate(window);
    }
}
