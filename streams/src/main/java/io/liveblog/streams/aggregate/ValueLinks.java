package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Joins facts of different best values that are tellings of one figure: "more than 10,000 killed" and "10,022
 * killed" from the same ministry that morning, "about 60,000 displaced" and "60,322 displaced", the headline
 * "nearly 32,000 killed" over its body's "31,923". {@link FactIdentity} groups claims of one best value into
 * <em>primary</em> facts; this joins primary facts whose figures agree as intervals ({@link QualifierIntervals}).
 *
 * <p>Two primary facts are <em>linked</em> when all of these hold:
 * <ol>
 *   <li>same metric and modality, different best values, and the intervals of their most precise tellings meet
 *       with at least one of them bounded: "at least 100" and "more than 150" both say only "many" and are never
 *       joined, "more than 10,000" and "10,022" are; or one tells an incident's toll as risen ("the toll from the
 *       strike on the clinic has risen to five", below the first administrative level) above the other's bounded
 *       number ("three killed");</li>
 *   <li>some pair of their citations is one fact by every rule of {@link FactIdentity} other than the figure itself
 *       (scope, nested places, authorities of running totals, time, stated days, what happened), reported within
 *       {@link ValueLinkRules#REACH} of each other ({@link ValueLinkRules#RUNNING_TOTAL_REACH} for two running
 *       totals), or is a post's headline over its own body;</li>
 *   <li>no pair of their body citations tells visibly different incidents ({@link SameFactRules#visiblyDifferent}:
 *       parts of the day, weapons, targets, victims, days, deliveries a day apart, "more" within one blog, two
 *       figures of one sentence), nor a headline citation a different slot of what happened.</li>
 * </ol>
 * Linked facts are joined in a fixed order (first report, then claim id) unless the result would hold two bounded
 * figures that cannot both be true ("55" and "62", unless one is the other risen), span more than {@link FactIdentity#INCIDENT_WINDOW} as an
 * incident, or join visibly different incidents: a vague telling may join one precise figure, never chain two.
 *
 * <p>The join is a function of the fact set alone: the links form a graph, a change can only alter the joins within
 * the connected parts of that graph it touches, and each part is joined from scratch in the fixed order. So the
 * incremental use ({@link #update}, one change at a time as {@link WindowFacts} does) and the whole-set use
 * ({@link #link}) give the same facts.
 *
 * <p>This class keeps the link graph and joins its parts; whether two facts are linked, and the rules for a pair
 * of tellings, are {@link ValueLinkRules}.
 */
final class ValueLinks {

    private static final Comparator<Fact> ORDER = FactIdentity.ORDER;

    /**
     * Primary facts by the event time of each of their citations: where linked facts are looked for. A time holds a
     * fact or two, so a small list, each fact once: iterating hundreds of near-empty hash sets per look-up cost more
     * than the look-up itself.
     */
    private final TreeMap<Long, List<Fact>> byTime = new TreeMap<>();
    /** Each primary fact's joined fact (itself when it joined nothing). */
    private final Map<Fact, Fact> joinedOf = new HashMap<>();
    /** Each joined fact's primary facts. */
    private final Map<Fact, List<Fact>> primariesOf = new HashMap<>();
    /**
     * The link graph itself, kept as facts come and go: each primary fact's linked facts. A change then tests links
     * only for the facts it adds, and finds the part of the graph it touches by walking kept links, not by testing
     * every fact of that part against its candidates again.
     */
    private final Map<Fact, Set<Fact>> linksOf = new HashMap<>();

    /** @return the facts of these primary facts after joining the linked ones, in {@link FactIdentity#ORDER} */
    static List<Fact> link(Collection<Fact> primaries) {
        ValueLinks links = new ValueLinks();
        List<Fact> out = new ArrayList<>();
        links.update(List.of(), primaries, out::remove, out::add);
        out.sort(ORDER);
        return out;
    }

    /**
     * Applies a change of the primary facts and reports how the joined facts changed.
     *
     * @param removed primary facts no longer held
     * @param added primary facts new to the set
     * @param joinedRemoved receives each joined fact that no longer holds
     * @param joinedAdded receives each joined fact that is new
     */
    void update(Collection<Fact> removed, Collection<Fact> added, Consumer<Fact> joinedRemoved,
                Consumer<Fact> joinedAdded) {
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        Set<Fact> seeds = new LinkedHashSet<>();
        Set<Fact> oldJoined = new HashSet<>();
        Set<Fact> gone = new HashSet<>(removed);
        for (Fact f : removed) {
            Fact joined = joinedOf.remove(f);
            if (joined == null) {
                continue;
            }
            unindex(f);
            oldJoined.add(joined);
            // the part of the graph that held f may fall apart: every piece holds a fact linked to f, and each
            // piece is joined afresh (a join f blocked or made may now go another way)
            for (Fact g : unlink(f)) {
                if (!gone.contains(g)) {
                    seeds.add(g);
                }
            }
            for (Fact other : primariesOf.getOrDefault(joined, List.of())) {
                if (!gone.contains(other) && joinedOf.containsKey(other)) {
                    seeds.add(other);
                }
            }
        }
        for (Fact f : added) {
            index(f);
            seeds.add(f);
        }
        for (Fact f : added) {
            for (Fact g : candidates(f)) {
                if (ValueLinkRules.linked(f, g)) {
                    linksOf.computeIfAbsent(f, k -> new HashSet<>()).add(g);
                    linksOf.computeIfAbsent(g, k -> new HashSet<>()).add(f);
                }
            }
        }
        Region region = region(seeds);
        for (Fact f : region.facts()) {
            Fact joined = joinedOf.get(f);
            if (joined != null) {
                oldJoined.add(joined);
            }
        }
        List<List<Fact>> groups = join(region);
        Set<Fact> newJoined = new HashSet<>();
        Map<Fact, List<Fact>> newPrimaries = new HashMap<>();
        for (List<Fact> group : groups) {
            Fact joined = group.size() == 1 ? group.get(0) : new Fact(citationsOf(group));
            newJoined.add(joined);
            newPrimaries.put(joined, group);
        }
        for (Fact old : oldJoined) {
            primariesOf.remove(old);
            if (!newJoined.contains(old)) {
                joinedRemoved.accept(old);
            }
        }
        for (Map.Entry<Fact, List<Fact>> e : newPrimaries.entrySet()) {
            primariesOf.put(e.getKey(), e.getValue());
            e.getValue().forEach(p -> joinedOf.put(p, e.getKey()));
            if (!oldJoined.contains(e.getKey())) {
                joinedAdded.accept(e.getKey());
            }
        }
    }

    /** A part of the link graph: its facts in {@link FactIdentity#ORDER}, and its links as index pairs i &lt; j. */
    private record Region(List<Fact> facts, List<int[]> links) {
    }

    /**
     * The seeds and every primary fact reachable from them by kept links, with the links among them: the part of the
     * graph a change touches. The cost follows the links of that part, not the facts near it.
     */
    private Region region(Set<Fact> seeds) {
        Set<Fact> seen = new LinkedHashSet<>(seeds);
        ArrayDeque<Fact> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            for (Fact g : linksOf.getOrDefault(queue.poll(), Set.of())) {
                if (seen.add(g)) {
                    queue.add(g);
                }
            }
        }
        List<Fact> facts = new ArrayList<>(seen);
        facts.sort(ORDER);
        Map<Fact, Integer> index = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            index.put(facts.get(i), i);
        }
        Set<Long> pairs = new java.util.TreeSet<>();
        for (int i = 0; i < facts.size(); i++) {
            for (Fact g : linksOf.getOrDefault(facts.get(i), Set.of())) {
                int j = index.get(g);
                if (i < j) {
                    pairs.add((long) i * facts.size() + j);
                }
            }
        }
        List<int[]> links = new ArrayList<>(pairs.size());
        for (long pair : pairs) {
            links.add(new int[] {(int) (pair / facts.size()), (int) (pair % facts.size())});
        }
        // closest in time first, as facts of one value are joined (FactIdentity): each event's facts gather before a
        // chain through a look-alike of the next day can form
        java.util.Comparator<int[]> byGap = java.util.Comparator.comparingLong(
                l -> Math.abs(facts.get(l[0]).firstReported() - facts.get(l[1]).firstReported()));
        links.sort(byGap.thenComparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
        return new Region(facts, links);
    }

    /**
     * Joins the linked facts of a region in a fixed order, under the rules of the class comment: links are taken
     * closest in time first (their facts' first reports), ties in order of their first fact, then their second.
     */
    private static List<List<Fact>> join(Region region) {
        List<Fact> facts = region.facts();
        int n = facts.size();
        int[] parent = new int[n];
        List<List<Fact>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(facts.get(i))));
        }
        for (int[] link : region.links()) {
            int ri = find(parent, link[0]);
            int rj = find(parent, link[1]);
            if (ri == rj || !joinable(members.get(ri), members.get(rj))) {
                continue;
            }
            parent[rj] = ri;
            members.get(ri).addAll(members.get(rj));
        }
        List<List<Fact>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (find(parent, i) == i) {
                groups.add(members.get(i));
            }
        }
        return groups;
    }

    /** Whether two groups of linked facts may become one fact (see the class comment). */
    private static boolean joinable(List<Fact> a, List<Fact> b) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        boolean incident = false;
        for (List<Fact> side : List.of(a, b)) {
            for (Fact f : side) {
                for (Claim c : f.citations()) {
                    long told = FactIdentity.toldOf(c);
                    from = Math.min(from, told);
                    to = Math.max(to, told);
                    incident |= "incremental".equals(c.getScope());
                }
            }
        }
        if (incident && to - from > FactIdentity.INCIDENT_WINDOW.toMillis()) {
            return false;
        }
        for (Fact x : a) {
            for (Fact y : b) {
                QualifierIntervals.Interval ix = x.figureInterval();
                QualifierIntervals.Interval iy = y.figureInterval();
                if (ix.bounded() && iy.bounded() && !ix.meets(iy) && !ValueLinkRules.roseFrom(x, y)
                        && !ValueLinkRules.roseFrom(y, x) || ValueLinkRules.visiblyDifferent(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Facts with a citation within {@link ValueLinkRules#REACH} of one of f's whose figure could meet f's: the only
     * ones that can be linked to it. The cheap tests come first, as a country's key holds many facts of the same days.
     */
    private List<Fact> candidates(Fact f) {
        Claim pf = f.first();
        QualifierIntervals.Interval ifig = f.figureInterval();
        boolean risen = f.risenTelling() != null;
        // a fact met once can only be met again through another of its citations' times: only those are remembered
        Set<Fact> seen = null;
        List<Fact> out = new ArrayList<>();
        // a fact cited many times over a day (a running total repeated by every post) is looked around once per
        // stretch of its citations, not once per citation
        long[] times = new long[f.citations().size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = FactIdentity.toldOf(f.citations().get(i));
        }
        java.util.Arrays.sort(times);
        // within one stretch, a fact of one citation is met exactly once
        boolean oneStretch = true;
        for (int i = 1; i < times.length; i++) {
            oneStretch &= times[i] - times[i - 1] <= 2 * ValueLinkRules.REACH;
        }
        for (int i = 0; i < times.length; ) {
            long from = times[i] - ValueLinkRules.REACH;
            long to = times[i] + ValueLinkRules.REACH;
            while (++i < times.length && times[i] - ValueLinkRules.REACH <= to) {
                to = times[i] + ValueLinkRules.REACH;
            }
            for (List<Fact> at : byTime.subMap(from, true, to, true).values()) {
                for (Fact g : at) {
                    if (g == f || java.util.Objects.equals(g.first().getValue(), pf.getValue())
                            || !(g.figureInterval().meets(ifig) || risen || g.risenTelling() != null)) {
                        continue;
                    }
                    if (oneStretch && g.citations().size() == 1) {
                        out.add(g);
                        continue;
                    }
                    if (seen == null) {
                        seen = new HashSet<>();
                    }
                    if (seen.add(g)) {
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    private void index(Fact f) {
        for (Claim c : f.citations()) {
            List<Fact> at = byTime.computeIfAbsent(FactIdentity.toldOf(c), t -> new ArrayList<>(2));
            if (!at.contains(f)) {
                at.add(f);
            }
        }
    }

    /** Drops a fact's links from the graph. @return the facts it was linked to */
    private Set<Fact> unlink(Fact f) {
        Set<Fact> linked = linksOf.remove(f);
        if (linked == null) {
            return Set.of();
        }
        for (Fact g : linked) {
            Set<Fact> back = linksOf.get(g);
            if (back != null && back.remove(f) && back.isEmpty()) {
                linksOf.remove(g);
            }
        }
        return linked;
    }

    private void unindex(Fact f) {
        for (Claim c : f.citations()) {
            long t = FactIdentity.toldOf(c);
            List<Fact> at = byTime.get(t);
            if (at != null && at.remove(f) && at.isEmpty()) {
                byTime.remove(t);
            }
        }
    }

    private static List<Claim> citationsOf(List<Fact> group) {
        List<Claim> all = new ArrayList<>();
        group.forEach(f -> all.addAll(f.citations()));
        return all;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
