package io.liveblog.streams.aggregate;

/**
 * Baselines of running totals as claims carry them ({@code Claim.baseline}): a start date {@code YYYY-MM-DD}, a
 * named phase {@code phase:<words>}, or {@value #UNSTATED} (also read for null, on claims written before the field
 * existed).
 */
final class Baselines {

    /** A running total that does not say what it counts from. */
    static final String UNSTATED = "unstated";

    private static final String PHASE = "phase:";

    private Baselines() {
    }

    /** @return whether the baseline names a start (a date or a phase) */
    static boolean isStated(String baseline) {
        return baseline != null && !baseline.isBlank() && !UNSTATED.equals(baseline);
    }

    /** @return whether the baseline is a start date */
    static boolean isDated(String baseline) {
        return isStated(baseline) && !baseline.startsWith(PHASE);
    }

    /** @return a sort key: dates first (earliest first), then named phases, then unstated */
    static String order(String baseline) {
        if (isDated(baseline)) {
            return "0" + baseline;
        }
        return isStated(baseline) ? "1" + baseline : "2";
    }

    /** Baselines in series order ({@link #order}). */
    static final java.util.Comparator<String> ORDER = (a, b) -> order(a).compareTo(order(b));

    /**
     * The words of a series from two tellings of them: the first in sort order among those that say something, ""
     * when neither does (a null would read as absent in a map merge).
     */
    static String firstWords(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }
}
