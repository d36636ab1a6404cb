package io.liveblog.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Reads the day an incident happened from its figure's sentence, when the sentence states one ("on Thursday",
 * "yesterday", "two days ago", "on November 30", "a day after ..."); relative words resolve against the post's local
 * date. The baselines of running totals are {@link DateReader}'s. A cue in another clause that has a figure of its
 * own belongs to that figure ({@link ScopeReader}); the nearest remaining cue wins.
 */
final class EventDayReader {

    /** A stated event day more than this many days before the post is not taken (kept as the report date). */
    static final int MAX_DAYS_BEFORE = 366;

    private static final WordSet BOUND_WORDS = Lexicon.words("since", "until", "till", "from", "by", "next",
            "before", "coming");
    /** "this morning", "this afternoon": the post's own day. */
    private static final WordSet PARTS_OF_TODAY = Lexicon.words("morning", "afternoon", "evening");
    private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six");

    private EventDayReader() {
    }

    /** @return the count of days a token states ("3", "three"), or 0 when it states none this reader knows */
    static int dayCount(Token tk) {
        return tk.isDigits() ? (int) QuantityReader.numeric(tk.lower()) : SMALL_NUMBERS.indexOf(tk.lower()) + 1;
    }

    /**
     * @return the day a weekday, "yesterday" or "today" names before token {@code end} (outside a dateline): the day
     *     of the clause that "a day after ..." counts back from; null when none is named
     */
    private static LocalDate dayStatedBefore(List<Token> t, int end, LocalDate today, int datelineEnd) {
        for (int k = end - 1; k >= 0 && t.get(k).start() >= datelineEnd; k--) {
            DayOfWeek weekday = CalendarWords.weekday(t.get(k));
            if (weekday != null) {
                return CalendarWords.lastWeekday(weekday, today);
            }
            if (t.get(k).is("yesterday")) {
                return today.minusDays(1);
            }
            if (t.get(k).is("today")) {
                return today;
            }
        }
        return null;
    }

    /**
     * The day an incident happened, when its sentence states one that is not the post's.
     *
     * @param t the sentence's tokens
     * @param field the text the tokens index
     * @param anchor token of the figure's number
     * @param phrases the sentence's numbers
     * @param local the post's local date and time
     * @return the stated day with its words, or a note why a stated day was not taken; {@link FigureDates#NONE}
     *     when the sentence states none
     */
    static FigureDates read(List<Token> t, String field, int anchor, List<NumberPhrase> phrases,
                                        LocalDateTime local) {
        LocalDate today = local.toLocalDate();
        int[] own = MetricReader.clause(t, anchor);
        LocalDate best = null;
        int[] bestWords = null;
        int bestDistance = Integer.MAX_VALUE;
        // a wire dateline ("TULKARM, West Bank, Jan 18 (LPA) - ") dates the report, not what it tells
        int datelineEnd = t.isEmpty() || t.get(0).start() > 0 ? 0 : LocatingMentions.datelineEnd(field);
        for (int j = 0; j < t.size(); j++) {
            if (t.get(j).start() < datelineEnd) {
                continue;
            }
            int since = j > 0 && t.get(j - 1).is("since") ? j - 1
                    : j > 1 && t.get(j - 1).is("the") && t.get(j - 2).is("since") ? j - 2 : -1;
            if (since >= 0 ? CalendarWords.anniversaryMonths(t, since) == 0
                    : j > 0 && BOUND_WORDS.contains(t.get(j - 1))) {
                // "since Friday", "until Monday", "by November 30", "next Tuesday": not the event's day; but "a year
                // since the February 6 earthquakes" dates the earthquakes
                continue;
            }
            int[] span = {j, j + 1};
            LocalDate d = null;
            Token tk = t.get(j);
            DayOfWeek weekday = CalendarWords.weekday(tk);
            CalendarWords.WrittenDate written;
            if (weekday != null) {
                d = CalendarWords.lastWeekday(weekday, today);
            } else if (tk.is("yesterday")) {
                d = today.minusDays(1);
            } else if (tk.is("today") || tk.is("tonight")) {
                // the post's own day, stated: "crossed today, the same as yesterday" is today's figure
                d = today;
            } else if (tk.is("this") && j + 1 < t.size() && PARTS_OF_TODAY.contains(t.get(j + 1))) {
                d = today;
                span = new int[] {j, j + 2};
            } else if (tk.is("last") && j + 1 < t.size() && (t.get(j + 1).is("night") || t.get(j + 1).is("week"))) {
                d = today.minusDays(t.get(j + 1).is("night") ? 1 : 7);
                span = new int[] {j, j + 2};
            } else if (tk.is("overnight") && local.getHour() < 12) {
                d = today.minusDays(1);
            } else if (tk.is("after") && anchor > j && j > 1 && (t.get(j - 1).is("days") || t.get(j - 1).is("day"))) {
                // "five more were killed on Thursday, a day after a drone strike there killed five": what follows
                // "after" happened that many days before the day the sentence states for what came first
                int amount = t.get(j - 2).is("a") ? 1 : dayCount(t.get(j - 2));
                LocalDate main = amount > 0 && amount <= 6 ? dayStatedBefore(t, j - 2, today, datelineEnd) : null;
                if (main != null) {
                    d = main.minusDays(amount);
                    span = new int[] {j - 2, j + 1};
                }
            } else if (tk.is("ago") && j > 1 && (t.get(j - 1).is("days") || t.get(j - 1).is("day"))) {
                int amount = dayCount(t.get(j - 2));
                if (amount > 0 && amount <= 14) {
                    d = today.minusDays(amount);
                    span = new int[] {j - 2, j + 1};
                }
            } else if ((written = CalendarWords.monthDate(t, j, today)) != null && !written.monthOnly()) {
                d = written.date();
                span = new int[] {written.start(), written.end()};
                if (written.start() > 0 && BOUND_WORDS.contains(t.get(written.start() - 1))) {
                    d = null;
                }
            }
            if (d == null || (j < own[0] || j >= own[1])
                    && ScopeReader.clauseHasOtherFigure(t, j, anchor, phrases)) {
                continue;
            }
            int distance = Math.abs(j - anchor);
            if (distance < bestDistance) {
                best = d;
                bestWords = span;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return FigureDates.NONE;
        }
        int first = bestWords[0] > 0 && t.get(bestWords[0] - 1).is("on") ? bestWords[0] - 1 : bestWords[0];
        String text = DateReader.words(field, t, first, bestWords[1]);
        if (best.isAfter(today)) {
            return new FigureDates(null, null, null, text, "stated day " + best + " ('" + text
                    + "') is after the post; the report date is kept");
        }
        if (ChronoUnit.DAYS.between(best, today) > MAX_DAYS_BEFORE) {
            return new FigureDates(null, null, null, text, "stated day " + best + " ('" + text
                    + "') is more than a year before the post; the report date is kept");
        }
        return new FigureDates(null, null, best, text, null);
    }
}
