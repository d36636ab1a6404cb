package io.liveblog.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Reads the dates of one figure from its sentence: the baseline of a running total ("since October 7", "since the
 * truce ended on Friday", "this year"), and through {@link EventDayReader} the day of an incident ("on Thursday",
 * "yesterday", "on November 30"). Relative words resolve against the post's local date and time. A cue in another clause that has a figure of its
 * own belongs to that figure, as for scope ({@link ScopeReader}); the nearest remaining cue wins.
 */
final class DateReader {


    /** Words that end the phrase governed by "since". */
    private static final WordSet SINCE_STOPS = Lexicon.words("when", "that", "which", "who", "and", "but", "as",
            "while", "after", "because", "according", "said", "says", "has", "have", "had", "is", "are", "was",
            "were", "stands", "stood", "rose", "risen", "reached", "climbed", "hit", "to");

    private static final WordSet TRUCE_WORDS = Lexicon.words("truce", "ceasefire", "cease-fire", "pause", "lull");
    private static final WordSet RESUMED_WORDS = Lexicon.words("resumed", "resumption", "resuming", "restarted");
    private static final WordSet END_WORDS = Lexicon.words("ended", "end", "collapsed", "collapse", "expired",
            "broke", "lapsed");
    private static final WordSet WAR_WORDS = Lexicon.words("war", "conflict", "fighting", "hostilities",
            "offensive");
    private static final WordSet EARTHQUAKE_WORDS = Lexicon.words("earthquake", "earthquakes", "quake",
            "quakes", "tremor", "tremors");
    private static final WordSet FLOOD_WORDS = Lexicon.words("flood", "floods", "flooding", "storm", "cyclone",
            "deluge");
    private static final WordSet CRISIS_PREPOSITIONS = Lexicon.words("in", "during", "throughout", "of",
            "after");
    private static final WordSet DAY_PARTS = Lexicon.words("morning", "afternoon", "evening", "night");
    private static final WordSet SAME_DAY_WORDS = Lexicon.words("today", "dawn", "midnight");

    private DateReader() {
    }

    /**
     * @param t the sentence's tokens
     * @param field the text the tokens index
     * @param anchor token of the figure's number
     * @param phrases the sentence's numbers
     * @param scope the figure's scope: only a running total has a baseline
     * @param local the post's local date and time
     * @param countryCode country of the figure's place, for the start of its war or disaster; may be null
     * @param starts start dates of wars and disasters
     * @param previous tokens of the sentence before, in the same field (what "since then" points back to), or an
     *     empty list
     * @return what the figure's words say about time
     */
    static FigureDates read(List<Token> t, String field, int anchor, List<NumberPhrase> phrases, Scope scope,
                            LocalDateTime local, String countryCode, ConflictStarts starts, List<Token> previous) {
        if (scope == Scope.CUMULATIVE) {
            String[] baseline = baseline(t, field, anchor, phrases, local.toLocalDate(), countryCode, starts,
                    previous);
            return new FigureDates(baseline[0], baseline[1], null, null, null);
        }
        return EventDayReader.read(t, field, anchor, phrases, local);
    }

