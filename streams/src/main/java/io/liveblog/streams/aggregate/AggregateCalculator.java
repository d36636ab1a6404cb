package io.liveblog.streams.aggregate;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.SeriesFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Computes the aggregate of one metric at one place for one window from the live claims located at that place or
 * below it. A pure function of the claim set: the same claims give the same aggregate whatever order they came in.
 *
 * <p>The rule, applied at every node of the place tree below the target (children first):
 * <ol>
 *   <li>Claims are grouped into facts ({@link FactIdentity}): repeated citations count once.</li>
 *   <li>Running totals (cumulative) are never summed: per (place, authority) the fact first reported last wins; a
 *       later lower figure is a revision and is listed in {@code revisions}, unless it is a bound the exact figure
 *       before it lies within ({@link #standing}: "more than 10 million" after "10.7 million"). Different authorities' running totals at
 *       the same place are combined conservatively ({@link Bounds#conservativeWith}), an unattributed one only while no
 *       named authority has reported since it ({@link #combineAuthorities}).</li>
 *   <li>Incremental facts at the place add up, together with the estimates of its child places.</li>
 *   <li>The place's estimate is the larger of its own running total and that sum ({@link Bounds#atLeast}): a
 *       parent never shows less than its own cumulative reports, and children are never added on top of it.</li>
 * </ol>
 * Running totals that count from different starts ("since October 7", "since the truce ended") are separate
 * series ({@link SeriesSplit}): the rule above applies within each; the place's headline series fills the aggregate
 * and the others are listed in {@code otherSeries}, so a new baseline is never a revision.
 * Claims that are background or not {@code reported} (planned, projected) never enter an aggregate.
 * The window {@code total} uses every claim; a day window only the claims of that event day.
 */
public final class AggregateCalculator {

    /** Window name of the running total. */
    public static final String TOTAL = "total";

    static {
        // aggregates are Avro records holding lists of generated records; building one outside a serde (a scorer, a
        // test) must not depend on a serde having trusted the schema package first
        io.liveblog.topics.AvroTrust.install();
    }

    private AggregateCalculator() {
    }

    /** @return whether a claim may enter current aggregates at all */
    public static boolean counts(Claim c) {
        return "reported".equals(c.getModality()) && !"background".equals(c.getScope());
    }

    /**
     * @param targetId the place whose aggregate is computed
     * @param metric the metric
     * @param window {@link #TOTAL} or a day {@code YYYY-MM-DD}
     * @param claims live claims at or below the target (others are ignored)
     * @return the aggregate, or empty when no claim supports it
     */
    public static Optional<LocationAggregate> compute(String targetId, String metric, String window,
                                                      Collection<Claim> claims) {
        Predicate<Claim> inWindow = TOTAL.equals(window) ? c -> true : c -> window.equals(c.getEventDate());
        List<Claim> relevant = claims.stream()
                .filter(c -> relevant(c, targetId, metric))
                .filter(inWindow)
                .toList();
        return fromFacts(targetId, metric, window, FactIdentity.group(relevant));
    }

    /**
     * The aggregate of claims already grouped into facts by someone else (an analyst's gold grouping, to measure
     * what fact identity costs): each group's claims that enter this place, metric and window become one fact.
     *
     * @param groups claims in groups, one group per fact (claims outside the place, metric or window are ignored)
     * @return the aggregate, or empty when no claim supports it
     */
    public static Optional<LocationAggregate> computeFromGroups(String targetId, String metric, String window,
                                                                Collection<? extends Collection<Claim>> groups) {
        List<Fact> facts = new ArrayList<>();
        for (Collection<Claim> group : groups) {
            List<Claim> in = group.stream().filter(c -> relevant(c, targetId, metric))
                    .filter(c -> TOTAL.equals(window) || window.equals(c.getEventDate())).toList();
            if (!in.isEmpty()) {
                facts.add(new Fact(in));
            }
        }
        return fromFacts(targetId, metric, window, facts);
    }

    /** @return whether a claim enters the aggregates of this place and metric at all */
    static boolean relevant(Claim c, String targetId, String metric) {
        return counts(c) && metric.equals(c.getMetric()) && c.getLocationIds().contains(targetId);
    }

    /**
     * The aggregate from facts already grouped ({@link FactIdentity#group}) out of the relevant claims of the window.
     *
     * @param facts the facts of the window's relevant claims, in any order
     * @return the aggregate, or empty when there is no fact
     */
    static Optional<LocationAggregate> fromFacts(String targetId, String metric, String window,
                                                 Collection<Fact> facts) {
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        FactTree tree = new FactTree(targetId);
        facts.forEach(tree::add);
        return fromTree(targetId, metric, window, tree);
    }

    /**
     * The aggregate of a window from its facts kept in a {@link FactTree}: exactly {@link #fromFacts} over the
     * tree's facts, at the cost of the nodes changed since the last call.
     *
     * @param window {@link #TOTAL} or an event day, whose facts the tree holds
     * @return the aggregate, or empty when the tree holds no fact
     */
    static Optional<LocationAggregate> fromTree(String targetId, String metric, String window, FactTree tree) {
        List<FactTree.SeriesEvaluation> series = tree.evaluate();
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<SeriesResult> results = new ArrayList<>(series.size());
        for (FactTree.SeriesEvaluation one : series) {
            FactTree.Result r = one.result();
            List<AuthorityFigure> authorities = new ArrayList<>(Math.min(MAX_AUTHORITIES, r.authorities().size()));
            for (String authority : listedAuthorities(r.authorities(), r.byAuthority())) {
                authorities.add(authorityFigure(authority, r.byAuthority().getOrDefault(authority, Bounds.NONE),
                        r.listingByAuthority().get(authority)));
            }
            results.add(new SeriesResult(one.baseline(), one.baselineText(), r.bounds(), r.factCount(),
                    r.revisions().notes(), r.revisions().count(), r.listing(), authorities, r.authorities().size(),
                    r.asOf(), r.sample()));
        }
        return Optional.of(build(targetId, metric, window, results.get(0), results.subList(1, results.size())));
    }

    /**
     * Most authorities an aggregate or a series lists. A country's figure can rest on every hospital and local official
     * quoted below it (75 at the bench's Ukraine total, 12 of its 13 KB), and each emission wrote them all out again:
     * the record grew with the history of the country. The places below list their own.
     */
    static final int MAX_AUTHORITIES = 10;

    /** Listed first: the largest figures (an estimate's main sources), then by name; the list is sorted by name. */
    private static final java.util.Comparator<Map.Entry<String, Bounds>> LARGEST_FIRST =
            java.util.Comparator.<Map.Entry<String, Bounds>, Long>comparing(
                    e -> e.getValue().value() == null ? Long.MIN_VALUE : e.getValue().value(),
                    java.util.Comparator.reverseOrder()).thenComparing(Map.Entry::getKey);

    /**
     * @param all the authorities combined, sorted
     * @param figures each authority's figure
     * @return the authorities to list, sorted: all when at most {@link #MAX_AUTHORITIES}, else those with the largest
     *     figures (ties by name)
     */
    static Collection<String> listedAuthorities(java.util.SortedSet<String> all, Map<String, Bounds> figures) {
        if (all.size() <= MAX_AUTHORITIES) {
            return all;
        }
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        all.stream().map(a -> Map.entry(a, figures.getOrDefault(a, Bounds.NONE))).sorted(LARGEST_FIRST)
                .limit(MAX_AUTHORITIES).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** One series evaluated: its estimate, the claims and authorities behind it, its newest claim time. */
    record SeriesResult(String baseline, String baselineText, Bounds bounds, int factCount, List<String> revisions,
                        int revisionCount,
                        ClaimListing claims, List<AuthorityFigure> authorities, int authorityCount, long asOf,
                        Claim sample) {
    }

    static LocationAggregate build(String targetId, String metric, String window, SeriesResult h,
                                           List<SeriesResult> others) {
        List<SeriesFigure> figures = new ArrayList<>(others.size());
        for (SeriesResult r : others) {
            figures.add(SeriesFigure.newBuilder()
                    .setBaseline(r.baseline())
                    .setBaselineText(r.baselineText())
                    .setValue(r.bounds().value()).setLow(r.bounds().low()).setHigh(r.bounds().high())
                    .setClaimIds(r.claims().ids())
                    .setClaimCount(r.claims().count())
                    .setFactCount(r.factCount())
                    .setAuthorities(r.authorities())
                    .setAuthorityCount(r.authorityCount())
                    .setRevisions(r.revisions())
                    .setRevisionCount(r.revisionCount())
                    .setAsOf(java.time.Instant.ofEpochMilli(r.asOf()))
                    .build());
        }
        return aggregateOf(h.sample(), targetId, metric, window)
                .setValue(h.bounds().value()).setLow(h.bounds().low()).setHigh(h.bounds().high())
                .setClaimIds(h.claims().ids())
                .setClaimCount(h.claims().count())
                .setFactCount(h.factCount())
                .setAuthorities(h.authorities())
                .setAuthorityCount(h.authorityCount())
                .setRevisions(h.revisions())
                .setRevisionCount(h.revisionCount())
                .setAsOf(java.time.Instant.ofEpochMilli(h.asOf()))
                .setBaseline(h.baseline())
                .setBaselineText(h.baselineText())
                .setOtherSeries(figures)
                .build();
    }

    /**
     * @param sample a claim of the aggregate: its path runs through the aggregate's place
     * @param targetId the aggregate's place
     * @return a builder of the aggregate of that place, metric and window, with what names it set (the place's name,
     *     id and path down to it, the claims' kind); the figures are the caller's
     */
    static LocationAggregate.Builder aggregateOf(Claim sample, String targetId, String metric, String window) {
        int depth = sample.getLocationIds().indexOf(targetId);
        List<String> path = List.copyOf(sample.getLocationPath().subList(0, depth + 1));
        return LocationAggregate.newBuilder()
                .setLocation(path.get(path.size() - 1))
                .setLocationId(targetId)
                .setLocationPath(path)
                .setKind(sample.getKind())
                .setMetric(metric)
                .setWindow(window);
    }

    static AuthorityFigure authorityFigure(String authority, Bounds b, ClaimListing listed) {
        return AuthorityFigure.newBuilder()
                .setAuthority(authority)
                .setValue(b.value()).setLow(b.low()).setHigh(b.high())
                .setClaimIds(listed == null ? List.of() : listed.ids())
                .setClaimCount(listed == null ? 0 : listed.count())
                .build();
    }

    /**
     * Adds a day's derived daily increments of running totals to its aggregate (unchanged when empty or the total
     * window).
     *
     * @param increments the day's increments ({@link DailyIncrements#of}), asked for only when needed
     */
    static Optional<LocationAggregate> withIncrements(Optional<LocationAggregate> aggregate, String window,
            java.util.function.Supplier<List<io.liveblog.schema.DailyIncrement>> increments) {
        if (aggregate.isEmpty() || TOTAL.equals(window)) {
            return aggregate;
        }
        List<io.liveblog.schema.DailyIncrement> daily = increments.get();
        if (daily.isEmpty()) {
            return aggregate;
        }
        LocationAggregate a = aggregate.get();
        return Optional.of(LocationAggregate.newBuilder(a).setDailyNew(daily).build());
    }

    /**
     * @param targetId the place whose subtree is evaluated
     * @param facts facts at or below it (at least one)
     * @return each authority's estimate at the place (the rule of this class applied to its facts alone)
     */
    static Map<String, Bounds> authorityFigures(String targetId, List<Fact> facts) {
        FactTree tree = new FactTree(targetId);
        facts.forEach(tree::add);
        return tree.authorityFigures();
    }

    /** @return whether a running total revises the one reported before it down: both figures known, the later lower */
    static boolean isRevision(Fact before, Fact after) {
        Long a = before.bounds().value();
        Long b = after.bounds().value();
        return a != null && b != null && b < a && !restatesVaguely(before, after);
    }

    /**
     * The running total of one authority that stands for it: the latest, unless the latest only restates the one
     * before it more vaguely ("displaced more than 10 million", two days after the same agency's "10.7 million"):
     * then the one before, whose number is the more precise, and no revision.
     *
     * @param before the authority's running total reported before {@code latest}, or null
     */
    static Fact standing(Fact before, Fact latest) {
        return before != null && restatesVaguely(before, latest) ? before : latest;
    }

    /**
     * @return whether {@code after} restates {@code before} more vaguely: {@code before} an exact number and
     *     {@code after} a bound, not a number, that it lies within ("10.7 million", then "more than 10 million"), or
     *     {@code before} a precise lower bound and {@code after} a round one under it ("at least 11,126", then "more
     *     than 11,000": the same count rounded down). Any other bound after a bound ("at least 200", then "at least
     *     178") is a revision as any lower figure is
     */
    private static boolean restatesVaguely(Fact before, Fact after) {
        Bounds a = before.bounds();
        Bounds b = after.bounds();
        Long v = a.value();
        boolean exact = a.low() != null && a.low().equals(a.high()) && a.low().equals(v);
        boolean bound = b.high() == null || b.low() == null || !b.low().equals(b.high());
        boolean within = b.value() != null && v != null && b.value() < v && bound && (b.low() == null || b.low() <= v)
                && (b.high() == null || b.high() >= v);
        boolean roundedDown = a.high() == null && b.high() == null && within && isRound(b.value()) && !isRound(v);
        return within && (exact || roundedDown);
    }

    /**
     * @return whether a number is rounded to thousands or more, with at most two significant digits ("11,000", "10
     *     million"); "190" after "193" is a toll revised down, not a rounding
     */
    static boolean isRound(long n) {
        if (n < 1000 || n % 1000 != 0) {
            return false;
        }
        long scale = 1;
        while (n / scale >= 100) {
            scale *= 10;
        }
        return n % scale == 0;
    }

    /**
     * Combines the latest running totals of a place's authorities conservatively ({@link Bounds#conservativeWith}),
     * leaving out an unattributed one that a named authority's total, first reported after it, supersedes. Why: an
     * unattributed running total repeats someone's figure; once a named authority has reported since, the older
     * figure is no second opinion but an earlier state ("the death toll rose to 8,574" at midday, the disaster
     * agency's 18,342 two days later), and as the smaller of two "authorities" it would hold the place's total down.
     * An unattributed total reported after every named one still counts: it may be another source's newer word.
     *
     * @param latestOfEach the latest running total of each authority at one place (one series)
     * @return their combination
     */
    static Bounds combineAuthorities(List<Fact> latestOfEach) {
        long lastNamed = Long.MIN_VALUE;
        for (Fact f : latestOfEach) {
            if (!Fact.UNATTRIBUTED.equals(f.authority())) {
                lastNamed = Math.max(lastNamed, f.firstReported());
            }
        }
        Bounds running = Bounds.NONE;
        for (Fact f : latestOfEach) {
            if (!Fact.UNATTRIBUTED.equals(f.authority()) || f.firstReported() >= lastNamed) {
                running = running.conservativeWith(f.bounds());
            }
        }
        return running;
    }

    /**
     * Counts each figure of one authority at one place that is lower than the one before it as a revision.
     *
     * @param ordered running totals of one authority at one place, by first report
     * @param placeName the place, as the notes name it
     * @param into the listing the revisions are counted in
     */
    static void addRevisions(String authority, List<Fact> ordered, String placeName, RevisionListing into) {
        for (int i = 1; i < ordered.size(); i++) {
            if (isRevision(ordered.get(i - 1), ordered.get(i))) {
                into.add(authority, ordered.get(i - 1), ordered.get(i), placeName);
            }
        }
    }

}
