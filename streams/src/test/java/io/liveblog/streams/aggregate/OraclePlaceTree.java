package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For the test oracles ({@link WalkOracle}, {@link PerAuthorityTreeOracle}): the places at and below a target that
 * carry facts, each with its own facts, built afresh from a fact set (no remembered evaluations, unlike
 * {@link FactTree}). The oracles walk it each in their own way; what they read off the citations alike (the sample
 * claim, the newest time) is here too.
 */
final class OraclePlaceTree {

    final String name;
    final List<Fact> own = new ArrayList<>();
    final Map<String, OraclePlaceTree> children = new TreeMap<>();

    private OraclePlaceTree(String name) {
        this.name = name;
    }

    /** @param facts facts at or below the target, in the order their places should list them */
    static OraclePlaceTree below(String targetId, List<Fact> facts) {
        Claim any = facts.get(0).first();
        OraclePlaceTree root = new OraclePlaceTree(any.getLocationPath().get(any.getLocationIds().indexOf(targetId)));
        for (Fact f : facts) {
            Claim c = f.first();
            List<String> ids = c.getLocationIds();
            OraclePlaceTree node = root;
            for (int i = ids.indexOf(targetId) + 1; i < ids.size(); i++) {
                String childName = c.getLocationPath().get(i);
                node = node.children.computeIfAbsent(ids.get(i), k -> new OraclePlaceTree(childName));
            }
            node.own.add(f);
        }
        return root;
    }

    /** @return one authority's running totals of a place in the order they were first reported; the last stands */
    static List<Fact> inReportOrder(List<Fact> runningTotals) {
        return runningTotals.stream()
                .sorted(java.util.Comparator.comparingLong(Fact::firstReported)
                        .thenComparing(f -> f.first().getClaimId()))
                .toList();
    }

    /**
     * @return the claim an aggregate takes its place and kind from: the citation with the smallest claim id (the first
     *     of equals), or null when there is none
     */
    static Claim sample(Collection<Fact> facts) {
        return facts.stream().flatMap(f -> f.citations().stream())
                .min(Comparator.comparing(Claim::getClaimId)).orElse(null);
    }

    /** @return the newest event time of the facts' citations in epoch milliseconds, {@link Long#MIN_VALUE} for none */
    static long asOf(Collection<Fact> facts) {
        return facts.stream().flatMap(f -> f.citations().stream())
                .mapToLong(c -> c.getEventTime().toEpochMilli()).max().orElse(Long.MIN_VALUE);
    }
}