    /** @return {key, words} of the baseline, words null when unstated */
    private static String[] baseline(List<Token> t, String field, int anchor, List<NumberPhrase> phrases,
                                     LocalDate local, String countryCode, ConflictStarts starts,
                                     List<Token> previous) {
        String[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        int[] own = MetricReader.clause(t, anchor);
        for (int j = 0; j < t.size(); j++) {
            String[] found = null;
            if (t.get(j).is("since") && !Comparisons.idiomaticSince(t, j)) {
                found = j + 1 < t.size() && t.get(j + 1).is("then")
                        ? sinceThen(t, field, j, previous, local, countryCode, starts)
                        : since(t, field, j, phrases, local, countryCode, starts);
            } else if (t.get(j).is("this") && j + 1 < t.size() && t.get(j + 1).is("year")) {
                found = new String[] {LocalDate.of(local.getYear(), 1, 1).toString(), words(field, t, j, j + 2)};
            } else if (t.get(j).is("from") || t.get(j).is("between")) {
                CalendarWords.Window window = CalendarWords.longWindow(t, j, local);
                found = window == null ? null : new String[] {window.first().date().toString(),
                    words(field, t, j, window.first().end())};
            } else if ((t.get(j).is("past") || t.get(j).is("last")) && j > 0 && (t.get(j - 1).is("the"))) {
                found = pastPeriod(t, field, j, local);
            } else if (CRISIS_PREPOSITIONS.contains(t.get(j)) && j + 2 < t.size() && t.get(j + 1).is("the")) {
                found = crisis(t, field, j, countryCode, starts);
            }
            if (found == null || (j < own[0] || j >= own[1]) && ScopeReader.clauseHasOtherFigure(t, j, anchor,
                    phrases)) {
                continue;
            }
            int d = Math.abs(j - anchor);
            if (d < bestDistance) {
                best = found;
                bestDistance = d;
            }
        }
        return best != null ? best : new String[] {FigureDates.UNSTATED, null};
    }

    /**
     * "killed in the war", "displaced during the conflict", "a week after the earthquake": a running total of the
     * whole crisis counts from its start.
     */
    private static String[] crisis(List<Token> t, String field, int j, String countryCode, ConflictStarts starts) {
        String w = t.get(j + 2).lower();
        String kind = w.equals("war") || w.equals("conflict") ? "war"
                : w.startsWith("invasion") ? "invasion"
                : EARTHQUAKE_WORDS.contains(t.get(j + 2)) ? "earthquake"
                : FLOOD_WORDS.contains(t.get(j + 2)) ? "flood" : null;
        if (kind == null || t.get(j).is("after") && kind.equals("war")) {
            return null; // "after the war" is no start of a running total
        }
        LocalDate start = starts.start(countryCode, kind);
        return new String[] {start != null ? start.toString() : FigureDates.PHASE_PREFIX + kind,
                words(field, t, j, j + 3)};
    }

    /** "in the past 24 hours", "over the last two days", "in the past week": a count since a recent day. */
    private static String[] pastPeriod(List<Token> t, String field, int j, LocalDate local) {
        int k = j + 1;
        long amount = 1;
        if (k < t.size() && (t.get(k).isDigits() || EventDayReader.dayCount(t.get(k)) > 0)) {
            amount = EventDayReader.dayCount(t.get(k));
            k++;
        }
        if (k >= t.size() || amount <= 0) {
            return null;
        }
        String unit = t.get(k).lower();
        long days = unit.startsWith("hour") ? Math.max(1, (amount + 23) / 24)
                : unit.startsWith("day") ? amount : unit.startsWith("week") ? 7 * amount : -1;
        if (days < 0) {
            return null;
        }
        return new String[] {local.minusDays(days).toString(), words(field, t, j - 1, k + 1)};
    }

    /** Reads what "since" at {@code s} governs. */
    private static String[] since(List<Token> t, String field, int s, List<NumberPhrase> phrases, LocalDate local,
                                  String countryCode, ConflictStarts starts) {
        int end = s + 1;
        while (end < t.size() && end < s + 13 && !stopsSince(t, end, phrases)) {
            end++;
        }
        if (end == s + 1 || t.get(s + 1).is("then") || t.get(s + 1).is("now")) {
            return null;
        }
        String text = words(field, t, s, end);
        int[] dayEnd = new int[1];
        LocalDate date = firstDay(t, s + 1, end, local, dayEnd);
        if (date != null) {
            int through = dayEnd[0] < end && DAY_PARTS.contains(t.get(dayEnd[0])) ? dayEnd[0] + 1 : dayEnd[0];
            boolean monthOnly = monthOnly(t, s + 1, end);
            LocalDate known = monthOnly ? knownStartInMonth(t, s + 1, end, date, countryCode, starts) : null;
            monthOnly &= namesMonth(t, s + 1, through); // not "since Saturday", which fixes its day
            // "since Russia's full-scale invasion in February 2022": the month is the text's, the day the start's;
            // "since June" alone fixes no day, so it is the phase of that month (gold/README.md), not June 1
            String baseline = known != null ? known.toString() : monthOnly ? monthPhase(date) : date.toString();
            return new String[] {baseline, words(field, t, s, through)};
        }
        String phase = phase(t, s + 1, end);
        if (phase == null) {
            return new String[] {FigureDates.PHASE_PREFIX + contentWords(t, s + 1, end), text};
        }
        if (phase.equals("year")) {
            return new String[] {LocalDate.of(local.getYear(), 1, 1).toString(), text};
        }
        LocalDate start = starts.start(countryCode, phase);
        return new String[] {start != null ? start.toString() : FigureDates.PHASE_PREFIX + phase, text};
    }

    /** @return the phase a month without a day names: "since June" in 2024 -> {@code phase:june 2024} */
    static String monthPhase(LocalDate inMonth) {
        return FigureDates.PHASE_PREFIX + inMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT) + " " + inMonth.getYear();
    }

