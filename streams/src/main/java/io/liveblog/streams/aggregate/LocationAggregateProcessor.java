package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LocationAggregate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import io.liveblog.streams.metrics.PipelineMetrics;
import io.liveblog.streams.time.BlogClocks;
import io.liveblog.streams.time.IsoDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps, per (place, metric), the live claims of the place's subtree and re-emits the affected aggregates on every
 * change: the running total and the claim's event-day window. Aggregates are what {@link AggregateCalculator} makes
 * of the claim set, so they do not depend on the order claims arrived in.
 *
 * <p>State: one store entry per claim, key {@code locationId|metric|claimId}, value the claim slimmed for fact
 * identity ({@link FactIdentity#slim}); a change writes only the entry it changes. Claims of a key are read back
 * with one prefix scan into a working copy ({@link PlaceMetricClaims}) the first time the key is touched after the
 * task started; the copy is kept for the next changes, so a change regroups only the facts of the claim's value
 * instead of re-reading, regrouping and re-writing every claim of the key. Working copies are dropped when the task
 * is (re)initialised, so they never outlive the store they were read from, and the least recently used ones are
 * dropped beyond {@link #MAX_WORKING_COPIES} keys or the task's share of the instance's {@link WorkingCopyBudget}.
 *
 * <p>Time is each blog's own ({@link BlogClocks}): a day window stays open for a blog's claims until that blog's
 * clock passes the day's end plus the grace period, and a blog's claims seal on its own clock, so a blog backfilled
 * behind others gets the day windows it would get alone. A claim for a closed day still updates the running total —
 * late reports must not vanish — but no longer rewrites that day; it is counted in the {@code late-claims-total}
 * metric.
 *
 * <p>State stays bounded: claims older than the grace period plus the incident window are sealed into per-place
 * summaries that keep the running total exact ({@link ClaimSealer}).
 *
 * <p>Emission: a change marks the aggregates it affects (the running total and the claim's day window) as changed,
 * in a store so a crash cannot lose the mark; every emit interval (the commit interval, wall clock) each changed
 * aggregate is computed once from the current claims and emitted, like a KTable's cache does at commit. A busy
 * country-level key is then computed a few times a second instead of for every claim below it, and the compacted
 * topic ends with the same values.
 *
 * <p>Input key: {@code locationId|metric}. Output key: {@code locationId|metric|window}; value the aggregate, or
 * null (a tombstone for the compacted topic) when no claim supports it any more. The output timestamp is the newest
 * timestamp among the changes that made it.
 */
public final class LocationAggregateProcessor implements Processor<String, ClaimChange, String, LocationAggregate> {

    private static final Logger LOG = LoggerFactory.getLogger(LocationAggregateProcessor.class);

    /** Working copies kept per task; beyond this the least recently used key is read back from the store. */
    static final int MAX_WORKING_COPIES = 4096;
    private final String storeName;
    private final String clocksStoreName;
    private final String dirtyStoreName;
    private final Duration grace;
    private final Duration emitInterval;
    /** How many claims this task's working copies may hold: its share of the instance's budget. */
    private final WorkingCopyBudget budget;
    private ProcessorContext<String, LocationAggregate> context;
    private KeyValueStore<String, Claim> store;
    private BlogClocks clocks;
    private KeyValueStore<String, Long> dirty;
    private Sensor late;
    private final Map<String, PlaceMetricClaims> workingCopies = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlaceMetricClaims> eldest) {
            if (size() > MAX_WORKING_COPIES) {
                held -= eldest.getValue().size();
                return true;
            }
            return false;
        }
    };
    /**
     * Claims held in working copies, kept as copies are read, changed and dropped: summing every copy after each
     * emission cost a walk of up to {@link #MAX_WORKING_COPIES} copies per task several times a second.
     */
    private long held;

    /**
     * @param storeName key-value store of claims by {@code locationId|metric|claimId}
     * @param clocksStoreName key-value store of each blog's clock as this task has seen it ({@link BlogClocks})
     * @param dirtyStoreName key-value store of the aggregates changed since they were last emitted (key
     *     {@code locationId|metric|window}, value the newest timestamp of a change)
     * @param grace how late a claim may arrive (on its blog's clock) and still change its day window
     * @param emitInterval how often (wall clock) changed aggregates are emitted
     * @param budget the claims the working copies of this app instance may hold, shared with its other tasks
     */
    public LocationAggregateProcessor(String storeName, String clocksStoreName, String dirtyStoreName,
                                      Duration grace, Duration emitInterval, WorkingCopyBudget budget) {
        this.storeName = storeName;
        this.clocksStoreName = clocksStoreName;
        this.dirtyStoreName = dirtyStoreName;
        this.grace = grace;
        this.emitInterval = emitInterval;
        this.budget = budget;
    }

    @Override
    public void init(ProcessorContext<String, LocationAggregate> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        KeyValueStore<String, Long> clockStore = context.getStateStore(clocksStoreName);
        this.clocks = BlogClocks.keptInMemory(clockStore);
        this.dirty = context.getStateStore(dirtyStoreName);
        workingCopies.clear();
        held = 0;
        budget.join();
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, now -> emitChanged());
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

        long clock = clocks.advance(claim.getBlogId(), claim.getEventTime().toEpochMilli());
        long dayCloses = windowEnd(claim.getEventDate()) + grace.toMillis();
        // a day the post itself names ("on Thursday") is open to it when the post came within the grace period of
        // that day, whatever other posts of the blog the task has seen: the decision must not depend on how
        // partitions interleave. A day that is the report day follows the blog's clock, as before.
        boolean dayOpen = claim.getEventDateText() != null ? claim.getEventTime().toEpochMilli() < dayCloses
                : clock < dayCloses;
        String dayKey = RollUp.aggregateKey(placeId, metric, claim.getEventDate());
        Long dayMarked = dayOpen ? null : dirty.get(dayKey);
        if (dayMarked != null) {
            // a late claim does not change its closed day: emit what the day showed before it
            emit(KeyValue.pair(dayKey, dayMarked));
        }
        if ("cumulative".equals(claim.getScope())) {
            flushClosedDaysAfter(key, claim.getEventDate(), clock);
        }
        PlaceMetricClaims claims = workingCopy(placeId, metric);
        int sizeBefore = claims.size();
        boolean removed = claims.remove(claim.getClaimId());
        if (change.getRetracted() && !removed) {
            return;
        }
        if (change.getRetracted()) {
            store.delete(entryKey(key, claim.getClaimId()));
        } else {
            Claim slim = FactIdentity.slim(claim);
            if (!dayOpen) {
                // a late claim is kept out of its closed day for good: a later claim that reopens the day (a post
                // naming it, within the grace period) must not bring it in on one partitioning and not another
                slim = Claim.newBuilder(slim).setEventDate(PlaceMetricClaims.LATE_PREFIX + claim.getEventDate())
                        .build();
            }
            claims.add(slim);
            store.put(entryKey(key, claim.getClaimId()), slim);
        }
        // a pass folds old days into summaries that day windows do not count: emit what those days showed first
        for (PlaceMetricClaims.Write w : claims.seal(this::sealable, () -> emitChanged(key + '|'))) {
            if (w.isDelete()) {
                store.delete(entryKey(key, w.claimId()));
            } else {
                store.put(entryKey(key, w.claimId()), w.claim());
            }
        }
        held += claims.size() - sizeBefore;
        markChanged(RollUp.aggregateKey(placeId, metric, AggregateCalculator.TOTAL), record.timestamp());
        if ("cumulative".equals(claim.getScope())) {
            // the increments of the open days that follow are differenced against this day's running totals
            String horizon = DailyIncrements.lookaheadEnd(claim.getEventDate());
            for (String later : claims.openRunningTotalDays(claim.getEventDate(), horizon,
                    d -> clock < windowEnd(d) + grace.toMillis())) {
                markChanged(RollUp.aggregateKey(placeId, metric, later), record.timestamp());
            }
        }
        if (dayOpen) {
            markChanged(dayKey, record.timestamp());
        } else {
            late.record(1);
            LOG.debug("Claim {} for {} arrived after the {} window closed (grace {}); only the running total changes",
                    claim.getClaimId(), placeId, claim.getEventDate(), grace);
        }
    }

    @Override
    public void close() {
        workingCopies.clear();
        held = 0;
        budget.leave();
    }

    /** @return the key's working copy, read back from the store when the task has none */
    private PlaceMetricClaims workingCopy(String placeId, String metric) {
        String key = RollUp.key(placeId, metric);
        PlaceMetricClaims copy = workingCopies.get(key);
        if (copy == null) {
            List<Claim> stored = new ArrayList<>();
            try (KeyValueIterator<String, Claim> it = store.prefixScan(key + '|', new StringSerializer())) {
                it.forEachRemaining(kv -> stored.add(kv.value));
            }
            copy = PlaceMetricClaims.of(placeId, metric, stored);
            PipelineMetrics.workingCopyRead(context.applicationId(), stored.size());
            held += copy.size();
            workingCopies.put(key, copy);
        }
        return copy;
    }

    /** @return the store key of one claim of a place's metric */
    static String entryKey(String placeMetricKey, String claimId) {
        return placeMetricKey + '|' + claimId;
    }

    /**
     * Old enough, on its blog's clock, that no open claim can still be a citation of the same incident
     * ({@link ClaimSealer}).
     */
    private boolean sealable(String blogId, String day) {
        return clocks.of(blogId) >= windowEnd(day) + grace.toMillis() + FactIdentity.INCIDENT_WINDOW.toMillis();
    }

    private static long windowEnd(String day) {
        return IsoDays.endMillis(day);
    }

    private void markChanged(String aggregateKey, long timestamp) {
        Long before = dirty.get(aggregateKey);
        if (before == null || before < timestamp) {
            dirty.put(aggregateKey, timestamp);
        }
    }

    /** Emits every changed aggregate, in key order, then keeps the working copies within their budget. */
    void emitChanged() {
        List<KeyValue<String, Long>> changed = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = dirty.all()) {
            it.forEachRemaining(changed::add);
        }
        changed.forEach(this::emit);
        PipelineMetrics.workingCopiesDropped(context.applicationId(), trimWorkingCopies(budget.share()));
    }

    /**
     * Drops the least recently used working copies until those left hold at most {@code budget} claims.
     *
     * @return how many were dropped
     */
    int trimWorkingCopies(long budget) {
        int dropped = 0;
        var eldestFirst = workingCopies.values().iterator();
        while (held > budget && eldestFirst.hasNext()) {
            held -= eldestFirst.next().size();
            eldestFirst.remove();
            dropped++;
        }
        return dropped;
    }

    /** @return the claims held in working copies (what {@link #trimWorkingCopies} weighs against its budget) */
    long heldClaims() {
        return held;
    }

    /** @return the claims held in working copies, counted copy by copy (for tests of {@link #heldClaims}) */
    long countHeldClaims() {
        return workingCopies.values().stream().mapToLong(PlaceMetricClaims::size).sum();
    }

    /**
     * A running total changes the increments of the days that follow it ({@link DailyIncrements}); a closed day among
     * them keeps what it showed: if it is still waiting to be emitted, it is emitted now, before the change.
     */
    private void flushClosedDaysAfter(String key, String day, long clock) {
        String prefix = key + '|';
        String horizon = DailyIncrements.lookaheadEnd(day);
        List<KeyValue<String, Long>> closed = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = dirty.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> {
                String window = kv.key.substring(prefix.length());
                if (!AggregateCalculator.TOTAL.equals(window) && window.compareTo(day) > 0
                        && window.compareTo(horizon) <= 0 && clock >= windowEnd(window) + grace.toMillis()) {
                    closed.add(kv);
                }
            });
        }
        closed.forEach(this::emit);
    }

    /** Emits the changed aggregates whose keys start with a prefix ({@code locationId|metric|}). */
    private void emitChanged(String prefix) {
        List<KeyValue<String, Long>> changed = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = dirty.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(changed::add);
        }
        changed.forEach(this::emit);
    }

    /** Computes one aggregate from the current claims and forwards it (a tombstone when nothing supports it). */
    private void emit(KeyValue<String, Long> changed) {
        String[] parts = changed.key.split("\\|", 3);
        String placeId = parts[0];
        String metric = parts[1];
        String window = parts[2];
        PlaceMetricClaims claims = workingCopy(placeId, metric);
        Optional<LocationAggregate> agg = claims.aggregate(window);
        PipelineMetrics.aggregate(context.applicationId(), !AggregateCalculator.TOTAL.equals(window),
                agg.map(LocationAggregate::getFactCount).orElse(0),
                agg.map(LocationAggregate::getClaimCount).orElse(0));
        context.forward(new org.apache.kafka.streams.processor.api.Record<>(changed.key, agg.orElse(null),
                changed.value));
        dirty.delete(changed.key);
        if (claims.isEmpty()) {
            // an empty copy holds no claims: the count stays right
            workingCopies.remove(RollUp.key(placeId, metric));
        }
    }
}
