package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.ClaimSet;
import io.liveblog.schema.LocationAggregate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps, per (place, metric), the live claims of the place's subtree and re-emits the affected aggregates on every
 * change: the running total and the claim's event-day window. Aggregates are recomputed from the claim set
 * ({@link AggregateCalculator}), so they do not depend on the order claims arrived in.
 *
 * <p>Grace period: a day window stays open until stream time passes its end plus the grace period. A claim for a
 * closed day still updates the running total — late reports must not vanish — but no longer rewrites that day; it is
 * counted in the {@code late-claims-total} metric.
 *
 * <p>State stays bounded: claims older than the grace period plus the incident window are sealed into per-place
 * summaries that keep the running total exact ({@link ClaimSealer}).
 *
 * <p>Input key: {@code locationId|metric}. Output key: {@code locationId|metric|window}; value the aggregate, or
 * null (a tombstone for the compacted topic) when no claim supports it any more.
 */
public final class LocationAggregateProcessor implements Processor<String, ClaimChange, String, LocationAggregate> {

    private static final Logger LOG = LoggerFactory.getLogger(LocationAggregateProcessor.class);

    private final String storeName;
    private final Duration grace;
    private ProcessorContext<String, LocationAggregate> context;
    private KeyValueStore<String, ClaimSet> store;
    private Sensor late;

    /**
     * @param storeName key-value store of {@link ClaimSet} by {@code locationId|metric}
     * @param grace how late a claim may arrive and still change its day window
     */
    public LocationAggregateProcessor(String storeName, Duration grace) {
        this.storeName = storeName;
        this.grace = grace;
    }

    @Override
    public void init(ProcessorContext<String, LocationAggregate> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.late = context.metrics().addSensor("late-claims", Sensor.RecordingLevel.INFO);
        late.add(new MetricName("late-claims-total", "liveblog-aggregate",
                "Claims that arrived after their day window closed (they still update the running total)",
                Map.of("task-id", context.taskId().toString())), new CumulativeSum());
    }

    @Override
    public void process(org.apache.kafka.streams.processor.api.Record<String, ClaimChange> record) {
        ClaimChange change = record.value();
        Claim claim = change.getClaim();
        String placeId = change.getTargetLocationId();
        String metric = claim.getMetric();
        String key = RollUp.key(placeId, metric);

        ClaimSet current = store.get(key);
        List<Claim> claims = new ArrayList<>(current == null ? List.of() : current.getClaims());
        boolean removed = claims.removeIf(c -> c.getClaimId().equals(claim.getClaimId()));
        if (change.getRetracted() && !removed) {
            return;
        }
        if (!change.getRetracted()) {
            claims.add(claim);
        }
        claims.sort(Comparator.comparing(Claim::getClaimId));
        claims = ClaimSealer.seal(claims, c -> sealable(c.getEventDate()));
        if (claims.isEmpty()) {
            store.delete(key);
        } else {
            store.put(key, new ClaimSet(claims));
        }

        emit(record, placeId, metric, AggregateCalculator.TOTAL, claims);
        if (dayWindowOpen(claim.getEventDate())) {
            emit(record, placeId, metric, claim.getEventDate(), claims);
        } else {
            late.record(1);
            LOG.info("Claim {} for {} arrived after the {} window closed (grace {}); only the running total changes",
                    claim.getClaimId(), placeId, claim.getEventDate(), grace);
        }
    }

    private boolean dayWindowOpen(String day) {
        return context.currentStreamTimeMs() < windowEnd(day) + grace.toMillis();
    }

    /** Old enough that no open claim can still be a citation of the same incident ({@link ClaimSealer}). */
    private boolean sealable(String day) {
        return context.currentStreamTimeMs()
                >= windowEnd(day) + grace.toMillis() + FactIdentity.INCIDENT_WINDOW.toMillis();
    }

    private static long windowEnd(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private void emit(org.apache.kafka.streams.processor.api.Record<String, ClaimChange> cause, String placeId,
                      String metric, String window, List<Claim> claims) {
        Optional<LocationAggregate> agg = AggregateCalculator.compute(placeId, metric, window, claims);
        context.forward(cause.<LocationAggregate>withValue(agg.orElse(null))
                .withKey(RollUp.aggregateKey(placeId, metric, window)));
    }
}
