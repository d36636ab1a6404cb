package io.liveblog.cli;

import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.ClaimCounts;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The demo's live view: the running totals, one row per place and metric, reprinted as they change. */
final class AggregateTable {

    private final Map<String, LocationAggregate> live = new TreeMap<>();

    /** Applies one record of the aggregates topic. */
    void apply(String key, LocationAggregate value) {
        if (value == null) {
            live.remove(key);
        } else {
            live.put(key, value);
        }
    }

    /** Prints the running totals. */
    void print(PrintStream out) {
        List<LocationAggregate> rows = live.values().stream()
                .filter(a -> "total".equals(a.getWindow()))
                .sorted(Comparator.comparing((LocationAggregate a) -> String.join(" > ", a.getLocationPath()))
                        .thenComparing(LocationAggregate::getMetric))
                .toList();
        out.println();
        out.printf("%-70s %-16s %8s %8s %9s %6s %7s%n", "PLACE", "METRIC", "BEST", "LOW", "HIGH", "FACTS",
                "CLAIMS");
        for (LocationAggregate a : rows) {
            out.printf("%-70s %-16s %8s %8s %9s %6d %7d%n", abbreviate(String.join(" > ", a.getLocationPath()), 70),
                    a.getMetric(), show(a.getValue()), show(a.getLow()),
                    a.getHigh() == null ? "open" : a.getHigh().toString(), a.getFactCount(), ClaimCounts.of(a));
        }
        out.printf("(%d running totals; day windows and provenance: liveblog explain)%n", rows.size());
    }

    private static String show(Long v) {
        return v == null ? "-" : v.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max + 3);
    }
}
