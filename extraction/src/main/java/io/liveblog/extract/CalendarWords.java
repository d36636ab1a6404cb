package io.liveblog.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Calendar words of a sentence: days of the month, years, month-day dates and weekdays, resolved against the
 * post's own local date. Shared by {@link ScopeReader} (an old date is background) and {@link DateReader} (the
 * start of a running total, the day of an incident).
 */
final class CalendarWords {

    private CalendarWords() {
    }

    /** A date written in the sentence: tokens {@code [start, end)} and the day they name. */
    record WrittenDate(int start, int end, LocalDate date, boolean monthOnly) {
    }

    /** @return the day of the month a token names ("7", "7th"), or -1 */
    static int dayOfMonth(Token tk) {
        String w = tk.lower();
        if (!tk.isDigits()) {
            return -1;
        }
        if (w.length() > 2) {
            if (w.length() <= 4 && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))) {
                w = w.substring(0, w.length() - 2);
            } else {
                return -1;
            }
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return -1;
            }
        }
        int v = Integer.parseInt(w);
        return v >= 1 && v <= 31 ? v : -1;
    }

    /** @return the year a four-digit token names (1900-2100), or -1 */
    static int yearOf(Token tk) {
        String w = tk.lower();
        if (w.length() != 4 || !tk.isDigits()) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return -1;
            }
        }
        int v = Integer.parseInt(w);
        return v >= 1900 && v <= 2100 ? v : -1;
    }

    /**
     * @return the date, or null when the day does not exist; a date without a year is the latest such date not after
     *     publication (plus a day, for time zones)
     */
    static LocalDate toDate(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Spans an anniversary counts, in months: "a year since", "two years since", "a decade since", "six months". */
    private static final Map<String, Integer> ANNIVERSARY_SPANS = Lexicon.hashed(Map.of(
            "year", 12, "years", 12, "decade", 120, "decades", 120, "months", 1));

    /** Words before a span that make it the period of a running total: "in the two years since", "the first year". */
    private static final WordSet PERIOD_OPENERS = Lexicon.words("in", "over", "during", "for", "throughout", "the",
            "past", "last", "first", "within");

    /**
     * @return how many months old the event after "since" at {@code since} is, when "since" counts an anniversary
     *     ("marked a year on Tuesday since the February 6 earthquakes", "It is two years since the siege"); 0 when it
     *     does not, as when the span is the period of a running total ("in the two years since the war began")
     */
    static int anniversaryMonths(List<Token> t, int since) {
        int k = since - 1;
        if (k >= 1 && (weekday(t.get(k)) != null || t.get(k).is("today"))) {
            // "a year on Tuesday since", "a year today since"
            k -= t.get(k - 1).is("on") ? 2 : 1;
        }
        if (k < 1 || !ANNIVERSARY_SPANS.containsKey(t.get(k).lower())
                || k >= 2 && PERIOD_OPENERS.contains(t.get(k - 2))) {
            return 0;
        }
        String count = t.get(k - 1).lower();
        int n = count.equals("a") || count.equals("one") ? 1
                : count.matches("[0-9]{1,2}") ? Integer.parseInt(count) : NumberInWords.UNITS.getOrDefault(count, 0);
        return n * ANNIVERSARY_SPANS.get(t.get(k).lower());
    }

    /**
     * @return the months by which a date without a year at {@code j} is older than its latest occurrence: the span of
     *     an anniversary "since" a few words before it ("a year since the February 6 earthquakes"), else 0
     */
    private static int anniversaryBefore(List<Token> t, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
            if (t.get(k).is("since")) {
                return anniversaryMonths(t, k);
            }
            if (!t.get(k).is("the") && dayOfMonth(t.get(k)) <= 0) {
                return 0;
            }
        }
        return 0;
    }

    /** @return true when the token is a month name that is used as one ("May" only next to a number) */
    static boolean isMonth(List<Token> t, int j) {
        Token tk = t.get(j);
        String w = tk.lower();
        if (!tk.isCapitalized() || !Lexicon.MONTHS.containsKey(w)) {
            return false;
        }
        return !w.equals("may") || j > 0 && t.get(j - 1).isDigits() || j + 1 < t.size() && t.get(j + 1).isDigits()
                || j > 0 && BEFORE_A_MONTH.contains(t.get(j - 1));
    }

    /** Words after which a capitalised "May" is the month, not the verb: "since May", "in May", "early May". */
    private static final WordSet BEFORE_A_MONTH = Lexicon.words(
            "since", "in", "until", "till", "through", "early", "late", "mid", "of", "last", "next", "from");

    /**
     * Reads "October 7", "Oct. 7, 2023", "7 October", "October 2023" or a bare month at {@code j} (a month token).
     *
     * @return the date, or null when {@code j} starts none
     */
    static WrittenDate monthDate(List<Token> t, int j, LocalDate published) {
        if (!isMonth(t, j)) {
            return null;
        }
        int n = t.size();
        int month = Lexicon.MONTHS.get(t.get(j).lower());
        int k = j + 1;
        if (k < n && t.get(k).is(".")) {
            k++;
        }
        Integer day = null;
        Integer year = null;
        int start = j;
        int end = j + 1;
        if (k < n && dayOfMonth(t.get(k)) > 0) {
            day = dayOfMonth(t.get(k));
            end = k + 1;
            if (end + 1 < n && t.get(end).is(",") && yearOf(t.get(end + 1)) > 0) {
                year = yearOf(t.get(end + 1));
                end += 2;
            } else if (end < n && yearOf(t.get(end)) > 0) {
                year = yearOf(t.get(end));
                end++;
            }
        } else if (k < n && yearOf(t.get(k)) > 0) {
            year = yearOf(t.get(k));
            end = k + 1;
        }
        if (day == null && j > 0 && dayOfMonth(t.get(j - 1)) > 0) {
            day = dayOfMonth(t.get(j - 1));
            start = j - 1;
            if (end < n && yearOf(t.get(end)) > 0) {
                year = yearOf(t.get(end));
                end++;
            }
        }
        // "a year since the February 6 earthquakes", published on February 6: the latest February 6 a year before
        LocalDate asOf = year == null ? published.minusMonths(anniversaryBefore(t, start)) : published;
        LocalDate date = toDate(year, month, day == null ? 1 : day, asOf);
        return date == null ? null : new WrittenDate(start, end, date, day == null);
    }

    /** Words that close a stated window: "from 24 February 2022 to 30 April 2024". */
    private static final WordSet WINDOW_ENDS = Lexicon.words("to", "until", "till", "through", "and");

    /**
     * A window of more than a year stated by its two dates ("From 24 February 2022 to 30 April 2024", "between
     * February 2022 and April 2024"): what is counted over it is a tally to date, a running total counted from the
     * first date, not one period's news.
     *
     * @param j a token "from" or "between"
     * @return the window, or null when {@code j} opens no such window
     */
    static Window longWindow(List<Token> t, int j, LocalDate published) {
        if (!(t.get(j).is("from") || t.get(j).is("between"))) {
            return null;
        }
        WrittenDate first = dateAt(t, j + 1, published);
        if (first == null || first.end() >= t.size() || !WINDOW_ENDS.contains(t.get(first.end()))) {
            return null;
        }
        WrittenDate last = dateAt(t, first.end() + 1, published);
        return last != null && first.date().plusYears(1).isBefore(last.date()) ? new Window(first, last.end()) : null;
    }

    /** A window stated by two dates: its first date and the token just past its last. */
    record Window(WrittenDate first, int end) {
    }

    /** @return the date written from token {@code k} ("October 7", "7 October 2023"), or null */
    private static WrittenDate dateAt(List<Token> t, int k, LocalDate published) {
        if (k < t.size() && isMonth(t, k)) {
            return monthDate(t, k, published);
        }
        if (k + 1 < t.size() && dayOfMonth(t.get(k)) > 0 && isMonth(t, k + 1)) {
            WrittenDate d = monthDate(t, k + 1, published);
            return d != null && d.start() == k ? d : null;
        }
        return null;
    }

    /** @return the weekday a token names ("Friday", "Friday's"), or null */
    static DayOfWeek weekday(Token tk) {
        String w = tk.lower();
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return Lexicon.WEEKDAYS.contains(w) ? DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT)) : null;
    }

    /**
     * @return the day a weekday name refers to in a post of {@code local}: that day itself when it is the post's
     *     weekday, else the latest such day before it (live blogs report the past week by weekday)
     */
    static LocalDate lastWeekday(DayOfWeek day, LocalDate local) {
        int back = (local.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return local.minusDays(back);
    }
}
