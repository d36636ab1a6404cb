package io.liveblog.streams.aggregate;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The aggregation rule as one walk of the whole fact set (what {@link AggregateCalculator} did before it kept place
 * trees, {@link FactTree}): the reference the remembered, node-by-node evaluation is compared with. It also lists
 * every claim an aggregate rests on, which the aggregate itself only counts beyond {@link ClaimListing#MAX_LISTED}.
 */
final class WalkOracle {

    private WalkOracle() {
    }

    /** @return what {@link AggregateCalculator#fromFacts} must give for these facts */
    static Optional<LocationAggregate> fromFacts(String targetId, String metric, String window,
                                                 Collection<Fact> facts) {
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Evaluated e = evaluateSeries(targetId, facts);
        return Optional.of(AggregateCalculator.build(targetId, metric, window, e.headline().shown(),
                e.others().stream().map(SeriesResult::shown).toList()));
    }

    /**
     * Every claim the headline figure rests on, which an aggregate names only {@link ClaimListing#MAX_LISTED} of.
     *
     * @param facts the facts of the window's relevant claims, in any order (at least one)
     * @return the claim ids, sorted
     */
    static List<String> allClaimIds(String targetId, Collection<Fact> facts) {
        List<String> ids = new ArrayList<>();
        evaluateSeries(targetId, facts).headline().included().forEach(f -> ids.addAll(f.claimIds()));
        ids.sort(null);
        return ids;
    }

    /** The series of a fact set evaluated: the headline (with the incidents) and the others, in baseline order. */
    private record Evaluated(SeriesResult headline, List<SeriesResult> others) {
    }

    private static Evaluated evaluateSeries(String targetId, Collection<Fact> facts) {
        SeriesSplit.Split split = SeriesSplit.split(facts);
        List<SeriesSplit.Series> series = split.series();
        if (series.size() <= 1) {
            // the common case: one series (or incidents only) is the whole fact set
            String baseline = series.isEmpty() ? null : series.get(0).baseline();
            String text = series.isEmpty() ? null : series.get(0).baselineText();
            return new Evaluated(evaluate(targetId, baseline, text, List.copyOf(facts)), List.of());
        }
        List<SeriesResult> results = new ArrayList<>(series.size());
        List<Long> values = new ArrayList<>(series.size());
        for (SeriesSplit.Series one : series) {
            SeriesResult r = evaluate(targetId, one.baseline(), one.baselineText(), one.runningTotals());
            results.add(r);
            values.add(r.bounds().value());
        }
        int headline = SeriesSplit.headline(series, values);
        SeriesSplit.Series head = series.get(headline);
        List<Fact> withIncidents = new ArrayList<>(head.runningTotals());
        withIncidents.addAll(split.incidents());
        results.remove(headline);
        return new Evaluated(evaluate(targetId, head.baseline(), head.baselineText(), withIncidents), results);
    }

    /** One series walked: what the aggregate shows of it, and the facts it rests on. */
    private record SeriesResult(AggregateCalculator.SeriesResult shown, List<Fact> included) {
        Bounds bounds() {
            return shown.bounds();
        }
    }

    private static SeriesResult evaluate(String targetId, String baseline, String baselineText, List<Fact> facts) {
        Claim sample = OraclePlaceTree.sample(facts);
        long asOf = OraclePlaceTree.asOf(facts);
        // the order of group()'s result, so the same facts give the same tree whoever grouped them
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(FactIdentity.ORDER);
        OraclePlaceTree tree = OraclePlaceTree.below(targetId, ordered);
        Evaluation all = evaluate(tree);

        // the facts an estimate rests on are the same whoever is asked: an authority's are those of its own
        ClaimListing listed = new ClaimListing(targetId, ClaimListing.MAX_LISTED);
        Map<String, ClaimListing> listedByAuthority = new HashMap<>(); // read by name below, never iterated
        for (Fact f : all.included()) {
            listed.addAll(f);
            listedByAuthority.computeIfAbsent(f.authority(),
                    k -> new ClaimListing(targetId, ClaimListing.MAX_LISTED_PER_AUTHORITY)).addAll(f);
        }
        List<AuthorityFigure> authorities = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        facts.forEach(f -> names.add(f.authority()));
        // the record's bound on the list is the calculator's rule (tested on its own in AggregateCalculatorTest)
        for (String authority : AggregateCalculator.listedAuthorities(names, all.byAuthority())) {
            authorities.add(AggregateCalculator.authorityFigure(authority, all.byAuthority().getOrDefault(authority, Bounds.NONE),
                    listedByAuthority.get(authority)));
        }
        return new SeriesResult(new AggregateCalculator.SeriesResult(baseline, baselineText, all.bounds(),
                all.included().size(), all.revisions().listed(), all.revisions().count(), listed, authorities, names.size(), asOf, sample),
                all.included());
    }

    /**
     * Result of evaluating a subtree: the estimate, each authority's own estimate (the same rule applied to its
     * facts alone), the facts the estimate rests on (every incident, and per place and authority the latest running
     * total) and the revision notes.
     */
    record Evaluation(Bounds bounds, Map<String, Bounds> byAuthority, List<Fact> included,
                      OracleRevisions revisions) {
    }

    /**
     * One pass over the subtree, children first, for the whole estimate and every authority's at once (an
     * authority's estimate uses its own facts only, so it is built beside the whole one).
     */
    private static Evaluation evaluate(OraclePlaceTree node) {
        Bounds sum = Bounds.NONE;
        // by-authority figures are read by name, never iterated in order: hash maps (this runs on every emit)
        Map<String, Bounds> sumByAuthority = new HashMap<>();
        List<Fact> included = new ArrayList<>();
        OracleRevisions revisions = new OracleRevisions();
        for (OraclePlaceTree child : node.children.values()) {
            Evaluation e = evaluate(child);
            sum = sum.plus(e.bounds());
            e.byAuthority().forEach((a, b) -> sumByAuthority.merge(a, b, Bounds::plus));
            included.addAll(e.included());
            revisions.addAll(e.revisions());
        }
        Map<String, List<Fact>> cumulativeByAuthority = new TreeMap<>();
        for (Fact f : node.own) {
            if ("cumulative".equals(f.first().getScope())) {
                cumulativeByAuthority.computeIfAbsent(f.authority(), k -> new ArrayList<>()).add(f);
            } else {
                sum = sum.plus(f.bounds());
                sumByAuthority.merge(f.authority(), f.bounds(), Bounds::plus);
                included.add(f);
            }
        }
        List<Fact> latestOfEach = new ArrayList<>();
        Map<String, Bounds> byAuthority = new HashMap<>(sumByAuthority);
        for (Map.Entry<String, List<Fact>> series : cumulativeByAuthority.entrySet()) {
            List<Fact> ordered = OraclePlaceTree.inReportOrder(series.getValue());
            Fact latest = AggregateCalculator.standing(ordered.size() > 1 ? ordered.get(ordered.size() - 2) : null,
                    ordered.get(ordered.size() - 1));
            latestOfEach.add(latest);
            byAuthority.put(series.getKey(), latest.bounds()
                    .atLeast(sumByAuthority.getOrDefault(series.getKey(), Bounds.NONE)));
            included.add(latest);
            revisions.addAll(series.getKey(), ordered, node.name);
        }
        Bounds running = AggregateCalculator.combineAuthorities(latestOfEach);
        return new Evaluation(running.atLeast(sum), byAuthority, included, revisions);
    }
}
