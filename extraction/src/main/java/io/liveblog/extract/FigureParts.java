package io.liveblog.extract;

import java.util.List;

/**
 * Numbers told as parts of a group: subsets of a figure that are no figures of their own ("including five children",
 * "five of them children", a breakdown between dashes, "Of the injured, 21 were in critical condition"), and the
 * part of a figure told by its day, which is that day's increment ("four of them on Friday"). Split from {@link MetricReader}, which asks these before reading what
 * a number counts.
 */
final class FigureParts {

    /** Pronouns and determiners after "of" that name an already counted group ("five of them"). */
    static final WordSet SUBSET_OF = Lexicon.words("them", "whom", "those", "these", "which", "us", "it", "you");

    /** Groups a sentence can open with to count a part of them ("Of the injured, ..."). */
    private static final WordSet OPENING_GROUPS = Lexicon.words(
            "injured", "wounded", "dead", "killed", "victims", "casualties", "missing", "hostages", "detained",
            "arrested", "displaced", "survivors", "patients");

    private FigureParts() {
    }

    /** "Of the injured, 21 were in critical condition", "Of the 182 wounded, 101 remain in hospital". */
    static boolean partOfAnOpeningGroup(List<Token> t, int first) {
        if (t.size() < 4 || !t.get(0).is("of") || !t.get(1).is("the")) {
            return false;
        }
        for (int k = 2; k < Math.min(first, 6); k++) {
            if (t.get(k).is(",")) {
                return k > 2 && OPENING_GROUPS.contains(t.get(k - 1));
            }
        }
        return false;
    }

    /** "including five children", "among them 3 journalists", "of whom 12 were children" in the same clause. */
    static boolean inSubsetClause(List<Token> t, int first) {
        for (int j = first - 1; j >= 0; j--) {
            Token tk = t.get(j);
            if (tk.isPunct() && !tk.is("'") && !tk.is("$")) {
                return false;
            }
            String w = tk.lower();
            if (w.equals("including") || w.equals("include") || w.equals("includes") || w.equals("included")
                    || w.equals("among") || w.equals("amongst") || w.equals("whom") || w.equals("such")
                    && j + 1 < t.size() && t.get(j + 1).is("as")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PARTS_OF_A_DAY = Lexicon.words("morning", "afternoon", "evening");

    /** @return whether the number at {@code p} is told as a part of the figure before it ("four of them") */
    static boolean isPartOfTheOneBefore(List<Token> t, NumberPhrase p) {
        int k = p.end();
        return k + 1 < t.size() && t.get(k).is("of") && SUBSET_OF.contains(t.get(k + 1));
    }

    /**
     * "Eleven relief flights have landed to date, four of them on Friday": a part of the figure before it told by
     * the day it happened is that day's increment of the same metric, not a subset of a kind ("five of them
     * children" stays none).
     *
     * @param after the token after "of them"
     * @return the reading, spanning the day's words, or null when no day follows
     */
    static Reading partOnADay(List<Token> t, NumberPhrase p, int index, int after, Metric previous) {
        int n = t.size();
        if (after < n && (t.get(after).is("today") || t.get(after).is("yesterday") || t.get(after).is("overnight"))) {
            return new Reading(index, previous, null, p.first(), after + 1);
        }
        if (after + 1 < n && (t.get(after).is("on") && Lexicon.WEEKDAYS.contains(t.get(after + 1))
                || t.get(after).is("this") && PARTS_OF_A_DAY.contains(t.get(after + 1))
                || t.get(after).is("last") && t.get(after + 1).is("night"))) {
            return new Reading(index, previous, null, p.first(), after + 2);
        }
        return null;
    }

    /** "Three people \u2013 two women and a child \u2013 were killed": a breakdown between dashes is a subset. */
    static boolean isBreakdown(List<Token> t, int first) {
        if (first < 2) {
            return false;
        }
        Token open = t.get(first - 1);
        String w = open.lower();
        boolean dash = w.equals("\u2014") || w.equals("-") && open.spaceBefore() || w.equals("(");
        return dash && (MetricReader.isPerson(t, first - 2)
                || Lexicon.METRIC_WORDS.containsKey(t.get(first - 2).lower()));
    }
}
