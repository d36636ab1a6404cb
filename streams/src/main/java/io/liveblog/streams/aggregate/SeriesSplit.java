package io.liveblog.streams.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Splits the facts of one place, metric and window into series: running totals that count from the same start
 * ("since October 7" and "since the truce ended" are two series, never combined and never a revision of each other).
 *
 * <p>The rules, each a function of the fact set alone (so any arrival order gives the same series):
 * <ol>
 *   <li>A running total with a stated baseline belongs to that baseline's series.</li>
 *   <li>The running totals with an unstated baseline of one authority at one place are one chain ("the toll has
 *       risen to ..." day after day), and the chain joins the series its latest figure agrees with: the earliest
 *       series in which the same authority's stated figures at that place span a range that, widened by
 *       {@value #JOIN_TOLERANCE_PERCENT}% each way, holds it; failing that, such a range of any authority there;
 *       otherwise the chain is the {@code unstated} series. So "15,207 since October 7" and a bare "15,523" are one
 *       series, and a bare "200" beside them is not.</li>
 *   <li>Incidents add to the headline series only (a place's figure is at least the sum of its incidents, as
 *       before series existed); the other series are running totals alone.</li>
 * </ol>
 * Which series is the headline is chosen once the series are evaluated ({@link #headline}). The rule uses only the
 * lowest, highest and latest stated figure of each (place, authority, series) and the latest unstated figure of each
 * (place, authority), which sealing keeps ({@link ClaimSealer}): sealing old claims does not change it.
 */
final class SeriesSplit {

    static final int JOIN_TOLERANCE_PERCENT = 10;

    /** The running totals of one series. */
    record Series(String baseline, String baselineText, List<Fact> runningTotals) {
    }

    /** The series of a fact set in baseline order (dates, then phases, then unstated), and its incidents. */
    record Split(List<Series> series, List<Fact> incidents) {
    }

    private SeriesSplit() {
    }

    /** @return the running totals grouped into series, and the incidents */
    static Split split(Collection<Fact> facts) {
        List<Fact> totals = new ArrayList<>();
        List<Fact> incidents = new ArrayList<>();
        for (Fact f : facts) {
            (f.isRunningTotal() ? totals : incidents).add(f);
        }
        Map<Fact, String> member = membership(totals);
        Map<String, List<Fact>> byBaseline = new TreeMap<>(Baselines.ORDER);
        for (Fact f : totals) {
            byBaseline.computeIfAbsent(member.get(f), k -> new ArrayList<>()).add(f);
        }
        List<Series> series = new ArrayList<>(byBaseline.size());
        byBaseline.forEach((baseline, members) -> series.add(new Series(baseline, text(members), members)));
        return new Split(series, incidents);
    }

    /**
     * @param runningTotals running-total facts of one place and metric (and what lies below it)
     * @return each fact's series baseline, after the unstated running totals joined the series they agree with
     */
    static Map<Fact, String> membership(Collection<Fact> runningTotals) {
        Map<Fact, String> member = new IdentityHashMap<>();
        Map<RangeKey, long[]> ranges = new HashMap<>();
        Map<String, Fact> latestUnstated = new TreeMap<>();
        Map<String, List<Fact>> unstatedChains = new TreeMap<>();
        java.util.SortedSet<String> baselines = new java.util.TreeSet<>(Baselines.ORDER);
        for (Fact f : runningTotals) {
            Long v = f.bounds().value();
            if (Baselines.isStated(f.baseline())) {
                member.put(f, f.baseline());
                baselines.add(f.baseline());
                if (v != null) {
                    widen(ranges, new RangeKey(f.placeId(), f.authority(), f.baseline()), v);
                    widen(ranges, new RangeKey(f.placeId(), null, f.baseline()), v);
                }
            } else {
                String chain = f.placeId() + '|' + f.authority();
                unstatedChains.computeIfAbsent(chain, k -> new ArrayList<>()).add(f);
                latestUnstated.merge(chain, f, (a, b) -> FactIdentity.ORDER.compare(a, b) >= 0 ? a : b);
            }
        }
        unstatedChains.forEach((chain, facts) -> {
            Fact latest = latestUnstated.get(chain);
            String target = joinTarget(latest, baselines, ranges);
            facts.forEach(f -> member.put(f, target));
        });
        return member;
    }

    /**
     * The stated figures of one place, authority (null for all of them; a fact always names one) and baseline. A
     * record, not a joined string: this runs over every running total on every emit.
     */
    record RangeKey(String placeId, String authority, String baseline) {
    }

    private static void widen(Map<RangeKey, long[]> ranges, RangeKey key, long v) {
        long[] r = ranges.computeIfAbsent(key, k -> new long[] {v, v});
        r[0] = Math.min(r[0], v);
        r[1] = Math.max(r[1], v);
    }

    /**
     * The headline of a place: the series with the largest running total, ties to baseline order. A larger running
     * total of one population counts from earlier ("15,207 since October 7" over "193 since the truce ended"), and
     * a smaller one with an earlier stated start is a narrower count or a misread start: the soldiers killed "since
     * the ground operation began in late October" (read as October 1) are not the headline beside the ministry's
     * "31,923 since 7 October". Taking the earliest dated series made such a side count the place's figure.
     *
     * @param series the series in baseline order
     * @param values their running-total values (null when unknown)
     * @return index of the headline series
     */
    static int headline(List<Series> series, List<Long> values) {
        int best = -1;
        for (int i = 0; i < series.size(); i++) {
            if (best < 0 || value(values.get(i)) > value(values.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static long value(Long v) {
        return v == null ? Long.MIN_VALUE : v;
    }

    private static String text(List<Fact> facts) {
        return facts.stream().map(Fact::baselineText).filter(Objects::nonNull).sorted().findFirst().orElse(null);
    }

    /** @return whether stated figures from {@code low} to {@code high}, widened by the tolerance, hold a value */
    static boolean holds(long low, long high, long value) {
        return value * 100 >= low * (100 - JOIN_TOLERANCE_PERCENT) && value * 100 <= high * (100 + JOIN_TOLERANCE_PERCENT);
    }

    /** The earliest series whose stated range, widened by the tolerance, holds the chain's latest value. */
    private static String joinTarget(Fact latest, java.util.SortedSet<String> baselines,
                                     Map<RangeKey, long[]> ranges) {
        Long v = latest.bounds().value();
        if (v == null) {
            return Baselines.UNSTATED;
        }
        for (String authority : new String[] {latest.authority(), null}) {
            for (String baseline : baselines) {
                long[] r = ranges.get(new RangeKey(latest.placeId(), authority, baseline));
                if (r != null && holds(r[0], r[1], v)) {
                    return baseline;
                }
            }
        }
        return Baselines.UNSTATED;
    }
}