    /** @return whether a month's name is among the words ("June", "June 2024") */
    private static boolean namesMonth(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.MONTHS.containsKey(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the words name a month without a day of it ("in February 2022") */
    private static boolean monthOnly(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CalendarWords.dayOfMonth(t.get(k)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the known start of the phase the words name, when it falls in the month of {@code month} */
    private static LocalDate knownStartInMonth(List<Token> t, int from, int to, LocalDate month, String countryCode,
                                               ConflictStarts starts) {
        String phase = phase(t, from, to);
        if (phase == null || phase.equals("year")) {
            return null;
        }
        LocalDate start = starts.start(countryCode, phase);
        return start != null && start.getYear() == month.getYear() && start.getMonth() == month.getMonth()
                ? start : null;
    }

    private static boolean stopsSince(List<Token> t, int k, List<NumberPhrase> phrases) {
        Token tk = t.get(k);
        if (tk.isPunct() && !tk.is(".") || SINCE_STOPS.contains(tk)) {
            return true;
        }
        if (tk.is(".") && !(k > 0 && Lexicon.MONTHS.containsKey(t.get(k - 1).lower()))) {
            return true;
        }
        if (daysBack(t, k, t.size(), new int[1]) > 0) {
            return false; // "since the incursion began two days earlier": a count of days back, no figure
        }
        for (NumberPhrase p : phrases) {
            if (p.candidate() && p.first() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Fighting resumed on Friday. Since then, 193 people have been killed": the count starts at what the sentence
     * before names, its first stated day ("on Friday", "after the October 7 attack") or else the start of the crisis
     * it names ("the war in Gaza"). A sentence before that names neither leaves the baseline unstated.
     */
    private static String[] sinceThen(List<Token> t, String field, int s, List<Token> previous, LocalDate local,
                                      String countryCode, ConflictStarts starts) {
        if (previous.isEmpty()) {
            return null;
        }
        int[] dayEnd = new int[1];
        LocalDate date = firstDay(previous, 0, previous.size(), local, dayEnd, true);
        String pointsTo;
        if (date != null) {
            pointsTo = date.toString();
        } else {
            String kind = phase(previous, 0, previous.size());
            LocalDate start = kind == null || kind.equals("year") ? null : starts.start(countryCode, kind);
            if (start == null) {
                return null;
            }
            pointsTo = start.toString();
        }
        int told = previous.size();
        while (told > 1 && previous.get(told - 1).isPunct()) {
            told--;
        }
        return new String[] {pointsTo, words(field, t, s, s + 2) + " (" + words(field, previous, 0, told) + ")"};
    }

    private static LocalDate firstDay(List<Token> t, int from, int end, LocalDate local, int[] dayEnd) {
        return firstDay(t, from, end, local, dayEnd, false);
    }

    /**
     * @param eventSentence whether the words tell an event ("fighting resumed on Friday": a Friday that is the post's
     *     own day is that day) rather than follow "since" ("since Friday" on a Friday counts from a week before)
     * @return the first day the words {@code [from, end)} name: a date, weekday or "yesterday"
     */
    private static LocalDate firstDay(List<Token> t, int from, int end, LocalDate local, int[] dayEnd,
                                      boolean eventSentence) {
        for (int k = from; k < end; k++) {
            Token tk = t.get(k);
            CalendarWords.WrittenDate written = CalendarWords.monthDate(t, k, local);
            if (written != null && written.end() <= end) {
                dayEnd[0] = written.end();
                return written.date();
            }
            dayEnd[0] = k + 1;
            if (k == from && CalendarWords.yearOf(tk) > 0) {
                return LocalDate.of(CalendarWords.yearOf(tk), 1, 1);
            }
            DayOfWeek day = CalendarWords.weekday(tk);
            if (day != null) {
                // "since Saturday" counts from the last Saturday before the post, not from the post's own day
                LocalDate d = CalendarWords.lastWeekday(day, local);
                return d.equals(local) && !eventSentence ? d.minusDays(7) : d;
            }
            if (tk.is("yesterday") || tk.is("last") && k + 1 < end && t.get(k + 1).is("night")) {
                dayEnd[0] = tk.is("last") ? k + 2 : k + 1;
                return local.minusDays(1);
            }
            if (SAME_DAY_WORDS.contains(tk) || tk.is("this") && k + 1 < end && t.get(k + 1).is("morning")) {
                dayEnd[0] = tk.is("this") ? k + 2 : k + 1;
                return local;
            }
            long back = daysBack(t, k, end, dayEnd);
            if (back > 0) {
                return local.minusDays(back);
            }
        }
        return null;
    }

    /**
     * "two days earlier", "a week ago", "three weeks before", "last week": a day counted back from the post's
     * (gold/README.md: "since the truce began a week ago" counts from that day).
     *
     * @return how many days the words at {@code k} count back, with {@code dayEnd[0]} past them, or 0 when they count
     *     none
     */
    private static long daysBack(List<Token> t, int k, int end, int[] dayEnd) {
        if (t.get(k).is("last") && k + 1 < end && t.get(k + 1).is("week")) {
            dayEnd[0] = k + 2;
            return 7;
        }
        if (k + 2 >= end || !t.get(k + 2).is("ago") && !t.get(k + 2).is("earlier") && !t.get(k + 2).is("before")) {
            return 0;
        }
        Token count = t.get(k);
        int n = count.is("a") || count.is("an") ? 1 : EventDayReader.dayCount(count);
        String unit = t.get(k + 1).lower();
        int days = unit.equals("day") || unit.equals("days") ? 1 : unit.equals("week") || unit.equals("weeks") ? 7 : 0;
        if (n <= 0 || days == 0) {
            return 0;
        }
        dayEnd[0] = k + 3;
        return (long) n * days;
    }

    /** @return the kind of start the words name: "truce", "war", "invasion", "earthquake", "flood", "year" or null */
    private static String phase(List<Token> t, int from, int end) {
        boolean truce = false;
        boolean resumed = false;
        boolean ended = false;
        String kind = null;
        for (int k = from; k < end; k++) {
            String w = t.get(k).lower();
            truce |= TRUCE_WORDS.contains(t.get(k));
            resumed |= RESUMED_WORDS.contains(t.get(k));
            ended |= END_WORDS.contains(t.get(k));
            if (kind == null) {
                kind = w.startsWith("invasion") || w.equals("invaded") ? "invasion"
                        : EARTHQUAKE_WORDS.contains(t.get(k)) ? "earthquake"
                        : FLOOD_WORDS.contains(t.get(k)) ? "flood"
                        : WAR_WORDS.contains(t.get(k)) ? "war"
                        : w.equals("year") ? "year" : null;
            }
        }
        if (truce && ended || resumed) {
            // "since the truce ended", "since fighting resumed": the end of the truce, not the start of the war
            return null;
        }
        return kind;
    }

    /** A named phase without a date: its content words ("truce ended", "fighting resumed"), at most four. */
    private static String contentWords(List<Token> t, int from, int end) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int k = from; k < end && count < 4; k++) {
            String w = t.get(k).lower();
            if (t.get(k).isPunct() || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its")
                    || w.equals("on") || w.equals("in") || w.equals("of")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
            count++;
        }
        return out.toString();
    }

    /** @return the text of tokens {@code [from, end)} as the field spells it */
    static String words(String field, List<Token> t, int from, int end) {
        return field.substring(t.get(from).start(), t.get(end - 1).end());
    }
}
