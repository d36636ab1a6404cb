package io.liveblog.extract;

import io.liveblog.extract.ScopeReader.Cue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Reads a date or a year in a sentence as a scope cue: an event dated {@value #BACKGROUND_DAYS} days or more before
 * the post ("on October 7", "in 2014", "the 2006 war") is background unless "since" governs the date, and a relative
 * clause right after an old date ("the October 7 attack that left ...") is background too.
 *
 * <p>Separate from {@link ScopeReader}, which collects the word cues of a sentence and gives a figure its scope:
 * here a date is read against the calendar ({@link CalendarWords}) and the day the post was published.
 */
final class BackgroundDates {

    /** A dated event this many days or more before publication is background, not news of the day. */
    static final int BACKGROUND_DAYS = 7;

    private static final WordSet YEAR_PREPOSITIONS = Lexicon.words(
            "in", "since", "of", "the", "by", "until", "from", "early", "late", "mid", "during", "year", "before");

    private static final WordSet EVENT_WORDS = Lexicon.words(
            "war", "conflict", "attack", "attacks", "earthquake", "floods", "offensive", "invasion", "assault",
            "massacre", "raid", "raids", "incursion", "hostilities", "bombing", "uprising", "intifada", "earthquakes",
            "quake", "quakes", "flood", "cyclone", "hurricane", "typhoon", "tsunami", "storm", "landslide", "eruption",
            "blast", "explosion", "fire", "siege");

    private BackgroundDates() {
    }

    /**
     * Reads a date or year at {@code j}; adds a background cue when it is old and not governed by "since".
     *
     * @return index just past the date, or {@code j} when there is none
     */
    static int dateCue(List<Token> t, int j, LocalDate published, List<Cue> cues) {
        int n = t.size();
        Token tk = t.get(j);
        String w = tk.lower();
        LocalDate date = null;
        boolean monthOnly = false;
        int start = j;
        int end = j;
        if (tk.isCapitalized() && Lexicon.MONTHS.containsKey(w) && !(w.equals("may") && j > 0
                && !t.get(j - 1).isDigits() && !(j + 1 < n && t.get(j + 1).isDigits()))) {
            int month = Lexicon.MONTHS.get(w);
            int k = j + 1;
            if (k < n && t.get(k).is(".")) {
                k++;
            }
            Integer day = null;
            Integer year = null;
            end = j + 1;
            if (k < n && CalendarWords.dayOfMonth(t.get(k)) > 0) {
                day = CalendarWords.dayOfMonth(t.get(k));
                end = k + 1;
                if (end + 1 < n && t.get(end).is(",") && CalendarWords.yearOf(t.get(end + 1)) > 0) {
                    year = CalendarWords.yearOf(t.get(end + 1));
                    end += 2;
                }
            } else if (k < n && CalendarWords.yearOf(t.get(k)) > 0) {
                year = CalendarWords.yearOf(t.get(k));
                end = k + 1;
            }
            if (day == null && j > 0 && CalendarWords.dayOfMonth(t.get(j - 1)) > 0) {
                day = CalendarWords.dayOfMonth(t.get(j - 1));
                start = j - 1;
                if (end < n && CalendarWords.yearOf(t.get(end)) > 0) {
                    year = CalendarWords.yearOf(t.get(end));
                    end++;
                }
            }
            if (day == null && year == null) {
                if (j == 0 || !(t.get(j - 1).is("in") || t.get(j - 1).is("since") || t.get(j - 1).is("early")
                        || t.get(j - 1).is("late") || t.get(j - 1).is("mid") || t.get(j - 1).is("last")
                        || t.get(j - 1).is("during"))) {
                    return j;
                }
                monthOnly = true;
            }
            date = CalendarWords.toDate(year, month, day == null ? 1 : day, published);
            if (monthOnly && date != null && date.getMonthValue() == published.getMonthValue()
                    && date.getYear() == published.getYear()) {
                return end;
            }
        } else if (CalendarWords.yearOf(tk) > 0 && (j > 0 && YEAR_PREPOSITIONS.contains(t.get(j - 1))
                || j + 1 < n && EVENT_WORDS.contains(t.get(j + 1)))) {
            int year = CalendarWords.yearOf(tk);
            end = j + 1;
            if (year < published.getYear()) {
                date = LocalDate.of(year, 12, 31);
            } else {
                return end;
            }
        } else {
            return j;
        }
        if (date == null) {
            return end;
        }
        long daysBefore = ChronoUnit.DAYS.between(date, published);
        if (daysBefore < BACKGROUND_DAYS) {
            return end;
        }
        boolean since = governedBySince(t, start);
        if (!since) {
            cues.add(new Cue(start, Scope.BACKGROUND));
        }
        // "the October 7 attack that left ...", "the October 7 attack, in which militants killed about 1,200",
        // "since 1960, when an earthquake killed ...": the clause describes the old date, even when the date itself
        // is the start of a running total
        int clause = describingClause(t, end, !since);
        if (clause >= 0) {
            cues.add(new Cue(clause, Scope.BACKGROUND));
        }
        return end;
    }

    /**
     * Reads "since" at {@code since} as an anniversary's ("Turkey and Syria marked a year on Tuesday since the
     * February 6 earthquakes, which killed ...", "It is two years since the siege, in which ..."): the event after it
     * is that span old ({@link CalendarWords#anniversaryMonths}), so the clause describing it is background, as for an
     * old date.
     *
     * @return whether it was one (a background cue is added at the describing clause, if the sentence has one)
     */
    static boolean anniversaryCue(List<Token> t, int since, List<Cue> cues) {
        if (CalendarWords.anniversaryMonths(t, since) == 0) {
            return false;
        }
        int clause = describingClause(t, since + 1, true);
        if (clause >= 0) {
            cues.add(new Cue(clause, Scope.BACKGROUND));
        }
        return true;
    }

    /**
     * @return where a relative clause describing the event named from {@code from} starts ("the October 7 attack,
     *     in which ...", "the February 6 earthquakes, which killed ..."), or -1; {@code which} says whether "which",
     *     "that" and "who" open one ("when" and "in which" always do)
     */
    private static int describingClause(List<Token> t, int from, boolean which) {
        int n = t.size();
        for (int k = from; k < Math.min(n, from + 8); k++) {
            Token tk = t.get(k);
            String x = tk.lower();
            boolean inWhich = (x.equals("in") || x.equals("during")) && k + 1 < n && t.get(k + 1).is("which");
            if (x.equals("when") || inWhich || which && (x.equals("which") || x.equals("that") || x.equals("who"))) {
                return inWhich ? k + 1 : k;
            }
            if (!(x.equals(",") || x.equals("the") || EVENT_WORDS.contains(tk) || x.equals("terror")
                    || x.equals("hamas") || x.equals("terrorist") || x.equals("surprise") || x.equals("cross-border")
                    || x.equals("school") || tk.isCapitalized()
                    || CalendarWords.dayOfMonth(tk) > 0)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean governedBySince(List<Token> t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
            String w = t.get(k).lower();
            if (w.equals("since") || w.equals("from")) {
                return true;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }
}
