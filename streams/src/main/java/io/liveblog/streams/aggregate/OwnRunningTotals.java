package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The running totals located at one node of a {@link FactTree} (one place), with what the node's evaluation needs of
 * them kept up to date as they come and go: the series each belongs to ({@link SeriesSplit#membership}, the same
 * rule), the node's own series with their words, and per series what the totals give the node's result.
 *
 * <p>Why: a country's own running totals are one per toll figure ever reported for it, and a country's key sees a
 * new one with nearly every post. Splitting them into series again for each meant work in proportion to the
 * country's history on every change; here a change updates the figures of its own authority and baseline, and the
 * series of each unstated chain are found again from the lowest and highest stated figures kept per baseline.
 */
final class OwnRunningTotals {


    /**
     * What the running totals of one series give a node's result, whatever lies below it: each authority's latest,
     * the authorities, sample claim and newest time of them all, and the revisions among them.
     */
    record Summary(List<Fact> latest, Bounds running, Set<String> authorities, Claim sample, long asOf,
                   RevisionListing revisions) {
    }

    static final Summary NONE = new Summary(List.of(), Bounds.NONE, Set.of(), null, Long.MIN_VALUE,
            RevisionListing.NONE);

    private final TreeMap<String, TreeSet<Fact>> byAuthority = new TreeMap<>();
    /** Per authority what all its totals give, kept as they come and go (see {@link Walked}). */
    private final Map<String, Walked> walked = new HashMap<>();
    /** Stated baselines with how many totals state each. */
    private final TreeMap<String, Integer> statedBaselines = new TreeMap<>(Baselines.ORDER);
    /** Stated figures by (authority, baseline), and by (null, baseline) for all authorities: value -> count. */
    private final Map<SeriesSplit.RangeKey, TreeMap<Long, Integer>> statedValues = new HashMap<>();
    /** Words of the stated totals of each baseline ("" for none): words -> count. */
    private final Map<String, TreeMap<String, Integer>> statedWords = new HashMap<>();
    /** Each authority's chain of totals with an unstated baseline, in {@link FactIdentity#ORDER}. */
    private final Map<String, TreeSet<Fact>> chains = new HashMap<>();
    /** Words of each chain's totals ("" for none): words -> count. */
    private final Map<String, TreeMap<String, Integer>> chainWords = new HashMap<>();
    /** The series each chain joined, null until asked for after a change. */
    private Map<String, String> chainSeries;
    /** The node's own series with their words, null until asked for after a change. */
    private TreeMap<String, String> series;
    /** Per series (null: all of them) what the totals give, until one comes or goes. */
    private Map<String, Summary> summaries;

    /** @return whether the node holds no running total of its own */
    boolean isEmpty() {
        return byAuthority.isEmpty();
    }

    /** @return whether the total was new */
    boolean add(Fact f) {
        TreeSet<Fact> ofAuthority = byAuthority.computeIfAbsent(f.authority(), a -> new TreeSet<>(FactIdentity.ORDER));
        if (!ofAuthority.add(f)) {
            return false;
        }
        walked.computeIfAbsent(f.authority(), a -> new Walked()).added(ofAuthority, f);
        if (Baselines.isStated(f.baseline())) {
            statedBaselines.merge(f.baseline(), 1, Integer::sum);
            Long v = f.bounds().value();
            if (v != null) {
                count(statedValues, new SeriesSplit.RangeKey(f.placeId(), f.authority(), f.baseline()), v, 1);
                count(statedValues, new SeriesSplit.RangeKey(f.placeId(), null, f.baseline()), v, 1);
            }
            count(statedWords, f.baseline(), words(f), 1);
        } else {
            chains.computeIfAbsent(f.authority(), a -> new TreeSet<>(FactIdentity.ORDER)).add(f);
            count(chainWords, f.authority(), words(f), 1);
        }
        changed();
        return true;
    }

    /** @return whether the total was held */
    boolean remove(Fact f) {
        TreeSet<Fact> totals = byAuthority.get(f.authority());
        if (totals == null || !totals.contains(f)) {
            return false;
        }
        walked.get(f.authority()).removing(totals, f);
        totals.remove(f);
        if (totals.isEmpty()) {
            byAuthority.remove(f.authority());
            walked.remove(f.authority());
        }
        if (Baselines.isStated(f.baseline())) {
            if (statedBaselines.merge(f.baseline(), -1, Integer::sum) == 0) {
                statedBaselines.remove(f.baseline());
            }
            Long v = f.bounds().value();
            if (v != null) {
                count(statedValues, new SeriesSplit.RangeKey(f.placeId(), f.authority(), f.baseline()), v, -1);
                count(statedValues, new SeriesSplit.RangeKey(f.placeId(), null, f.baseline()), v, -1);
            }
            count(statedWords, f.baseline(), words(f), -1);
        } else {
            TreeSet<Fact> chain = chains.get(f.authority());
            chain.remove(f);
            if (chain.isEmpty()) {
                chains.remove(f.authority());
            }
            count(chainWords, f.authority(), words(f), -1);
        }
        changed();
        return true;
    }

    private void changed() {
        chainSeries = null;
        series = null;
        summaries = null;
    }

    /** @return the series a total held here belongs to ({@link SeriesSplit#membership} over the node's totals) */
    String seriesOf(Fact f) {
        if (Baselines.isStated(f.baseline())) {
            return f.baseline();
        }
        if (chainSeries == null) {
            chainSeries = new HashMap<>();
            chains.forEach((authority, chain) -> chainSeries.put(authority, joinTarget(chain.last())));
        }
        return chainSeries.get(f.authority());
    }

    /**
     * @return the node's own series in baseline order, each with its words: the first in sort order among those
     *     stated, or "" when none are (shared, not copied: do not change it)
     */
    TreeMap<String, String> series() {
        if (series == null) {
            TreeMap<String, String> out = new TreeMap<>(Baselines.ORDER);
            statedWords.forEach((baseline, words) -> out.merge(baseline, firstWords(words), Baselines::firstWords));
            chainWords.forEach((authority, words) -> out.merge(seriesOf(chains.get(authority).first()),
                    firstWords(words), Baselines::firstWords));
            series = out;
        }
        return series;
    }

    /**
     * @param baseline a series, or null for all the totals
     * @param placeName the node's place, named in revision notes
     * @return what the totals of the series give the node's result
     */
    Summary summary(String baseline, String placeName) {
        if (byAuthority.isEmpty()) {
            return NONE;
        }
        if (summaries == null) {
            summaries = new HashMap<>(2);
        }
        Summary kept = summaries.get(baseline);
        if (kept != null) {
            return kept;
        }
        if (baseline == null) {
            kept = summaryOfAll(placeName);
            summaries.put(null, kept);
            return kept;
        }
        List<Fact> latestOfEach = new ArrayList<>(byAuthority.size());
        RevisionListing revisions = new RevisionListing();
        TreeSet<String> authorities = new TreeSet<>();
        Claim sample = null;
        long asOf = Long.MIN_VALUE;
        for (Map.Entry<String, TreeSet<Fact>> e : byAuthority.entrySet()) {
            List<Fact> ordered = new ArrayList<>(e.getValue().size());
            for (Fact f : e.getValue()) {
                if (baseline.equals(seriesOf(f))) {
                    ordered.add(f);
                    authorities.add(f.authority());
                    for (Claim c : f.citations()) {
                        if (sample == null || c.getClaimId().compareTo(sample.getClaimId()) < 0) {
                            sample = c;
                        }
                        asOf = Math.max(asOf, c.getEventTime().toEpochMilli());
                    }
                }
            }
            if (ordered.isEmpty()) {
                continue;
            }
            Fact latest = AggregateCalculator.standing(ordered.size() > 1 ? ordered.get(ordered.size() - 2) : null,
                    ordered.get(ordered.size() - 1));
            latestOfEach.add(latest);
            AggregateCalculator.addRevisions(e.getKey(), ordered, placeName, revisions);
        }
        Bounds running = AggregateCalculator.combineAuthorities(latestOfEach);
        Summary s = new Summary(List.copyOf(latestOfEach), running, Set.copyOf(authorities), sample, asOf,
                revisions);
        summaries.put(baseline, s);
        return s;
    }

    /** {@link #summary} of all the totals, from what is kept per authority: no walk of the totals. */
    private Summary summaryOfAll(String placeName) {
        List<Fact> latestOfEach = new ArrayList<>(byAuthority.size());
        RevisionListing revisions = new RevisionListing();
        Claim sample = null;
        long asOf = Long.MIN_VALUE;
        for (Map.Entry<String, TreeSet<Fact>> e : byAuthority.entrySet()) {
            Walked w = walked.get(e.getKey());
            Fact last = e.getValue().last();
            Fact latest = AggregateCalculator.standing(e.getValue().lower(last), last);
            latestOfEach.add(latest);
            Claim first = w.firstCitations.firstEntry().getValue();
            if (sample == null || first.getClaimId().compareTo(sample.getClaimId()) < 0) {
                sample = first;
            }
            asOf = Math.max(asOf, w.newestCitations.lastKey());
            for (Fact f : w.fallsAt) {
                Fact before = e.getValue().lower(f);
                if (AggregateCalculator.isRevision(before, f)) {
                    revisions.add(e.getKey(), before, f, placeName);
                }
            }
        }
        return new Summary(List.copyOf(latestOfEach), AggregateCalculator.combineAuthorities(latestOfEach),
                Set.copyOf(byAuthority.keySet()), sample, asOf, revisions);
    }

    /**
     * What all the totals of one authority give, kept as they come and go: each total's first citation (by claim id)
     * and newest citation time, and the totals that fall below the one reported before them (a revision).
     */
    private static final class Walked {
        final TreeMap<String, Claim> firstCitations = new TreeMap<>();
        final TreeMap<Long, Integer> newestCitations = new TreeMap<>();
        final TreeSet<Fact> fallsAt = new TreeSet<>(FactIdentity.ORDER);

        /** @param totals the authority's totals, {@code f} among them */
        void added(TreeSet<Fact> totals, Fact f) {
            Claim first = f.citations().get(0);
            firstCitations.put(first.getClaimId(), first);
            newestCitations.merge(newest(f), 1, Integer::sum);
            Fact before = totals.lower(f);
            Fact after = totals.higher(f);
            if (after != null) {
                fallsAt.remove(after);
                if (AggregateCalculator.isRevision(f, after)) {
                    fallsAt.add(after);
                }
            }
            if (before != null && AggregateCalculator.isRevision(before, f)) {
                fallsAt.add(f);
            }
        }

        /** @param totals the authority's totals, {@code f} still among them */
        void removing(TreeSet<Fact> totals, Fact f) {
            firstCitations.remove(f.citations().get(0).getClaimId());
            long newest = newest(f);
            if (newestCitations.merge(newest, -1, Integer::sum) == 0) {
                newestCitations.remove(newest);
            }
            Fact before = totals.lower(f);
            Fact after = totals.higher(f);
            fallsAt.remove(f);
            if (after != null) {
                fallsAt.remove(after);
                if (before != null && AggregateCalculator.isRevision(before, after)) {
                    fallsAt.add(after);
                }
            }
        }

        private static long newest(Fact f) {
            long t = Long.MIN_VALUE;
            for (Claim c : f.citations()) {
                t = Math.max(t, c.getEventTime().toEpochMilli());
            }
            return t;
        }

    }

    /**
     * The series an unstated chain joins, by its latest figure: {@link SeriesSplit}'s rule, over the lowest and
     * highest stated figure kept per (authority, baseline) and per baseline.
     */
    private String joinTarget(Fact latest) {
        Long v = latest.bounds().value();
        if (v == null) {
            return Baselines.UNSTATED;
        }
        for (String authority : new String[] {latest.authority(), null}) {
            for (String baseline : statedBaselines.keySet()) {
                TreeMap<Long, Integer> values = statedValues.get(new SeriesSplit.RangeKey(latest.placeId(), authority, baseline));
                if (values != null && SeriesSplit.holds(values.firstKey(), values.lastKey(), v)) {
                    return baseline;
                }
            }
        }
        return Baselines.UNSTATED;
    }

    private static String words(Fact f) {
        return f.baselineText() == null ? "" : f.baselineText();
    }

    /** @return the first words in sort order that say something, or "" when none do */
    private static String firstWords(TreeMap<String, Integer> words) {
        String first = words.firstKey();
        if (!first.isEmpty()) {
            return first;
        }
        String next = words.higherKey("");
        return next == null ? "" : next;
    }

    private static <K, V> void count(Map<K, TreeMap<V, Integer>> counts, K key, V value, int delta) {
        TreeMap<V, Integer> c = counts.computeIfAbsent(key, k -> new TreeMap<>());
        if (c.merge(value, delta, Integer::sum) == 0) {
            c.remove(value);
            if (c.isEmpty()) {
                counts.remove(key);
            }
        }
    }
}
