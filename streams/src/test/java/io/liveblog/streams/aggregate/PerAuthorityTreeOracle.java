package io.liveblog.streams.aggregate;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Test oracle: the aggregate evaluation as first written, one walk of the place tree for the whole estimate and one
 * more per authority, each collecting claim ids at every level. {@link AggregateCalculator} evaluates everything in
 * one walk; its results must be these.
 */
final class PerAuthorityTreeOracle {

    private PerAuthorityTreeOracle() {
    }

    /** @return the aggregate of the claims, as {@link AggregateCalculator#compute} defines it */
    static Optional<LocationAggregate> compute(String targetId, String metric, String window,
                                               Collection<Claim> claims) {
        Predicate<Claim> inWindow = AggregateCalculator.TOTAL.equals(window) ? c -> true
                : c -> window.equals(c.getEventDate());
        List<Claim> relevant = claims.stream()
                .filter(c -> AggregateCalculator.relevant(c, targetId, metric))
                .filter(inWindow)
                .toList();
        return fromFacts(targetId, metric, window, FactIdentity.group(relevant));
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
        Claim sample = OraclePlaceTree.sample(facts);
        long asOf = OraclePlaceTree.asOf(facts);
        // the order of group()'s result, so the same facts give the same tree whoever grouped them
        List<Fact> ordered = facts.stream().sorted(FactIdentity.ORDER).toList();
        OraclePlaceTree tree = OraclePlaceTree.below(targetId, ordered);
        Evaluation all = evaluate(tree, f -> true);

        List<AuthorityFigure> authorities = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        facts.forEach(f -> names.add(f.authority()));
        for (String authority : names) {
            Evaluation e = evaluate(tree, f -> f.authority().equals(authority));
            authorities.add(AuthorityFigure.newBuilder()
                    .setAuthority(authority)
                    .setValue(e.bounds().value()).setLow(e.bounds().low()).setHigh(e.bounds().high())
                    .setClaimIds(e.claimIds())
                    .build());
        }
        // the place fields are not what the oracle checks: they are named as the aggregation names them
        return Optional.of(AggregateCalculator.aggregateOf(sample, targetId, metric, window)
                .setValue(all.bounds().value()).setLow(all.bounds().low()).setHigh(all.bounds().high())
                .setClaimIds(all.claimIds())
                .setFactCount(all.factCount())
                .setAuthorities(authorities)
                // (the random claims name fewer authorities than an aggregate lists)
                .setAuthorityCount(authorities.size())
                .setRevisions(all.revisions().listed())
                .setRevisionCount(all.revisions().count())
                .setAsOf(java.time.Instant.ofEpochMilli(asOf))
                // the claims state no baselines: one series, unstated when it holds a running total
                .setBaseline(facts.stream().anyMatch(Fact::isRunningTotal) ? "unstated" : null)
                .build());
    }

    /** Result of evaluating the tree: bounds, supporting claims, fact count and revision notes. */
    record Evaluation(Bounds bounds, List<String> claimIds, int factCount, OracleRevisions revisions) {
    }

    /** One walk of the subtree over the facts {@code include} admits, collecting claim ids at every level. */
    private static Evaluation evaluate(OraclePlaceTree node, Predicate<Fact> include) {
        Bounds sum = Bounds.NONE;
        TreeSet<String> claimIds = new TreeSet<>();
        OracleRevisions revisions = new OracleRevisions();
        int factCount = 0;
        for (OraclePlaceTree child : node.children.values()) {
            Evaluation e = evaluate(child, include);
            sum = sum.plus(e.bounds());
            claimIds.addAll(e.claimIds());
            factCount += e.factCount();
            revisions.addAll(e.revisions());
        }
        Map<String, List<Fact>> cumulativeByAuthority = new TreeMap<>();
        for (Fact f : node.own) {
            if (!include.test(f)) {
                continue;
            }
            if ("cumulative".equals(f.first().getScope())) {
                cumulativeByAuthority.computeIfAbsent(f.authority(), k -> new ArrayList<>()).add(f);
            } else {
                sum = sum.plus(f.bounds());
                claimIds.addAll(f.claimIds());
                factCount++;
            }
        }
        List<Fact> latestOfEach = new ArrayList<>();
        for (Map.Entry<String, List<Fact>> series : cumulativeByAuthority.entrySet()) {
            List<Fact> ordered = OraclePlaceTree.inReportOrder(series.getValue());
            Fact latest = AggregateCalculator.standing(ordered.size() > 1 ? ordered.get(ordered.size() - 2) : null,
                    ordered.get(ordered.size() - 1));
            latestOfEach.add(latest);
            claimIds.addAll(latest.claimIds());
            factCount++;
            revisions.addAll(series.getKey(), ordered, node.name);
        }
        Bounds running = AggregateCalculator.combineAuthorities(latestOfEach);
        return new Evaluation(running.atLeast(sum), List.copyOf(claimIds), factCount, revisions);
    }
}
