package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.time.IsoDays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The live claims of one (place, metric) key, kept so that a claim change costs work in proportion to what it
 * touches, not to the key's history: the facts of the running total and of each event day are kept in place trees
 * ({@link WindowFacts}, {@link FactTree}) that regroup only the value a change touched and re-evaluate only the
 * places it touched, and claims are indexed by event day (and by blog and day) for daily increments and sealing.
 *
 * <p>This is a decoded working copy of the store entries of the key ({@link LocationAggregateProcessor}); the store
 * stays the truth and the copy can be rebuilt from it at any time ({@link #of}). Results are exactly those of
 * {@link AggregateCalculator#compute} and {@link ClaimSealer#seal} over the whole claim set.
 */
final class PlaceMetricClaims {

    /** A store change that a claim change or a sealing pass calls for. */
    record Write(String claimId, Claim claim) {
        boolean isDelete() {
            return claim == null;
        }
    }

    private final String placeId;
    private final String metric;
    private final Map<String, Claim> byId = new HashMap<>();
    private final TreeMap<String, Map<String, Claim>> byDay = new TreeMap<>();
    private final Map<String, TreeMap<String, Integer>> daysByBlog = new HashMap<>();

    /** Sealing bookkeeping: what the last pass saw, so a pass runs only when it could change something. */
    private final Map<String, String> sealedThroughDay = new HashMap<>();
    /** Per blog the earliest event day of a claim added since the last pass (a removal may leave it too early). */
    private final Map<String, String> earliestAddedDay = new HashMap<>();
    private boolean removedSinceSealing = true;
    /** Whether a claim was added since the last pass: it can regroup the facts that kept old claims open. */
    private boolean addedSinceSealing;
    /** Whether the last pass kept a fact open: old citations beside a newer one ({@link ClaimSealer.Sealed}). */
    private boolean keptOpen;

    /** The running total's facts, in their place tree ({@link FactTree}). */
    private final WindowFacts total;
    /** Each event day's facts (real claims of that day, neither sealed summaries nor late claims). */
    private final Map<String, WindowFacts> dayWindows = new HashMap<>();
    /**
     * Each day window's daily increments as last worked out. They depend on the running totals of that day and the
     * days it looks back at only, so they are kept until one of those changes: a day emitted again for its other
     * claims does not regroup eight days of running totals.
     */
    private final TreeMap<String, List<DailyIncrement>> dailyNew = new TreeMap<>();
    /**
     * For the day windows whose increments were asked for, the running totals they look back at (that day and the
     * {@value DailyIncrements#LOOKBACK_DAYS} before it), grouped among themselves as claims come and go instead of
     * regrouped whole for every emission of the day.
     */
    private final TreeMap<String, WindowFacts> lookbacks = new TreeMap<>();
    /** The days of {@link #lookbacks}, least recently asked for first. */
    private final LinkedHashMap<String, Boolean> lookbackUse = new LinkedHashMap<>(16, 0.75f, true);
    /**
     * Look-backs kept per key: those of the days most recently asked for; one asked for again is rebuilt from the
     * claims, so memory stays bounded. Not the latest days: when many blogs of one country from different months run
     * at once (a replay, a backfill beside live blogs), a country key has that many open days, and dropping the
     * earliest rebuilt nearly every look-back on every emission (85,000 running totals regrouped again in the bench's
     * 20,000 posts with 12 latest days kept; 4,600 with the 32 most recently used).
     */
    static final int MAX_LOOKBACKS = 32;

    private PlaceMetricClaims(String placeId, String metric) {
        this.placeId = placeId;
        this.metric = metric;
        this.total = new WindowFacts(placeId, metric);
    }

    /** @return the working copy of a key holding these claims (e.g. read back from the store) */
    static PlaceMetricClaims of(String placeId, String metric, Collection<Claim> claims) {
        PlaceMetricClaims state = new PlaceMetricClaims(placeId, metric);
        claims.forEach(state::add);
        return state;
    }

    /** @return whether no claim is held */
    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** @return how many claims are held (sealed summaries included) */
    int size() {
        return byId.size();
    }

    /** Adds a claim, replacing one with the same id. */
    void add(Claim added) {
        Claim claim = SharedClaims.canonical(added);
        remove(claim.getClaimId());
        byId.put(claim.getClaimId(), claim);
        total.add(claim);
        if (inDayWindow(claim)) {
            dayWindows.computeIfAbsent(claim.getEventDate(), d -> new WindowFacts(placeId, metric)).add(claim);
        }
        byDay.computeIfAbsent(claim.getEventDate(), d -> new HashMap<>()).put(claim.getClaimId(), claim);
        runningTotalsChanged(claim, true);
        daysByBlog.computeIfAbsent(claim.getBlogId(), b -> new TreeMap<>()).merge(sealingDay(claim), 1,
                Integer::sum);
        earliestAddedDay.merge(claim.getBlogId(), sealingDay(claim), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        addedSinceSealing = true;
    }

    /** @return whether a claim with this id was held */
    boolean remove(String claimId) {
        Claim old = byId.remove(claimId);
        if (old == null) {
            return false;
        }
        total.remove(old);
        WindowFacts window = inDayWindow(old) ? dayWindows.get(old.getEventDate()) : null;
        if (window != null) {
            window.remove(old);
            if (window.isEmpty()) {
                dayWindows.remove(old.getEventDate());
                dailyNew.remove(old.getEventDate());
                lookbacks.remove(old.getEventDate());
                lookbackUse.remove(old.getEventDate());
            }
        }
        runningTotalsChanged(old, false);
        Map<String, Claim> day = byDay.get(old.getEventDate());
        day.remove(claimId);
        if (day.isEmpty()) {
            byDay.remove(old.getEventDate());
        }
        TreeMap<String, Integer> days = daysByBlog.get(old.getBlogId());
        if (days.merge(sealingDay(old), -1, Integer::sum) == 0) {
            days.remove(sealingDay(old));
            if (days.isEmpty()) {
                daysByBlog.remove(old.getBlogId());
            }
        }
        removedSinceSealing = true;
        return true;
    }

    /**
     * The aggregate of one window, as the aggregation emits it: facts of the window's relevant claims, the
     * aggregation rule ({@link AggregateCalculator#fromFacts}) and, for a day, its daily increments.
     *
     * @param window {@link AggregateCalculator#TOTAL} or an event day {@code YYYY-MM-DD}
     * @return the aggregate, or empty when no claim supports it
     */
    Optional<LocationAggregate> aggregate(String window) {
        WindowFacts facts = AggregateCalculator.TOTAL.equals(window) ? total : dayWindows.get(window);
        if (facts == null) {
            return Optional.empty();
        }
        return AggregateCalculator.withIncrements(AggregateCalculator.fromTree(placeId, metric, window, facts.tree()),
                window, () -> dailyNew.computeIfAbsent(window, day -> DailyIncrements.of(placeId, day,
                        lookback(day).facts())));
    }

    /** @return the running totals a day's increments look back at, grouped; kept up to date from now on */
    private WindowFacts lookback(String day) {
        WindowFacts kept = lookbacks.get(day);
        if (kept == null) {
            kept = WindowFacts.withoutTree(placeId, metric);
            for (Map<String, Claim> d : byDay.subMap(DailyIncrements.lookbackStart(day), true, day, true).values()) {
                for (Claim c : d.values()) {
                    if ("cumulative".equals(c.getScope())) {
                        kept.add(c);
                    }
                }
            }
            lookbacks.put(day, kept);
            if (lookbacks.size() > MAX_LOOKBACKS) {
                String eldest = lookbackUse.keySet().iterator().next();
                lookbacks.remove(eldest);
                lookbackUse.remove(eldest);
            }
        }
        lookbackUse.put(day, Boolean.TRUE);
        return kept;
    }

    /**
     * A running total came or went: the look-backs holding its day take it in or let it go, and the kept increments
     * of those days are forgotten.
     */
    private void runningTotalsChanged(Claim claim, boolean added) {
        // a late claim's day ("late:...") is outside every day's look-back
        if ("cumulative".equals(claim.getScope()) && !claim.getEventDate().startsWith(LATE_PREFIX)) {
            String day = claim.getEventDate();
            String horizon = DailyIncrements.lookaheadEnd(day);
            dailyNew.subMap(day, true, horizon, true).clear();
            for (WindowFacts kept : lookbacks.subMap(day, true, horizon, true).values()) {
                if (added) {
                    kept.add(claim);
                } else {
                    kept.remove(claim);
                }
            }
        }
    }

    /**
     * @param day an event day {@code YYYY-MM-DD}
     * @param through the last day to look at
     * @param open whether a day window is still open
     * @return the open event days after {@code day}, up to {@code through}, that hold a running total: their
     *     increments are differenced against the running totals up to them
     */
    List<String> openRunningTotalDays(String day, String through, Predicate<String> open) {
        List<String> days = new ArrayList<>(2);
        for (Map.Entry<String, Map<String, Claim>> e : byDay.subMap(day, false, through, true).entrySet()) {
            if (!open.test(e.getKey())) {
                continue;
            }
            for (Claim c : e.getValue().values()) {
                if ("cumulative".equals(c.getScope())) {
                    days.add(e.getKey());
                    break;
                }
            }
        }
        return days;
    }

    /**
     * @return whether a claim counts in the day window of its event day: not a sealed summary (it sums incidents of
     *     many days, and a day window reopened by another blog's claims must not count them) nor a late claim
     */
    private static boolean inDayWindow(Claim c) {
        return !ClaimSealer.isSealed(c) && !c.getEventDate().startsWith(LATE_PREFIX);
    }

    /**
     * Seals old claims ({@link ClaimSealer}) when anything changed since the last pass that a pass could act on: a
     * claim removed, a claim added to a day that may now be sealed, a day that became sealable since, or any claim
     * added while an earlier pass kept a fact open, old citations beside a newer one (a new citation can split that
     * fact, as an incident spans at most {@link FactIdentity#INCIDENT_WINDOW}, and through {@link ValueLinks} a claim
     * of another value can change which facts are joined). Otherwise a pass would give back the same claims, and it
     * is skipped; so a key pays for sealing about once a day, and on each new claim only while an old incident's
     * recent restatement keeps it open.
     *
     * @param sealable whether claims of a blog and event day ({@code YYYY-MM-DD}) are old enough to seal, on that
     *     blog's clock; for one blog it must stay true for a day once true, and hold for earlier days too
     * @param beforePass run first when a pass runs (to emit what the days about to be sealed showed)
     * @return the store changes the pass made (deletes of sealed claims, puts of summaries), empty if none
     */
    List<Write> seal(BiPredicate<String, String> sealable, Runnable beforePass) {
        Map<String, String> limits = limitsIfDue(sealable);
        if (limits == null) {
            return List.of();
        }
        beforePass.run();
        Predicate<Claim> old = c -> {
            String limit = limits.get(c.getBlogId());
            return limit != null && sealingDay(c).compareTo(limit) <= 0;
        };
        List<Claim> before = byId.values().stream().sorted(Comparator.comparing(Claim::getClaimId)).toList();
        ClaimSealer.Sealed sealed = ClaimSealer.sealAndTell(before, old);
        List<Claim> after = sealed.claims();
        List<Write> writes = new ArrayList<>();
        Map<String, Claim> kept = new HashMap<>();
        after.forEach(c -> kept.put(c.getClaimId(), c));
        for (Claim c : before) {
            if (!kept.containsKey(c.getClaimId())) {
                remove(c.getClaimId());
                writes.add(new Write(c.getClaimId(), null));
            }
        }
        for (Claim c : after) {
            if (!c.equals(byId.get(c.getClaimId()))) {
                add(c);
                writes.add(new Write(c.getClaimId(), c));
            }
        }
        sealedThroughDay.putAll(limits);
        earliestAddedDay.clear();
        addedSinceSealing = false;
        keptOpen = sealed.keptOpen();
        removedSinceSealing = false;
        return writes;
    }

    /** @return per blog the newest sealable day, when a sealing pass could change something; else null */
    private Map<String, String> limitsIfDue(BiPredicate<String, String> sealable) {
        Map<String, String> limits = new HashMap<>();
        boolean newDay = false;
        for (Map.Entry<String, TreeMap<String, Integer>> blog : daysByBlog.entrySet()) {
            String through = null;
            for (String day : blog.getValue().keySet()) {
                if (!sealable.test(blog.getKey(), day)) {
                    break;
                }
                through = day;
            }
            if (through != null) {
                limits.put(blog.getKey(), through);
                String before = sealedThroughDay.getOrDefault(blog.getKey(), "");
                newDay |= through.compareTo(before) > 0
                        && !blog.getValue().subMap(before, false, through, true).isEmpty();
            }
        }
        if (limits.isEmpty()) {
            addedSinceSealing = false; // nothing is old enough to seal, so nothing was kept open either
            keptOpen = false;
            return null;
        }
        boolean newClaim = limits.entrySet().stream().anyMatch(e -> {
            String added = earliestAddedDay.get(e.getKey());
            return added != null && added.compareTo(e.getValue()) <= 0;
        });
        boolean due = removedSinceSealing || newDay || newClaim || keptOpen && addedSinceSealing;
        addedSinceSealing = false;
        return due ? limits : null;
    }

    /**
     * The day a claim's age is counted from: the day it was reported. A post of today about last Thursday is as new
     * as any other post of today; counting its age from Thursday would seal it on arrival on one task and not on
     * another, whose clock of the blog differs by the interleaving of partitions. A running total counts from
     * {@value DailyIncrements#LOOKBACK_DAYS} days later: the daily increments of the days after it are differenced
     * against it, and sealing it while they are open would make what they show depend on when sealing ran.
     */
    static String sealingDay(Claim c) {
        String day = c.getReportDate() != null ? c.getReportDate() : eventDay(c);
        return "cumulative".equals(c.getScope()) && !ClaimSealer.isSealed(c)
                ? IsoDays.plusDays(day, DailyIncrements.LOOKBACK_DAYS) : day;
    }

    /**
     * Marks the stored event day of a claim that arrived after its day window closed: it counts in the running total
     * and never in a day window ({@link #inDayWindow}).
     */
    static final String LATE_PREFIX = "late:";

    /** @return the claim's event day, without the mark of a late claim ({@link #LATE_PREFIX}) */
    static String eventDay(Claim c) {
        String d = c.getEventDate();
        return d.startsWith(LATE_PREFIX) ? d.substring(LATE_PREFIX.length()) : d;
    }
}
