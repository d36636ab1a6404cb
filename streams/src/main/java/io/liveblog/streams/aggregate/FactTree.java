package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of one place's running total (the {@code total} window of one place and metric), kept in its place tree
 * with each node's evaluation remembered, so that a change re-evaluates only the nodes on the changed fact's path.
 *
 * <p>Why: a country's running total rests on every fact reported anywhere in the country, and it is emitted several
 * times a second while its blogs report. Evaluating the whole tree each time made the cost of an emission, and so of a
 * post, grow with the history of the country. Here a node's result is a function of its own facts and its children's
 * results, so an emission costs the depth of the changed paths times the width of their nodes.
 *
 * <p>It is where the rule of {@link AggregateCalculator} is applied, node by node, children first, for aggregates
 * kept between changes and for one-off ones alike ({@link AggregateCalculator#fromFacts} fills a tree). The series are
 * those of {@link SeriesSplit} (a fact's series depends only on the running totals at its own place), and the claims
 * named those of {@link ClaimListing}, whose choice merges. The tests compare it with one walk of the whole fact set
 * after every change of random histories.
 */
final class FactTree {

    /** Which facts an evaluation counts: the running totals of one series (all of them when null), incidents or not. */
    private record Variant(String baseline, boolean withIncidents) {
        boolean takes(String member) {
            return baseline == null || baseline.equals(member);
        }
    }

    /**
     * A subtree evaluated for one variant: what {@link AggregateCalculator}'s walk gives at the node, with the facts it
     * rests on summarised (their number and the claims to name) instead of listed.
     */
    record Result(Bounds bounds, Map<String, Bounds> byAuthority, int factCount, ClaimListing listing,
                  Map<String, ClaimListing> listingByAuthority, RevisionListing revisions, TreeSet<String> authorities,
                  Claim sample, long asOf) {
        boolean isEmpty() {
            return sample == null;
        }
    }

    private final class Node {
        final String name;
        final TreeMap<String, Node> children = new TreeMap<>();
        final Set<Fact> incidents = new HashSet<>();
        /** The node's own running totals; null until it holds one (most nodes never do). */
        OwnRunningTotals totals;
        /** Baselines of the subtree's running totals with their words, null until asked for after a change. */
        TreeMap<String, String> series;
        final Map<Variant, Result> results = new HashMap<>();
        /**
         * The own incidents summed, kept up to date as incidents are added (the common change) and summed again
         * when one is removed: a busy place's incidents are not walked again for every new one.
         */
        Builder incidentSum;

        Node(String name) {
            this.name = name;
        }

        boolean isEmpty() {
            return children.isEmpty() && incidents.isEmpty() && (totals == null || totals.isEmpty());
        }

        /** A fact below the node (or an incident of its own) came or went: its series and results may differ. */
        void changed() {
            series = null;
            results.clear();
        }
    }

    private final String targetId;
    private Node root;
    private int size;

    /** @param targetId the place whose running total this is */
    FactTree(String targetId) {
        this.targetId = targetId;
    }

    /** @return whether no fact is held */
    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a fact located at the target or below it. */
    void add(Fact fact) {
        List<Node> path = path(fact, true);
        Node node = path.get(path.size() - 1);
        if (fact.isRunningTotal() && node.totals == null) {
            node.totals = new OwnRunningTotals();
        }
        boolean added = fact.isRunningTotal() ? node.totals.add(fact) : node.incidents.add(fact);
        if (added) {
            size++;
            if (!fact.isRunningTotal() && node.incidentSum != null) {
                node.incidentSum.addIncident(fact);
            }
        }
        path.forEach(Node::changed);
    }

    /** Removes a fact added before (nothing happens if it is not held). */
    void remove(Fact fact) {
        List<Node> path = path(fact, false);
        if (path == null) {
            return;
        }
        Node node = path.get(path.size() - 1);
        boolean removed;
        if (fact.isRunningTotal()) {
            removed = node.totals != null && node.totals.remove(fact);
        } else {
            removed = node.incidents.remove(fact);
            node.incidentSum = null;
        }
        if (!removed) {
            return;
        }
        size--;
        path.forEach(Node::changed);
        // prune emptied nodes bottom up, so a place with nothing left is no part of the walk
        for (int i = path.size() - 1; i > 0 && path.get(i).isEmpty(); i--) {
            path.get(i - 1).children.values().remove(path.get(i));
        }
        if (size == 0) {
            root = null;
        }
    }

    /** @return the nodes from the root to the fact's place, created when asked to; null when one is missing */
    private List<Node> path(Fact fact, boolean create) {
        Claim c = fact.first();
        List<String> ids = c.getLocationIds();
        int from = ids.indexOf(targetId);
        if (from < 0) {
            throw new IllegalArgumentException("fact " + fact + " is not located at or below " + targetId);
        }
        if (root == null) {
            if (!create) {
                return null;
            }
            root = new Node(c.getLocationPath().get(from));
        }
        List<Node> path = new ArrayList<>(ids.size() - from);
        Node node = root;
        path.add(node);
        for (int i = from + 1; i < ids.size(); i++) {
            Node child = node.children.get(ids.get(i));
            if (child == null) {
                if (!create) {
                    return null;
                }
                child = new Node(c.getLocationPath().get(i));
                node.children.put(ids.get(i), child);
            }
            node = child;
            path.add(node);
        }
        return path;
    }

    /**
     * The series of the running totals and the evaluation of each: with one series (or none) the whole fact set;
     * with several, each series alone and the headline with the incidents.
     *
     * @return the headline result first, then the other series in baseline order; empty when no fact is held
     */
    List<SeriesEvaluation> evaluate() {
        if (root == null) {
            return List.of();
        }
        TreeMap<String, String> series = seriesOf(root);
        if (series.size() <= 1) {
            String baseline = series.isEmpty() ? null : series.firstKey();
            return List.of(new SeriesEvaluation(baseline, baseline == null ? null : series.get(baseline),
                    resultOf(root, new Variant(null, true))));
        }
        List<SeriesSplit.Series> list = new ArrayList<>(series.size());
        List<Result> results = new ArrayList<>(series.size());
        List<Long> values = new ArrayList<>(series.size());
        series.forEach((baseline, text) -> {
            list.add(new SeriesSplit.Series(baseline, text, List.of()));
            Result r = resultOf(root, new Variant(baseline, false));
            results.add(r);
            values.add(r.bounds().value());
        });
        int headline = SeriesSplit.headline(list, values);
        List<SeriesEvaluation> out = new ArrayList<>(series.size());
        String head = list.get(headline).baseline();
        out.add(new SeriesEvaluation(head, series.get(head), resultOf(root, new Variant(head, true))));
        for (int i = 0; i < list.size(); i++) {
            if (i != headline) {
                out.add(new SeriesEvaluation(list.get(i).baseline(), list.get(i).baselineText(), results.get(i)));
            }
        }
        return out;
    }

    /** @return each authority's estimate over all the facts held, series or not; empty when none is held */
    Map<String, Bounds> authorityFigures() {
        return root == null ? Map.of() : resultOf(root, new Variant(null, true)).byAuthority();
    }

    /** One series of the running total evaluated. */
    record SeriesEvaluation(String baseline, String baselineText, Result result) {
    }

    /** @return the baselines of the subtree's running totals, in series order, each with its first stated words */
    private TreeMap<String, String> seriesOf(Node node) {
        TreeMap<String, String> stated = statedSeriesOf(node);
        TreeMap<String, String> out = new TreeMap<>(stated.comparator());
        stated.forEach((b, t) -> out.put(b, t.isEmpty() ? null : t));
        return out;
    }

    /**
     * @return the node's series as remembered: words as stated, or "" when none are (a null value would read as
     *     absent in a merge); shared, not copied, as a parent merges every child's on each change
     */
    private TreeMap<String, String> statedSeriesOf(Node node) {
        if (node.series == null) {
            TreeMap<String, String> series = new TreeMap<>(Baselines.ORDER);
            for (Node child : node.children.values()) {
                statedSeriesOf(child).forEach((baseline, text) -> series.merge(baseline, text, Baselines::firstWords));
            }
            if (node.totals != null) {
                node.totals.series().forEach((baseline, text) -> series.merge(baseline, text, Baselines::firstWords));
            }
            node.series = series;
        }
        return node.series;
    }

    private Result resultOf(Node node, Variant v) {
        Result cached = node.results.get(v);
        if (cached != null) {
            return cached;
        }
        Builder b = new Builder();
        for (Node child : node.children.values()) {
            Result e = resultOf(child, v);
            if (!e.isEmpty()) {
                b.addChild(e);
            }
        }
        if (v.withIncidents() && !node.incidents.isEmpty()) {
            if (node.incidentSum == null) {
                node.incidentSum = new Builder();
                node.incidents.forEach(node.incidentSum::addIncident);
            }
            b.addChild(node.incidentSum.asResult(Bounds.NONE));
        }
        OwnRunningTotals.Summary own = node.totals == null ? OwnRunningTotals.NONE
                : node.totals.summary(v.baseline(), node.name);
        Map<String, Bounds> byAuthority = new HashMap<>(b.sumByAuthority);
        for (Fact latest : own.latest()) {
            byAuthority.put(latest.authority(), latest.bounds()
                    .atLeast(b.sumByAuthority.getOrDefault(latest.authority(), Bounds.NONE)));
            b.include(latest);
        }
        b.authorities.addAll(own.authorities());
        b.sample(own.sample());
        b.asOf = Math.max(b.asOf, own.asOf());
        b.revisions.addAll(own.revisions());
        Bounds running = own.running();
        Result r = b.kept(running, byAuthority);
        node.results.put(v, r);
        return r;
    }

    /** What a node's result gathers from its children and its own facts. */
    private final class Builder {
        Bounds sum = Bounds.NONE;
        final Map<String, Bounds> sumByAuthority = new HashMap<>();
        int factCount;
        final ClaimListing listing = new ClaimListing(targetId, ClaimListing.MAX_LISTED);
        final Map<String, ClaimListing> listingByAuthority = new HashMap<>();
        final RevisionListing revisions = new RevisionListing();
        final TreeSet<String> authorities = new TreeSet<>();
        Claim sample;
        long asOf = Long.MIN_VALUE;

        void addChild(Result e) {
            sum = sum.plus(e.bounds());
            e.byAuthority().forEach((a, bounds) -> sumByAuthority.merge(a, bounds, Bounds::plus));
            factCount += e.factCount();
            listing.addAll(e.listing());
            e.listingByAuthority().forEach((a, l) -> authorityListing(a).addAll(l));
            revisions.addAll(e.revisions());
            authorities.addAll(e.authorities());
            sample(e.sample());
            asOf = Math.max(asOf, e.asOf());
        }

        void addIncident(Fact f) {
            sum = sum.plus(f.bounds());
            sumByAuthority.merge(f.authority(), f.bounds(), Bounds::plus);
            seen(f);
            include(f);
        }

        /** A fact of the variant: it names an authority, and its claims may be the sample and the newest. */
        void seen(Fact f) {
            authorities.add(f.authority());
            for (Claim c : f.citations()) {
                sample(c);
                asOf = Math.max(asOf, c.getEventTime().toEpochMilli());
            }
        }

        /** A fact the estimate rests on. */
        void include(Fact f) {
            factCount++;
            listing.addAll(f);
            authorityListing(f.authority()).addAll(f);
        }

        /**
         * @return what was gathered as a result: the estimate is the running total, at least the sum (for a node's
         *     own incidents alone, none and the sum); read, not copied, by whoever adds it
         */
        Result asResult(Bounds running, Map<String, Bounds> byAuthority) {
            return new Result(running.atLeast(sum), byAuthority, factCount, listing, listingByAuthority, revisions,
                    authorities, sample, asOf);
        }

        Result asResult(Bounds running) {
            return asResult(running, sumByAuthority);
        }

        /**
         * @return {@link #asResult(Bounds, Map)} to be kept at a node between changes: its maps and list copied into
         *     compact immutable ones (most nodes name one or two authorities, and a hash map of one entry costs
         *     several times the entry)
         */
        Result kept(Bounds running, Map<String, Bounds> byAuthority) {
            return new Result(running.atLeast(sum), Map.copyOf(byAuthority), factCount, listing,
                    Map.copyOf(listingByAuthority), revisions, authorities, sample, asOf);
        }

        private ClaimListing authorityListing(String authority) {
            return listingByAuthority.computeIfAbsent(authority,
                    k -> new ClaimListing(targetId, ClaimListing.MAX_LISTED_PER_AUTHORITY));
        }

        private void sample(Claim c) {
            if (c != null && (sample == null || c.getClaimId().compareTo(sample.getClaimId()) < 0)) {
                sample = c;
            }
        }
    }
}
