package io.liveblog.streams.aggregate;

import io.liveblog.schema.DailyIncrement;
import io.liveblog.streams.time.IsoDays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Daily new beside cumulative: for one event day, how much each authority's running total of each series rose since
 * the latest earlier day it gave one. Derived, never reported: the increment belongs to the day it is seen (a gap of
 * days is not spread over them), and a fall is kept as a correction.
 *
 * <p>An authority's total at the end of a day is what the aggregation rule gives for its running totals reported up
 * to that day ({@link AggregateCalculator#authorityFigures}): the latest per place, rolled up. Series come from
 * {@link SeriesSplit#membership} over the running totals reported up to the day, so "193 since the truce ended" is
 * never differenced against "15,207 since October 7". A day's increments depend on the running totals of that day
 * and the {@value #LOOKBACK_DAYS} days before it only, grouped into facts among themselves (the processor
 * recomputes the open days that follow a change, and sealing leaves those running totals alone until every day
 * that looks back at them is closed): so a day shows the same increments whenever and however often it is emitted.
 */
public final class DailyIncrements {

    /**
     * How far back the previous figure of an authority is looked for. A day's increments are a function of the running
     * totals of this many days before it and of itself only, so that they are the same whenever the day is computed;
     * a longer silence of the authority gives no increment.
     */
    public static final int LOOKBACK_DAYS = 7;

    private DailyIncrements() {
    }

    /** @return the first day whose running totals a day's increments depend on */
    public static String lookbackStart(String day) {
        return IsoDays.plusDays(day, -LOOKBACK_DAYS);
    }

    /** @return the last day whose increments depend on the running totals of {@code day} */
    public static String lookaheadEnd(String day) {
        return IsoDays.plusDays(day, LOOKBACK_DAYS);
    }

    /**
     * @param targetId the place of the day aggregate
     * @param day the event day {@code YYYY-MM-DD}
     * @param facts the facts of the running totals of the day and the {@value #LOOKBACK_DAYS} days before it, grouped
     *     among themselves (others are ignored), any order
     * @return the increments of the day, by series then authority; empty when no running total was given that day
     */
    public static List<DailyIncrement> of(String targetId, String day, Collection<Fact> facts) {
        // only what was reported up to the day decides it, so a later report never changes a day already shown
        String from = lookbackStart(day);
        List<Fact> totals = facts.stream().filter(Fact::isRunningTotal)
                .filter(f -> f.first().getEventDate().compareTo(day) <= 0)
                .filter(f -> f.first().getEventDate().compareTo(from) >= 0).toList();
        if (totals.stream().noneMatch(f -> day.equals(f.first().getEventDate()))) {
            return List.of();
        }
        Map<Fact, String> series = SeriesSplit.membership(totals);
        Map<String, List<Fact>> bySeries = new TreeMap<>();
        totals.forEach(f -> bySeries.computeIfAbsent(series.get(f), k -> new ArrayList<>()).add(f));
        List<DailyIncrement> out = new ArrayList<>();
        bySeries.forEach((baseline, members) -> out.addAll(ofSeries(targetId, day, baseline, members)));
        return out;
    }

    private static List<DailyIncrement> ofSeries(String targetId, String day, String baseline, List<Fact> members) {
        TreeSet<String> authoritiesToday = new TreeSet<>();
        Map<String, String> previousDay = new HashMap<>();
        for (Fact f : members) {
            String d = f.first().getEventDate();
            if (day.equals(d)) {
                authoritiesToday.add(f.authority());
            } else if (d.compareTo(day) < 0) {
                previousDay.merge(f.authority(), d, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        if (authoritiesToday.isEmpty()) {
            return List.of();
        }
        Map<String, Bounds> today = AggregateCalculator.authorityFigures(targetId, upTo(members, day));
        Map<String, Map<String, Bounds>> before = new HashMap<>();
        List<DailyIncrement> out = new ArrayList<>();
        for (String authority : authoritiesToday) {
            String from = previousDay.get(authority);
            if (from == null) {
                continue; // the first figure of the series: nothing to difference against
            }
            Bounds then = before.computeIfAbsent(from, d -> AggregateCalculator.authorityFigures(targetId,
                    upTo(members, d))).get(authority);
            Bounds now = today.get(authority);
            if (then == null || now == null || then.value() == null || now.value() == null) {
                continue;
            }
            long increment = now.value() - then.value();
            out.add(DailyIncrement.newBuilder()
                    .setBaseline(baseline)
                    .setAuthority(authority)
                    .setValue(increment)
                    .setFromDate(from)
                    .setFromValue(then.value())
                    .setToValue(now.value())
                    .setCorrection(increment < 0)
                    .build());
        }
        return out;
    }

    private static List<Fact> upTo(List<Fact> members, String day) {
        return members.stream().filter(f -> f.first().getEventDate().compareTo(day) <= 0).toList();
    }
}
