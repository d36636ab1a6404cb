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

    /**
     * Whether two stated baselines can start one count: the same, or a month named without a day and a day of that
     * month ("since May" is {@code phase:may 2024}; "since fighting escalated on 10 May" is 2024-05-10: the words
     * of one running total told less and more precisely).
     */
    static boolean agree(String a, String b) {
        return a.equals(b) || monthHoldsDay(a, b) || monthHoldsDay(b, a);
    }

    /** A month named without a day, as the extractor writes it: {@code phase:<month> <year>}. */
    private static final java.util.regex.Pattern MONTH_PHASE = java.util.regex.Pattern.compile(
            "phase:([a-z]+) (\\d{4})");

    private static boolean monthHoldsDay(String month, String day) {
        java.util.regex.Matcher m = MONTH_PHASE.matcher(month);
        if (!isDated(day) || !m.matches()) {
            return false;
        }
        java.time.Month named;
        try {
            named = java.time.Month.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notAMonth) {
            return false; // "phase:escalation 2024" is no month
        }
        return day.startsWith(String.format(java.util.Locale.ROOT, "%s-%02d-", m.group(2), named.getValue()));
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
