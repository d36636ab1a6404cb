package io.liveblog.streams.time;

import java.time.LocalDate;

/**
 * Arithmetic on ISO days ({@code YYYY-MM-DD}, UTC), the form event and report days take in claims.
 *
 * <p>Why not {@link LocalDate#parse}: the aggregation asks for day boundaries on every claim change and for every
 * blog at a key when it checks what may be sealed, and the formatter's general parser cost more than the rest of
 * such a check. Days in the canonical form are read digit by digit; anything else goes to {@link LocalDate#parse},
 * so an invalid day fails as it always did.
 */
public final class IsoDays {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private IsoDays() {
    }

    /** @return the day's number of days since 1970-01-01 */
    public static long epochDay(String day) {
        if (day.length() == 10 && day.charAt(4) == '-' && day.charAt(7) == '-') {
            int year = digits(day, 0, 4);
            int month = digits(day, 5, 7);
            int dayOfMonth = digits(day, 8, 10);
            if (year >= 0 && month >= 0 && dayOfMonth >= 0) {
                // LocalDate.of validates the month and the day of the month, as parsing does
                return LocalDate.of(year, month, dayOfMonth).toEpochDay();
            }
        }
        return LocalDate.parse(day).toEpochDay();
    }

    /** @return the first millisecond after the day (UTC), epoch milliseconds */
    public static long endMillis(String day) {
        return (epochDay(day) + 1) * MILLIS_PER_DAY;
    }

    /** @return the day {@code days} days later (earlier when negative), as an ISO day */
    public static String plusDays(String day, long days) {
        return LocalDate.ofEpochDay(epochDay(day) + days).toString();
    }

    /** @return the value of the decimal digits in {@code s[from, to)}, or -1 if one is not a digit */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
