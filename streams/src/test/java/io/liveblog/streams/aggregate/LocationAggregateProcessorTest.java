package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.InternalSerdes;
import io.liveblog.streams.MockStores;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregation processor against a reference that recomputes everything from the whole claim set of a key on
 * every change (the definition of the aggregates: {@link ClaimSealer#seal} then {@link AggregateCalculator#compute}).
 * The processor keeps claims one entry each and regroups only what a change touches; its outputs must be the
 * reference's, record for record, on random histories with repeats, retractions, late and out-of-order claims and
 * sealing, also when its working copies are dropped and read back from the store mid-way.
 */
class LocationAggregateProcessorTest {

    private static final Duration GRACE = Duration.ofDays(2);
    /** Places at every level of one theatre and one of another, shared with {@link FactTreeTest}. */
    static final String[][] PATHS = {
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "north-gaza", "North Gaza Governorate"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "north-gaza", "North Gaza Governorate",
            "jabalya", "Jabalya Camp"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate",
            "rafah-crossing", "Rafah crossing"},
        {"ps", "Palestinian territories", "west-bank", "West Bank", "jenin", "Jenin"},
    };
    private static final String[] SENTENCES = {"in a strike on a house", "when a drone hit a car near a market",
        "in a strike on a house in the camp", "during a raid on a clinic", ""};
    private static final String[] SOURCES = {"MoH", "Civil Defence", null};

    private MockProcessorContext<String, LocationAggregate> context;
    private KeyValueStore<String, Claim> store;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        store = withStores(context);
    }

    /** Registers the processor's three stores in a context; @return its claims store */
    private static KeyValueStore<String, Claim> withStores(MockProcessorContext<String, LocationAggregate> c) {
        KeyValueStore<String, Claim> claims = MockStores.keyValue(c, "claims", Serdes.String(),
                InternalSerdes.STORED_CLAIM);
        MockStores.keyValue(c, "clocks", Serdes.String(), Serdes.Long());
        MockStores.keyValue(c, "changed", Serdes.String(), Serdes.Long());
        return claims;
    }

    private LocationAggregateProcessor newProcessor() {
        return newProcessor(WorkingCopyBudget.ofClaims(100_000));
    }

    private LocationAggregateProcessor newProcessor(WorkingCopyBudget budget) {
        LocationAggregateProcessor p = new LocationAggregateProcessor("claims", "clocks", "changed", GRACE,
                Duration.ofMillis(100), budget);
        p.init(context);
        return p;
    }

    @Test
    void eachClaimIsOneStoreEntryAndARetractionDeletesIt() {
        LocationAggregateProcessor processor = newProcessor();
        Claim c = claim("c1").value(5).sentence("in a strike on a house").at("2023-12-02T10:00:00Z").build();
        List<KeyValue<String, LocationAggregate>> out = process(processor, c, false);
        assertEquals(List.of("gaza-strip|killed|2023-12-02", "gaza-strip|killed|total", "ps|killed|2023-12-02",
                "ps|killed|total"), out.stream().map(kv -> kv.key).toList());
        assertEquals(5L, out.get(1).value.getValue());
        assertEquals(c.getEventTime().toEpochMilli(), context.forwarded().get(1).record().timestamp());
        assertEquals(List.of("gaza-strip|killed|c1", "ps|killed|c1"), storeKeys());
        assertEquals("", store.get("ps|killed|c1").getText(), "entries are slimmed for fact identity");

        out = process(processor, c, true);
        assertNull(out.get(0).value, "no claim left: tombstone");
        assertEquals(List.of(), storeKeys());
        assertEquals(List.of(), process(processor, c, true), "retracting an unknown claim changes nothing");
    }

    @Test
    void outputsEqualTheWholeSetRecomputationOnRandomHistories() {
        for (long seed = 1; seed <= 25; seed++) {
            setUp();
            compareWithReference(seed, 220, false);
        }
    }

    @Test
    void workingCopiesReadBackFromTheStoreGiveTheSameOutputs() {
        for (long seed = 100; seed <= 110; seed++) {
            setUp();
            compareWithReference(seed, 220, true);
        }
    }

    /**
     * Working copies dropped for their budget (here: all but the most recently used ones holding 30 claims, after
     * every change) are read back from the store when next touched, and the outputs do not change.
     */
    @Test
    void workingCopiesDroppedForTheirBudgetGiveTheSameOutputs() {
        for (long seed = 200; seed <= 205; seed++) {
            setUp();
            compareWithReference(seed, 220, false, 30);
        }
    }

    /**
     * The budget is the instance's: each emission trims a task's copies to its share, which halves while a second
     * task aggregates beside it and comes back when that task closes.
     */
    @Test
    void eachEmissionKeepsTheTasksCopiesWithinItsShareOfTheInstanceBudget() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        io.micrometer.core.instrument.Metrics.addRegistry(meters);
        try {
            keepsItsShare();
            String app = context.applicationId();
            assertTrue(meters.get("liveblog.working.copies.dropped").tag("app", app).counter().count() > 0,
                    "drops for the budget are counted");
            double reads = meters.get("liveblog.working.copies.read").tag("app", app).counter().count();
            assertTrue(reads > 5, "five keys, each read at its first touch, and again after a drop: " + reads);
            assertTrue(meters.get("liveblog.working.copies.claims.read").tag("app", app).counter().count() > 0);
        } finally {
            io.micrometer.core.instrument.Metrics.removeRegistry(meters);
            meters.close();
        }
    }

    private void keepsItsShare() {
        WorkingCopyBudget budget = WorkingCopyBudget.ofClaims(6);
        LocationAggregateProcessor processor = newProcessor(budget);
        MockProcessorContext<String, LocationAggregate> otherContext = new MockProcessorContext<>();
        withStores(otherContext);
        LocationAggregateProcessor other = new LocationAggregateProcessor("claims", "clocks", "changed", GRACE,
                Duration.ofMillis(100), budget);
        other.init(otherContext);
        // a claim is held at each place of its path
        String[][] paths = {{"ps", "P", "gaza-strip", "Gaza Strip"}, {"ps", "P", "west-bank", "West Bank"},
            {"ps", "P", "gaza-strip", "Gaza Strip", "gaza-city", "Gaza City"},
            {"ps", "P", "west-bank", "West Bank", "jenin", "Jenin"}};
        for (int i = 0; i < paths.length; i++) {
            process(processor, claim("s" + i).path(paths[i]).value(3 + i).sentence("in strike number " + i)
                    .at("2023-12-0" + (i + 1) + "T10:00:00Z").build(), false);
            assertTrue(processor.heldClaims() <= 3, "two tasks share six claims: " + processor.heldClaims());
        }
        assertEquals(processor.countHeldClaims(), processor.heldClaims());
        other.close();
        process(processor, claim("s9").value(9).sentence("in a strike on a school").at("2023-12-09T10:00:00Z")
                .build(), false);
        long held = processor.heldClaims();
        assertTrue(held > 3 && held <= 6, "alone again, the task has the whole budget: " + held);
    }

    private void compareWithReference(long seed, int steps, boolean restartMidway) {
        compareWithReference(seed, steps, restartMidway, -1);
    }

    /**
     * The processor seals when a pass is due, this reference on every change. A known gap remains, rarer since a
     * claim that splits a fact kept open makes a pass due (1 of 400 seeds): a running total kept by sealing takes
     * its fact's authority at the time of the pass, and a pass on another schedule can see another fact, so
     * citations and fact counts, never values, can differ. Tracked with the streams-core issue.
     */
    private void compareWithReference(long seed, int steps, boolean restartMidway, int heldClaims) {
        Random random = new Random(seed);
        Reference reference = new Reference();
        LocationAggregateProcessor processor = newProcessor();
        List<Claim> asserted = new ArrayList<>();
        int sealed = 0;
        int dropped = 0;
        for (int step = 0; step < steps; step++) {
            if (restartMidway && step % 70 == 69) {
                processor.close();
                processor = newProcessor();
            }
            boolean retract = !asserted.isEmpty() && random.nextInt(6) == 0;
            Claim c = retract ? asserted.remove(random.nextInt(asserted.size()))
                    : randomClaim(random, step);
            if (!retract) {
                asserted.add(c);
            }
            java.util.Map<String, LocationAggregate> actual = asMap(process(processor, c, retract));
            if (heldClaims >= 0) {
                dropped += processor.trimWorkingCopies(heldClaims);
            }
            assertEquals(processor.countHeldClaims(), processor.heldClaims(),
                    "the running count of held claims, seed " + seed + " step " + step);
            java.util.Map<String, LocationAggregate> expected = asMap(reference.process(c, retract));
            assertEquals(expected, actual, "seed " + seed + " step " + step + " claim " + c.getClaimId());
            sealed += (int) reference.sets.values().stream().flatMap(List::stream)
                    .filter(ClaimSealer::isSealed).count();
        }
        assertTrue(sealed > 0, "the history must reach sealing, seed " + seed);
        assertTrue(heldClaims < 0 || dropped > steps, "copies must be dropped and read back, seed " + seed);
    }

    @Test
    void batchedEmissionEndsWithTheValuesOfEmittingEveryChange() {
        for (long seed = 200; seed <= 215; seed++) {
            setUp();
            Random random = new Random(seed);
            Reference reference = new Reference();
            LocationAggregateProcessor processor = newProcessor();
            java.util.Map<String, LocationAggregate> expected = new java.util.TreeMap<>();
            java.util.Map<String, LocationAggregate> actual = new java.util.TreeMap<>();
            List<Claim> asserted = new ArrayList<>();
            int pending = 0;
            for (int step = 0; step < 300; step++) {
                boolean retract = !asserted.isEmpty() && random.nextInt(6) == 0;
                Claim c = retract ? asserted.remove(random.nextInt(asserted.size())) : randomClaim(random, step);
                if (!retract) {
                    asserted.add(c);
                }
                expected.putAll(asMap(reference.process(c, retract)));
                for (KeyValue<String, ClaimChange> kv : RollUp.fanOut(new ClaimChange(c, retract, ""))) {
                    processor.process(new Record<>(kv.key, kv.value, c.getEventTime().toEpochMilli()));
                }
                if (++pending >= 1 + random.nextInt(25)) {
                    context.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());
                    pending = 0;
                }
                context.forwarded().forEach(f -> actual.put(f.record().key(), (LocationAggregate) f.record().value()));
                context.resetForwards();
            }
            context.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());
            context.forwarded().forEach(f -> actual.put(f.record().key(), (LocationAggregate) f.record().value()));
            assertEquals(expected, actual, "seed " + seed);
        }
    }

    @Test
    void oneWalkOfThePlaceTreeGivesWhatAWalkPerAuthorityGave() {
        int compared = 0;
        for (long seed = 300; seed <= 340; seed++) {
            Random random = new Random(seed);
            List<Claim> claims = new ArrayList<>();
            for (int step = 0; step < 60 + random.nextInt(200); step++) {
                // the oracle predates series: one series, so no baselines
                claims.add(FactIdentity.slim(Claim.newBuilder(randomClaim(random, step)).setBaseline(null)
                        .setBaselineText(null).build()));
            }
            for (String place : List.of("ps", "gaza-strip", "north-gaza", "jabalya", "rafah-gov", "west-bank")) {
                for (String window : List.of("total", "2023-12-03", "2023-12-09")) {
                    String what = "seed " + seed + " " + place + " " + window;
                    Optional<LocationAggregate> oracle = PerAuthorityTreeOracle.compute(place, "killed", window,
                            claims);
                    Optional<LocationAggregate> actual = AggregateCalculator.compute(place, "killed", window, claims);
                    // the oracle lists every claim; an aggregate names at most ClaimListing.MAX_LISTED of them
                    assertEquals(oracle.map(LocationAggregateProcessorTest::unlisted),
                            actual.map(LocationAggregateProcessorTest::unlisted), what);
                    if (oracle.isPresent()) {
                        assertListed(oracle.get().getClaimIds(), actual.get().getClaimIds(),
                                actual.get().getClaimCount(), ClaimListing.MAX_LISTED, what);
                        for (int i = 0; i < oracle.get().getAuthorities().size(); i++) {
                            AuthorityFigure o = oracle.get().getAuthorities().get(i);
                            AuthorityFigure a = actual.get().getAuthorities().get(i);
                            assertListed(o.getClaimIds(), a.getClaimIds(), a.getClaimCount(),
                                    ClaimListing.MAX_LISTED_PER_AUTHORITY, what + " " + o.getAuthority());
                        }
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared > 500);
    }

    /**
     * Claims of three blogs spread over 25 days each, arriving up to 5 days out of order, with few distinct values so
     * facts merge; the third blog is a year behind the others (a backfill in the same topic).
     */
    private static Claim randomClaim(Random random, int step) {
        String[] path = PATHS[random.nextInt(PATHS.length)];
        int blog = random.nextInt(3);
        Instant t = Instant.parse(blog == 2 ? "2022-11-20T00:00:00Z" : "2023-12-01T00:00:00Z")
                .plus(Duration.ofHours(step * 25L / 10))
                .minus(Duration.ofHours(random.nextInt(5) == 0 ? random.nextInt(120) : 0));
        ClaimBuilder b = claim("c" + step).path(path).at(t.toString()).blog("blog" + blog)
                .post("p" + random.nextInt(step + 1))
                .source(SOURCES[random.nextInt(SOURCES.length)])
                .sentence("Medics said people were killed " + SENTENCES[random.nextInt(SENTENCES.length)]);
        long value = 3 + random.nextInt(4);
        String[] baselines = {null, null, "2023-10-07", "2023-12-01", "phase:war"};
        switch (random.nextInt(5)) {
            case 0 -> b.atLeast(100 + random.nextInt(3) * 10L).cumulative()
                    .baseline(baselines[random.nextInt(baselines.length)]);
            case 1 -> b.value(100 + random.nextInt(3) * 10L).cumulative()
                    .baseline(baselines[random.nextInt(baselines.length)]);
            case 2 -> b.value(value).scope(random.nextInt(8) == 0 ? "background" : "incremental")
                    .statedDaysBefore(random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0);
            case 3 -> b.atLeast(value);
            default -> b.value(value).headline();
        }
        return b.build();
    }

    /** Processes the change at every place on its path, then lets the emit interval pass. */
    private List<KeyValue<String, LocationAggregate>> process(LocationAggregateProcessor processor, Claim c,
                                                              boolean retracted) {
        context.resetForwards();
        for (KeyValue<String, ClaimChange> kv : RollUp.fanOut(new ClaimChange(c, retracted, ""))) {
            processor.process(new Record<>(kv.key, kv.value, c.getEventTime().toEpochMilli()));
        }
        var punctuators = context.scheduledPunctuators();
        punctuators.get(punctuators.size() - 1).getPunctuator().punctuate(System.currentTimeMillis());
        return context.forwarded().stream()
                .map(f -> KeyValue.pair(f.record().key(), (LocationAggregate) f.record().value())).toList();
    }

    @Test
    void aKeyChangedManyTimesInOneIntervalIsEmittedOnceWithItsLatestValue() {
        LocationAggregateProcessor processor = newProcessor();
        for (int i = 1; i <= 5; i++) {
            Claim c = claim("c" + i).value(i).sentence("in strike number " + i + " on a house " + "x".repeat(i))
                    .at("2023-12-02T1" + i + ":00:00Z").build();
            for (KeyValue<String, ClaimChange> kv : RollUp.fanOut(new ClaimChange(c, false, ""))) {
                processor.process(new Record<>(kv.key, kv.value, c.getEventTime().toEpochMilli()));
            }
        }
        assertEquals(List.of(), context.forwarded(), "nothing before the interval passes");
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());
        List<KeyValue<String, LocationAggregate>> out = context.forwarded().stream()
                .map(f -> KeyValue.pair(f.record().key(), (LocationAggregate) f.record().value())).toList();
        assertEquals(4, out.size());
        assertEquals(15L, out.get(1).value.getValue(), "gaza-strip total of five incidents");
        context.resetForwards();
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());
        assertEquals(List.of(), context.forwarded(), "emitted once");
    }

    /** The last value of each key, as the compacted topic keeps it. */
    private static java.util.Map<String, LocationAggregate> asMap(List<KeyValue<String, LocationAggregate>> out) {
        java.util.Map<String, LocationAggregate> m = new java.util.TreeMap<>();
        out.forEach(kv -> m.put(kv.key, kv.value));
        return m;
    }

    private List<String> storeKeys() {
        List<String> keys = new ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }

    /**
     * The definition: per key the whole claim list, sealed and aggregated from scratch on every change, with each
     * blog's clock the newest event time seen of it; day windows never count sealed summaries.
     */
    private static final class Reference {
        final java.util.Map<String, List<Claim>> sets = new java.util.HashMap<>();
        final java.util.Map<String, Long> clocks = new java.util.HashMap<>();
        final java.util.Set<String> late = new java.util.HashSet<>();

        List<KeyValue<String, LocationAggregate>> process(Claim claim, boolean retracted) {
            List<KeyValue<String, LocationAggregate>> out = new ArrayList<>();
            if (RollUp.fanOut(new ClaimChange(claim, retracted, "")).isEmpty()) {
                return out; // not routed to the aggregation: its clocks never see it
            }
            clocks.merge(claim.getBlogId(), claim.getEventTime().toEpochMilli(), Math::max);
            long clock = clocks.get(claim.getBlogId());
            for (KeyValue<String, ClaimChange> kv : RollUp.fanOut(new ClaimChange(claim, retracted, ""))) {
                String placeId = kv.value.getTargetLocationId();
                List<Claim> claims = new ArrayList<>(sets.getOrDefault(kv.key, List.of()));
                boolean removed = claims.removeIf(x -> x.getClaimId().equals(claim.getClaimId()));
                if (retracted && !removed) {
                    continue;
                }
                if (!retracted) {
                    claims.add(FactIdentity.slim(claim));
                }
                claims.sort(Comparator.comparing(Claim::getClaimId));
                // a claim's age counts from the day it was reported
                claims = ClaimSealer.seal(claims, x -> clocks.get(x.getBlogId())
                        >= end(PlaceMetricClaims.sealingDay(x)) + GRACE.toMillis()
                        + FactIdentity.INCIDENT_WINDOW.toMillis());
                sets.put(kv.key, claims);
                String metric = claim.getMetric();
                out.add(KeyValue.pair(RollUp.aggregateKey(placeId, metric, "total"),
                        AggregateCalculator.compute(placeId, metric, "total", claims).orElse(null)));
                // a day the post names is open to it when the post came within the grace period of that day
                long closes = end(claim.getEventDate()) + GRACE.toMillis();
                boolean open = claim.getEventDateText() != null ? claim.getEventTime().toEpochMilli() < closes
                        : clock < closes;
                if (!open && !retracted) {
                    late.add(claim.getClaimId()); // never counted in its day, even if the day reopens
                }
                // late claims hold no day, for day windows and for the increments of running totals alike
                List<Claim> dayed = claims.stream().map(x -> late.contains(x.getClaimId())
                        ? Claim.newBuilder(x).setEventDate("late:" + x.getEventDate()).build() : x).toList();
                List<Claim> unsealed = dayed.stream().filter(x -> !ClaimSealer.isSealed(x)).toList();
                List<String> days = new ArrayList<>();
                if (open) {
                    days.add(claim.getEventDate());
                }
                if ("cumulative".equals(claim.getScope())) {
                    // later open days with running totals: their increments are differenced against this day
                    String horizon = DailyIncrements.lookaheadEnd(claim.getEventDate());
                    dayed.stream().filter(x -> "cumulative".equals(x.getScope())).map(Claim::getEventDate)
                            .filter(d -> !d.startsWith("late:") && d.compareTo(claim.getEventDate()) > 0)
                            .filter(d -> d.compareTo(horizon) <= 0)
                            .filter(d -> clock < end(d) + GRACE.toMillis()).distinct().forEach(days::add);
                }
                for (String day : days) {
                    out.add(KeyValue.pair(RollUp.aggregateKey(placeId, metric, day),
                            AggregateCalculator.withIncrements(AggregateCalculator.compute(placeId, metric, day,
                                    unsealed), day, () -> DailyIncrements.of(placeId, day, FactIdentity.group(
                                    dayed.stream()
                                    .filter(x -> AggregateCalculator.relevant(x, placeId, metric))
                                    .filter(x -> "cumulative".equals(x.getScope()))
                                    .filter(x -> x.getEventDate().compareTo(DailyIncrements.lookbackStart(day)) >= 0
                                            && x.getEventDate().compareTo(day) <= 0).toList())))
                                    .orElse(null)));
                }
            }
            return out;
        }

        private static long end(String day) {
            return LocalDate.parse(day).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }

    /** @return the aggregate without the claims it names and counts */
    private static LocationAggregate unlisted(LocationAggregate a) {
        return LocationAggregate.newBuilder(a).setClaimIds(List.of()).setClaimCount(0)
                .setAuthorities(a.getAuthorities().stream().map(f -> AuthorityFigure.newBuilder(f)
                        .setClaimIds(List.of()).setClaimCount(0).build()).toList())
                .build();
    }

    /** The named claims are the full list when it is short, else {@code limit} of it; the count is the full one. */
    private static void assertListed(List<String> all, List<String> listed, int count, int limit, String what) {
        assertEquals(all.size(), count, what);
        if (all.size() <= limit) {
            assertEquals(all, listed, what);
        } else {
            assertEquals(limit, listed.size(), what);
            assertTrue(all.containsAll(listed), what);
            assertEquals(listed.stream().sorted().toList(), listed, what);
        }
    }
}
