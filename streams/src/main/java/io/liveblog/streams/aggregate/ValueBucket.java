package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The claims of one best value in one window, with their facts, regrouped part by part: a change regroups only the
 * claims it can reach through pairs that could be one fact, not every claim of the value.
 *
 * <p>Why: a country-level key keeps every claim of a theatre's history, and small numbers recur ("one killed" in some
 * town every day). Grouping the whole value for each change made a change cost the value's history, so a busy key got
 * slower with every blog it had seen. The part reached is exact: {@link FactIdentity#groupSameValue} joins two claims
 * only as a pair that is one fact ({@link SameValueClusters#joinable}), and a headline's choice of the body figure it
 * restates looks only at its own post ({@link HeadlineRestatements}). So the claims connected to a change through such
 * pairs and through shared posts are grouped exactly as the whole value would group them, and no other claim's fact
 * can change. The tests compare it with grouping the whole value after every change of random histories.
 *
 * <p>Pairs are found as {@link PairCandidates} finds them: claims of one modality reported within
 * {@link FactIdentity#INCIDENT_WINDOW}, running totals of one modality and scope whatever their dates, and claims of
 * the same post. Most values hold a claim or two at a key, and indexes for so few cost more heap than they save
 * time, so a value is indexed only from {@link #INDEX_FROM} claims on; below that it is grouped whole, as before.
 */
final class ValueBucket {

    /** A value is indexed and regrouped part by part from this many claims on. */
    static final int INDEX_FROM = 24;
    /** An indexed value that falls below this many claims is grouped whole again. */
    static final int INDEX_BELOW = 8;

    private final Map<String, Claim> claims = new HashMap<>(4);
    /** The facts as last grouped, while the value is small (no {@link #reach}). */
    private List<Fact> facts = List.of();
    /** Whether a claim came, changed or went since the last grouping of a small value. */
    private boolean changed;
    /** The indexes of a large value, null while it is small. */
    private Reach reach;

    /** @return whether no claim is held */
    boolean isEmpty() {
        return claims.isEmpty();
    }

    /**
     * Adds a claim, replacing one with the same id.
     *
     * @return whether the id was new
     */
    boolean put(Claim c) {
        Claim old = claims.put(c.getClaimId(), c);
        if (reach != null) {
            if (old != null) {
                reach.left(old);
            }
            reach.index(c);
            reach.pending.add(c.getClaimId());
        }
        changed = true;
        return old == null;
    }

    /** @return whether a claim with this id was held (and is now removed) */
    boolean remove(String claimId) {
        Claim old = claims.remove(claimId);
        if (old == null) {
            return false;
        }
        if (reach != null) {
            reach.left(old);
            reach.pending.add(claimId);
        }
        changed = true;
        return true;
    }

    /**
     * Regroups the claims the changes since the last call can reach and tells which facts left and which came.
     *
     * @param removed receives the facts that no longer hold
     * @param added receives the facts that are new
     * @return how many claims were regrouped
     */
    int regroup(List<Fact> removed, List<Fact> added) {
        if (!changed) {
            return 0;
        }
        changed = false;
        if (reach != null) {
            int regrouped = reach.regroup(removed, added);
            if (claims.size() < INDEX_BELOW) {
                facts = List.copyOf(new HashSet<>(reach.factOf.values()));
                reach = null;
            }
            return regrouped;
        }
        List<Fact> after = claims.isEmpty() ? List.of() : FactIdentity.groupSameValue(claims.values());
        diff(facts, after, removed, added);
        facts = after;
        if (claims.size() >= INDEX_FROM) {
            reach = new Reach();
            claims.values().forEach(reach::index);
            for (Fact f : after) {
                for (Claim c : f.citations()) {
                    reach.factOf.put(c.getClaimId(), f);
                }
            }
            facts = List.of();
        }
        return claims.size();
    }

    /** @return every fact of the value, as of the last regrouping (for tests) */
    Set<Fact> facts() {
        return new HashSet<>(reach == null ? facts : reach.factOf.values());
    }

    /** @return whether the value is regrouped part by part (for tests) */
    boolean indexed() {
        return reach != null;
    }

    /** Reports the facts of {@code before} not in {@code after} as removed and those of {@code after} not before as added. */
    private static void diff(Collection<Fact> before, Collection<Fact> after, List<Fact> removed, List<Fact> added) {
        Set<Fact> was = before instanceof Set<Fact> set ? set : new HashSet<>(before);
        Set<Fact> kept = new HashSet<>();
        for (Fact f : after) {
            if (was.contains(f)) {
                kept.add(f);
            } else {
                added.add(f);
            }
        }
        for (Fact f : before) {
            if (!kept.contains(f)) {
                removed.add(f);
            }
        }
    }

    /** The indexes of a large value: where the claims a change can reach are found. */
    private final class Reach {
        /** Per modality, claim ids by event time (ms). */
        final Map<String, TreeMap<Long, List<String>>> byTime = new HashMap<>();
        /** Claims that are not incidents, by modality and scope: running totals join whatever their dates. */
        final Map<String, Set<String>> byScope = new HashMap<>();
        final Map<String, Set<String>> byPost = new HashMap<>();
        /** The fact each claim is part of, as of the last regrouping. */
        final Map<String, Fact> factOf = new HashMap<>();
        /** Claims added, replaced or removed since the last regrouping. */
        final Set<String> pending = new HashSet<>();
        /**
         * The versions that left since the last regrouping (removed, or replaced under their id): the claims they
         * could be one fact with are regrouped, as their going may free those to join others.
         */
        final List<Claim> gone = new ArrayList<>();

        void left(Claim old) {
            unindex(old);
            gone.add(old);
        }

        int regroup(List<Fact> removed, List<Fact> added) {
            Set<Fact> before = new HashSet<>();
            Set<String> reached = new HashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            for (String id : pending) {
                Fact was = claims.containsKey(id) ? factOf.get(id) : factOf.remove(id);
                if (was != null) {
                    // a fact that lost or changed a citation is regrouped whole (its other citations may now part);
                    // the pairs reached from the version that left find them too, but a fact is never reported gone
                    // while a citation of it is left pointing at it
                    before.add(was);
                    reachAll(was, reached, queue);
                }
                if (claims.containsKey(id) && reached.add(id)) {
                    queue.add(id);
                }
            }
            pending.clear();
            Map<String, Set<String>> descriptors = new HashMap<>();
            Function<String, Set<String>> descriptorsOf = s -> descriptors.computeIfAbsent(s, IncidentDescriptors::of);
            for (Claim old : gone) {
                reachNeighbours(old, reached, queue, descriptorsOf);
            }
            gone.clear();
            // a walk that reaches much of the value costs about what grouping it whole does, and then the grouping
            // comes on top: beyond an eighth of the value, the whole value is regrouped instead
            int walkLimit = Math.max(INDEX_FROM, claims.size() / 8);
            while (!queue.isEmpty() && reached.size() <= walkLimit) {
                Claim x = claims.get(queue.poll());
                Fact was = factOf.get(x.getClaimId());
                if (was != null && before.add(was)) {
                    reachAll(was, reached, queue);
                }
                reachNeighbours(x, reached, queue, descriptorsOf);
            }
            if (!queue.isEmpty()) {
                reached.addAll(claims.keySet());
                before.addAll(factOf.values());
            }
            List<Claim> part = new ArrayList<>(reached.size());
            for (String id : reached) {
                part.add(claims.get(id));
            }
            List<Fact> after = part.isEmpty() ? List.of() : FactIdentity.groupSameValue(part);
            for (Fact f : after) {
                for (Claim c : f.citations()) {
                    factOf.put(c.getClaimId(), f);
                }
            }
            diff(before, after, removed, added);
            return part.size();
        }

        /** Reaches the held claims that could be one fact with {@code x}, and the claims of its post. */
        private void reachNeighbours(Claim x, Set<String> reached, ArrayDeque<String> queue,
                                     Function<String, Set<String>> descriptorsOf) {
            for (String y : byPost.getOrDefault(x.getPostId(), Set.of())) {
                if (reached.add(y)) {
                    queue.add(y);
                }
            }
            TreeMap<Long, List<String>> times = byTime.get(x.getModality());
            if (times != null) {
                long t = FactIdentity.toldOf(x);
                long w = FactIdentity.INCIDENT_WINDOW.toMillis();
                for (List<String> near : times.subMap(t - w, true, t + w, true).values()) {
                    reachJoinable(x, near, reached, queue, descriptorsOf);
                }
            }
            if (!"incremental".equals(x.getScope())) {
                reachJoinable(x, byScope.getOrDefault(scopeKey(x), Set.of()), reached, queue, descriptorsOf);
            }
        }

        private void reachAll(Fact fact, Set<String> reached, ArrayDeque<String> queue) {
            for (Claim c : fact.citations()) {
                if (claims.containsKey(c.getClaimId()) && reached.add(c.getClaimId())) {
                    queue.add(c.getClaimId());
                }
            }
        }

        private void reachJoinable(Claim x, Iterable<String> candidates, Set<String> reached,
                                   ArrayDeque<String> queue, Function<String, Set<String>> descriptorsOf) {
            for (String y : candidates) {
                if (!reached.contains(y) && joinable(x, claims.get(y), descriptorsOf)) {
                    reached.add(y);
                    queue.add(y);
                }
            }
        }

        void index(Claim c) {
            String id = c.getClaimId();
            byTime.computeIfAbsent(c.getModality(), m -> new TreeMap<>())
                    .computeIfAbsent(FactIdentity.toldOf(c), t -> new ArrayList<>(1)).add(id);
            if (!"incremental".equals(c.getScope())) {
                byScope.computeIfAbsent(scopeKey(c), k -> new HashSet<>()).add(id);
            }
            byPost.computeIfAbsent(c.getPostId(), p -> new HashSet<>()).add(id);
        }

        private void unindex(Claim c) {
            String id = c.getClaimId();
            TreeMap<Long, List<String>> times = byTime.get(c.getModality());
            long t = FactIdentity.toldOf(c);
            List<String> at = times.get(t);
            at.remove(id);
            if (at.isEmpty()) {
                times.remove(t);
                if (times.isEmpty()) {
                    byTime.remove(c.getModality());
                }
            }
            if (!"incremental".equals(c.getScope())) {
                removeFrom(byScope, scopeKey(c), id);
            }
            removeFrom(byPost, c.getPostId(), id);
        }
    }

    /** The pair as the grouping tests it: the claim with the smaller id first. */
    private static boolean joinable(Claim x, Claim y, Function<String, Set<String>> descriptorsOf) {
        return x.getClaimId().compareTo(y.getClaimId()) < 0 ? SameValueClusters.joinable(x, y, descriptorsOf)
                : SameValueClusters.joinable(y, x, descriptorsOf);
    }

    private static void removeFrom(Map<String, Set<String>> index, String key, String id) {
        Set<String> ids = index.get(key);
        ids.remove(id);
        if (ids.isEmpty()) {
            index.remove(key);
        }
    }

    private static String scopeKey(Claim c) {
        return c.getModality() + '|' + c.getScope();
    }
}
