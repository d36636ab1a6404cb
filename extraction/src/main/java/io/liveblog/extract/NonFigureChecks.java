package io.liveblog.extract;

import java.util.List;

/**
 * Tells why a completed number phrase is no figure, from the words around it: a date ("October 7", "7 October"), a
 * year, a clock time, a code or identifier, a percentage, an age, a rate ("every 10", "100 trucks a day", "one in
 * 10") or an idiom ("one by one").
 *
 * <p>Separate from {@link QualifiersAndRanges}, which builds the phrase: these checks only mark it, so that later
 * readers still see the number but never report it.
 */
final class NonFigureChecks {

    private NonFigureChecks() {
    }

    /** @return why the number is not a figure, or null */
    static String nonFigure(List<Token> t, NumberPhrase p, NumberCore core) {
        int n = t.size();
        int s = core.numStart;
        Token num = t.get(s);
        Token prev = s > 0 ? t.get(s - 1) : null;
        Token prev2 = s > 1 ? t.get(s - 2) : null;
        Token next = p.end() < n ? t.get(p.end()) : null;
        Token next2 = p.end() + 1 < n ? t.get(p.end() + 1) : null;
        Token coreNext = core.end < n ? t.get(core.end) : null;
        double v = core.value;
        if (v != Math.rint(v) || v > 1e13) {
            return "fraction";
        }
        if (core.form == NumberPhrase.Form.DIGITS && core.currency == null) {
            if (prev != null && isMonth(prev) || prev != null && prev.is(".") && prev2 != null && isMonth(prev2)
                    || coreNext != null && isMonth(coreNext)) {
                return "date";
            }
            String s0 = num.lower();
            if (s0.length() == 4 && s0.indexOf(',') < 0 && s0.indexOf('.') < 0 && v >= 1900 && v <= 2100
                    && !core.scaled && (!(coreNext != null && (Lexicon.PERSON_HEADS.contains(coreNext)
                    || Lexicon.METRIC_WORDS.containsKey(coreNext.lower())))
                    || prev != null && YEAR_BEFORE.contains(prev))) {
                return "year"; // "A famine in 2011 killed about 260,000 people": after "in", a year even before a verb
            }
            if (coreNext != null && Lexicon.TIME_MARKERS.contains(coreNext)) {
                return "time";
            }
            if (prev != null && (prev.isDigits() && !prev.isCompound() || prev.is("+") || prev.is("#"))
                    || coreNext != null && coreNext.isDigits() && !coreNext.isCompound()) {
                return "code";
            }
        }
        if (core.form == NumberPhrase.Form.WORDS && prev != null && isMonth(prev) && prev.isCapitalized()) {
            return "date";
        }
        if (next != null && (next.is("%") || next.is("percent") || next.is("pct") || next.is("percentage")
                || next.is("per") && next2 != null && next2.is("cent"))) {
            return "percent";
        }
        int before = p.first() - 1;
        Token q1 = before >= 0 ? t.get(before) : null;
        Token q2 = before >= 1 ? t.get(before - 1) : null;
        if (q1 != null && (q1.is("aged") || q1.is("age") || q1.is("ages")
                || q1.is("of") && q2 != null && (q2.is("age") || q2.is("ages")))) {
            return "age";
        }
        if (next != null && next2 != null && (next.is("years") || next.is("year") || next.is("months")
                || next.is("month") || next.is("weeks") || next.is("days")) && next2.is("old")) {
            return "age";
        }
        if (q1 != null && (q1.is("every") || q1.is("each") || q1.is("per"))) {
            return "rate";
        }
        if (perPeriodFollows(t, p.end())) {
            // "about 500 trucks a day before the war", "100 lorries per day are needed": a rate, not a count
            return "rate";
        }
        if (q1 != null && q1.is("in") && q2 != null && (q2.isDigits() || q2.is("one"))) {
            // the 10 of "one in 10 Gazans" (the one is a ratio too, below)
            return "rate";
        }
        if (q1 != null && Lexicon.IDENTIFIER_WORDS.contains(q1) && (q1.isCapitalized() || q1.is("no"))
                && core.form == NumberPhrase.Form.DIGITS && core.currency == null) {
            return "identifier";
        }
        if (num.is("one") && (q1 != null && (q1.is("no") || q1.is("any") || q1.is("every") || q1.is("someone"))
                || next != null && (next.is("another") || next.is("by") || next.is("after") || next.is("way")
                || next.is("side") || next.is("thing") || next.is("point") || next.is("hand")))) {
            return "idiom";
        }
        if (next != null && (next.is("in") && next2 != null
                && (next2.isDigits() || NumberInWords.UNITS.containsKey(next2.lower())))
                && core.form != NumberPhrase.Form.VAGUE && core.currency == null) {
            // "one in 10 Gazans": a ratio
            return "rate";
        }
        return null;
    }

    private static final WordSet PERIODS = Lexicon.words("day", "week", "month", "night", "hour");

    /** Prepositions after which a number from 1900 to 2100 in four digits is a year, whatever follows it. */
    private static final WordSet YEAR_BEFORE = Lexicon.words("in", "since", "until", "during", "from", "by");

    /**
     * Whether the figure's own phrase (up to six words, not past a comma or clause end) is "a/per/each/every
     * [working] day|week|month|night|hour" or "daily"/"weekly": the number is then a rate. "a day after/before/
     * earlier/later/ago" is a time reference, not a rate.
     */
    private static boolean perPeriodFollows(List<Token> t, int from) {
        int limit = Math.min(t.size(), from + 6);
        for (int i = from; i < limit; i++) {
            Token tk = t.get(i);
            if (tk.isPunct() || tk.isDigits()) {
                return false;
            }
            if (tk.is("daily") || tk.is("weekly") || tk.is("nightly")) {
                return true;
            }
            if (tk.is("a") || tk.is("per") || tk.is("each") || tk.is("every")) {
                int j = i + 1;
                if (j < t.size() && (t.get(j).is("working") || t.get(j).is("single"))) {
                    j++;
                }
                if (j < t.size() && PERIODS.contains(t.get(j))) {
                    return !pointInTime(t, j);
                }
            }
        }
        return false;
    }

    /**
     * @param unit the index of a period word after "a" ("a day")
     * @return whether the period places a time rather than a rate: "a day earlier", "a week after", "a month ago"
     */
    static boolean pointInTime(List<Token> t, int unit) {
        Token after = unit + 1 < t.size() ? t.get(unit + 1) : null;
        return after != null && (after.is("after") || after.is("before") || after.is("earlier") || after.is("later")
                || after.is("ago"));
    }

    private static boolean isMonth(Token tk) {
        return tk.isCapitalized() && Lexicon.MONTHS.containsKey(tk.lower());
    }
}
