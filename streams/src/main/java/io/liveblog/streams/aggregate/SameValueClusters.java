package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the claims of one metric and best value into primary facts: union-find over the pairs {@link SameFactRules}
 * finds to be one fact, closest in time first, with an incident never spanning more than
 * {@link FactIdentity#INCIDENT_WINDOW} nor chaining visibly different incidents.
 *
 * <p>Separate from the rules because it is about a whole bucket (the order pairs are joined in, and what a cluster
 * already holds), not one pair; {@link FactIdentity#groupSameValue} and {@link ValueBucket} are its callers.
 */
final class SameValueClusters {

    private SameValueClusters() {
    }

    /**
     * The pairwise test {@link FactIdentity#groupSameValue} joins two claims of one value by (the smaller claim id
     * first); no other pair of a value is ever joined ({@link ValueBucket} regroups only what a change reaches through
     * it).
     */
    static boolean joinable(Claim a, Claim b, java.util.function.Function<String, Set<String>> descriptorsOf) {
        return SameFactRules.sameFact(a, b, SameFactRules.strictKey(a), SameFactRules.strictKey(b), descriptorsOf);
    }

    /**
     * Union-find over one bucket (same metric and best value). Only pairs that can match are compared: claims with
     * the same strict key that are near enough in time or running totals ({@link PairCandidates}), and claims of the
     * same post (headline restatements); keys and descriptor sets are computed once per claim, which keeps large
     * buckets cheap.
     */
    static List<Fact> clusters(List<Claim> bucket) {
        return clusters(bucket, PairCandidates.BLOCK_FROM);
    }

    /** @param blockFrom strict-key group size from which only {@link PairCandidates} are compared */
    static List<Fact> clusters(List<Claim> bucket, int blockFrom) {
        int n = bucket.size();
        int[] parent = new int[n];
        long[] first = new long[n];
        long[] last = new long[n];
        String[] keys = new String[n];
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        Map<String, List<Integer>> byPost = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            first[i] = FactIdentity.toldOf(bucket.get(i));
            last[i] = first[i];
            keys[i] = SameFactRules.strictKey(bucket.get(i));
            byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
            byPost.computeIfAbsent(bucket.get(i).getPostId(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        Map<String, Set<String>> descriptorCache = new java.util.HashMap<>();
        java.util.function.Function<String, Set<String>> descriptorsOf =
                sentence -> descriptorCache.computeIfAbsent(sentence, IncidentDescriptors::of);
        int[] restates = HeadlineRestatements.choose(bucket, byPost, descriptorsOf);
        List<List<List<Integer>>> phases = List.of(List.copyOf(byKey.values()), List.copyOf(byPost.values()));
        for (int phase = 0; phase < phases.size(); phase++) {
            List<List<Integer>> groups = phases.get(phase);
            // a post's claims are few, and a headline restates its body at any time: its group compares all pairs
            int groupBlockFrom = phase == 0 ? blockFrom : Integer.MAX_VALUE;
            for (List<Integer> group : groups) {
                for (long[] pair : closestFirst(bucket, group, groupBlockFrom)) {
                    int i = (int) pair[1];
                    int j = (int) pair[2];
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri == rj) {
                        continue;
                    }
                    boolean restatement = SameFactRules.headlineRestatesBody(bucket.get(i), bucket.get(j));
                    if (restatement && restates[i] != j && restates[j] != i
                            || !SameFactRules.sameFact(bucket.get(i), bucket.get(j), keys[i], keys[j],
                                    descriptorsOf)) {
                        continue; // (a headline restates one body figure of its post, not every one alike)
                    }
                    long from = Math.min(first[ri], first[rj]);
                    long to = Math.max(last[ri], last[rj]);
                    boolean incident = ("incremental".equals(bucket.get(i).getScope())
                            || "incremental".equals(bucket.get(j).getScope()));
                    if (incident && (to - from > FactIdentity.INCIDENT_WINDOW.toMillis()
                            || visiblyDifferent(members.get(ri), members.get(rj), bucket, keys, descriptorsOf))) {
                        continue;
                    }
                    parent[rj] = ri;
                    first[ri] = from;
                    last[ri] = to;
                    members.get(ri).addAll(members.get(rj));
                }
            }
        }
        Map<Integer, List<Claim>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(bucket.get(i));
        }
        return byRoot.values().stream().map(Fact::new).toList();
    }

    /**
     * The candidate pairs of one group ({@link PairCandidates}), the closest in time first (ties in bucket order).
     *
     * <p>Why: joining is greedy, and an incident cluster may not span more than
     * {@link FactIdentity#INCIDENT_WINDOW}. Visited in bucket (claim id) order, a telling could first join a
     * look-alike of the day before, and that cluster then refused the tellings of its own event; joined closest
     * first, each event's tellings gather before a chain through a neighbouring day can form (the convoy of the same
     * size the next day, a second strike of the same toll). Single-linkage clustering under the window, in the order
     * of Kruskal's algorithm: deterministic, and independent of the order claims arrived in.
     *
     * @return pairs as {@code {gap in ms, i, j}} with {@code i < j} positions in the bucket
     */
    private static List<long[]> closestFirst(List<Claim> bucket, List<Integer> group, int blockFrom) {
        PairCandidates pairs = PairCandidates.of(bucket, group, blockFrom);
        List<long[]> ordered = new ArrayList<>();
        for (int x = 0; x < group.size(); x++) {
            for (int y : pairs.after(x)) {
                int i = group.get(x);
                int j = group.get(y);
                long gap = Math.abs(FactIdentity.toldOf(bucket.get(i))
                        - FactIdentity.toldOf(bucket.get(j)));
                ordered.add(new long[] {gap, i, j});
            }
        }
        ordered.sort((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0])
                : p[1] != q[1] ? Long.compare(p[1], q[1]) : Long.compare(p[2], q[2]));
        return ordered;
    }

    /**
     * Whether two incident clusters hold citations that tell visibly different incidents
     * ({@link SameFactRules#visiblyDifferent(String)}). A terse telling ("four killed in Rafah") matches either of two
     * strikes; it may join one of them, but it must not chain the two into one incident. A headline counts only where
     * a slot of what happened differs ("four killed at port" against a body telling an apartment block): headlines are
     * terse by nature, and a headline restating one body figure must not chain it with another figure its own post
     * tells.
     */
    private static boolean visiblyDifferent(List<Integer> a, List<Integer> b, List<Claim> bucket, String[] keys,
                                            java.util.function.Function<String, Set<String>> descriptorsOf) {
        for (int i : a) {
            boolean headlineI = "headline".equals(bucket.get(i).getField());
            for (int j : b) {
                boolean headlines = headlineI || "headline".equals(bucket.get(j).getField());
                String why = SameFactRules.apartBeyondFigures(bucket.get(i), bucket.get(j), descriptorsOf);
                if (headlines ? SameFactRules.headlineDiffers(why) : SameFactRules.visiblyDifferent(why)) {
                    return true;
                }
                if (SameFactRules.PLACES_APART.equals(why) && townsInOtherRegions(bucket.get(i), bucket.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two tellings placed at towns in different first-level divisions (Omdurman in Khartoum state, a camp near El
     * Fasher in North Darfur) tell two incidents: a telling placed only at the country may look like either, but
     * must not chain them into one. Tellings placed only at a division are left out: "southern Lebanon" read as one
     * governorate often stands for a town in the next.
     */
    private static boolean townsInOtherRegions(Claim a, Claim b) {
        List<String> pa = a.getLocationIds();
        List<String> pb = b.getLocationIds();
        return pa.size() >= 3 && pb.size() >= 3 && pa.get(0).equals(pb.get(0)) && !pa.get(1).equals(pb.get(1));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
