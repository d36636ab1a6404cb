package io.liveblog.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells running totals and stocks (cumulative) from new incidents (incremental) and from earlier events given as
 * context (background).
 *
 * <p>Cues are collected per sentence, each at a token position: cumulative ("since", "so far", "in total", "total
 * of", "toll", "still", "remain", "captivity", "killed in the war", "rose to"); background (a date at least
 * {@value BackgroundDates#BACKGROUND_DAYS} days before the post, a past year, "last month", "years ago", "at the
 * time", and the relative clause right after such a date: "the October 7 attack that left..."). A date governed by
 * "since" is a cumulative cue, not a background one. The figure takes the nearest cue (background wins a tie); with
 * no cue it is incremental. Whole paragraphs opened by "Remember:", "Some background:", "Background:", "For
 * context:" (and similar labels) are background.
 */
final class ScopeReader {

    private static final WordSet CUMULATIVE_WORDS = Lexicon.words(
            "since", "overall", "altogether", "cumulative", "total", "totaling", "totalling", "toll", "tally",
            "currently", "still", "remain", "remains", "remaining", "captivity", "throughout", "tolls");

    private static final WordSet RISE_VERBS = Lexicon.words(
            "rose", "risen", "rises", "rise", "climbed", "climbs", "jumped", "jumps", "increased", "increases",
            "grown", "grew", "soared", "surged", "reached", "reaches", "hit", "hits", "stands", "stood", "passed",
            "topped", "surpassed", "exceeded");

    /** Verbs of a toll arriving at a number without "to": "had reached 115", "has topped 10,000". */
    private static final WordSet REACHING_VERBS = Lexicon.words("reached", "reaches", "topped", "tops");

    private static final WordSet WAR_WORDS = Lexicon.words("war", "conflict", "fighting", "offensive", "invasion");

    /** Paragraph labels that mark context, lower case with the colon. */
    private static final List<String> BACKGROUND_LABELS = List.of(
            "remember:", "some background:", "background:", "for context:", "some context:", "context:",
            "catch up:", "a reminder:", "reminder:", "recall:", "the backstory:", "backstory:", "look back:",
            "in case you missed it:", "how we got here:", "what came before:", "flashback:");

    /** Lower-case words that may start a cue; other lower-case words are skipped with one lookup. */
    private static final Set<String> TRIGGERS = triggers();

    private static Set<String> triggers() {
        java.util.HashSet<String> words = new java.util.HashSet<>(CUMULATIVE_WORDS);
        words.addAll(RISE_VERBS);
        words.addAll(WAR_WORDS);
        words.addAll(List.of("from", "between", "bringing", "brings", "brought", "raising", "pushing", "so", "thus", "to", "in", "as", "until", "up", "by", "last", "ago", "at", "back", "earlier"));
        return Lexicon.lookup(words);
    }

    /** @return the lower-case words that may start a cue (for {@link WordClasses}) */
    static Set<String> triggerWords() {
        return TRIGGERS;
    }

    /** Verbs of a speaker reporting: a clause with one before its figure reports that figure anew. */
    private static final WordSet SPEECH = Lexicon.words(
            "said", "says", "say", "told", "tells", "announced", "announces", "added", "stated", "wrote");

    /** Words opening a clause that appends a figure to the previous one ("..., with 42,000 wounded"). */
    private static final WordSet APPENDING = Lexicon.words("with", "and", "along", "plus", "as", "while", "adding");

    /**
     * @return whether a clause that opens with an appending word reports its figure anew, with a speaker of its own
     *     before the figure (", and the European Union said it had released EUR 2 million"): the figure is news of
     *     its own, not a part of the figure before
     */
    private static boolean reportedAnew(List<Token> t, int clauseStart, int figureFirst) {
        for (int k = clauseStart + 1; k < figureFirst; k++) {
            if (SPEECH.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the clause starting at token {@code first} appends its figure to the one before it */
    static boolean appends(List<Token> t, int first) {
        return first > 0 && APPENDING.contains(t.get(first));
    }

    /** A scope cue at a token. */
    record Cue(int at, Scope scope) {
    }

    private ScopeReader() {
    }

    /** @return true when a paragraph starting at {@code offset} opens with a background label */
    static boolean isBackgroundParagraph(String field, int offset) {
        int end = Math.min(field.length(), offset + 40);
        String head = field.substring(offset, end).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        for (String label : BACKGROUND_LABELS) {
            if (head.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** @return the scope cues of the sentence, in token order */
    static List<Cue> cues(List<Token> t, LocalDate published) {
        List<Cue> cues = new ArrayList<>(2);
        int n = t.size();
        for (int j = 0; j < n; j++) {
            Token tk = t.get(j);
            String w = tk.lower();
            if (tk.isPunct() || tk.isWord() && !tk.hasClass(WordClasses.SCOPE_TRIGGER)
                    && !(tk.isCapitalized() && tk.hasClass(WordClasses.MONTH))) {
                continue;
            }
            CalendarWords.Window window = CalendarWords.longWindow(t, j, published);
            if (window != null) {
                // "From 24 February 2022 to 30 April 2024, ... recorded 11,126 civilians killed": a tally to date;
                // its dates are no background
                cues.add(new Cue(window.end() - 1, Scope.CUMULATIVE));
                j = window.end() - 1;
            } else if (CUMULATIVE_WORDS.contains(tk)) {
                if (!(w.equals("since") && (Comparisons.idiomaticSince(t, j) || BackgroundDates.anniversaryCue(t, j,
                        cues)))) {
                    cues.add(new Cue(j, Scope.CUMULATIVE));
                }
            } else if (phrase(t, j, "so", "far") || phrase(t, j, "thus", "far") || phrase(t, j, "to", "date")
                    || phrase(t, j, "in", "all") && !(j + 2 < n && t.get(j + 2).isWord())
                    || phrase(t, j, "as", "of") || phrase(t, j, "until", "now") || phrase(t, j, "up", "to", "now")
                    || phrase(t, j, "by", "the", "end", "of")) {
                // "aimed to assist 1.9 million by the end of the year": a total to be reached by a date
                cues.add(new Cue(j, Scope.CUMULATIVE));
            } else if (RISE_VERBS.contains(w) && j + 1 < n && t.get(j + 1).is("to") || bringsTotalTo(t, j)
                    || REACHING_VERBS.contains(tk) && j + 1 < n && t.get(j + 1).isDigits() && countBefore(t, j)) {
                // "the number killed had reached 115": a toll that reached a number is a toll to date (aid that
                // "reached 14,000 people" is a delivery)
                cues.add(new Cue(j, Scope.CUMULATIVE));
            } else if (WAR_WORDS.contains(w) && j >= 2 && t.get(j - 1).is("the")
                    && (t.get(j - 2).is("in") || t.get(j - 2).is("during") || t.get(j - 2).is("throughout")
                    || t.get(j - 2).is("of") && !Comparisons.ranksAnEvent(t, j - 2))) {
                cues.add(new Cue(j, Scope.CUMULATIVE));
            } else if (w.equals("last") && j + 1 < n && (t.get(j + 1).is("year") || t.get(j + 1).is("month")
                    || t.get(j + 1).is("week") || t.get(j + 1).is("decade") || t.get(j + 1).is("summer")
                    || t.get(j + 1).is("winter") || t.get(j + 1).is("spring") || t.get(j + 1).is("autumn"))) {
                cues.add(new Cue(j, Scope.BACKGROUND));
            } else if (w.equals("ago") && j > 0 && OLD_SPANS.contains(t.get(j - 1))) {
                cues.add(new Cue(j, Scope.BACKGROUND));
            } else if (phrase(t, j, "at", "the", "time") || phrase(t, j, "back", "in")
                    || phrase(t, j, "earlier", "this", "year") || phrase(t, j, "in", "previous")
                    || phrase(t, j, "in", "past", "wars") || phrase(t, j, "in", "past", "conflicts")) {
                cues.add(new Cue(j, Scope.BACKGROUND));
            } else {
                int end = BackgroundDates.dateCue(t, j, published, cues);
                if (end > j) {
                    j = end - 1;
                }
            }
        }
        return cues;
    }

    /** @return whether a count noun stands in the ten tokens before the verb at {@code verb}, in its clause */
    private static boolean countBefore(List<Token> t, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 10); k--) {
            if (t.get(k).is(",") || t.get(k).is(";")) {
                return false;
            }
            if (Lexicon.COUNT_NOUNS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "bringing the number of troops killed in the operation to 75": the figure after "to" is a running total. */
    /**
     * @return whether the number starting at {@code first} is the total a rise verb brings something to ("..., bringing
     *     its total since the war began to £60 million"): a running total of what the sentence counts before it
     */
    static boolean isTotalBroughtTo(List<Token> t, int first) {
        if (first < 1 || !t.get(first - 1).is("to")) {
            return false;
        }
        for (int j = first - 2; j >= Math.max(0, first - 13); j--) {
            if (t.get(j).isPunct()) {
                return false;
            }
            if (bringsTotalTo(t, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bringsTotalTo(List<Token> t, int j) {
        if (!WordsBeforeNumber.BRING_VERBS.contains(t.get(j))) {
            return false;
        }
        for (int k = j + 1; k < Math.min(t.size() - 1, j + 12); k++) {
            Token next = t.get(k + 1);
            if (t.get(k).is("to") && (next.isDigits() || next.is("more") || next.is("at") || next.is("over")
                    || next.is("nearly") || next.is("about")
                    || next.hasClass(WordClasses.NUMBER_START) && !next.is("a") && !next.is("an"))) {
                // "bringing the total to 78", "... to £60 million", "bringing to seven the number of suspects" (a
                // number word or a currency sign starts a number: WordClasses.NUMBER_START)
                return true;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    static boolean clauseHasOtherFigure(List<Token> t, int at, int anchor, List<NumberPhrase> phrases) {
        int[] c = MetricReader.clause(t, at);
        for (NumberPhrase p : phrases) {
            if (p.candidate() && p.form() != NumberPhrase.Form.INDEFINITE && p.numFirst() != anchor
                    && p.numFirst() >= c[0] && p.numFirst() < c[1] && !isTimeSpan(t, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spans old enough that "N ... ago" dates an earlier event ("two years ago", "months ago"); a day or a week ago is
     * still this week's news.
     */
    private static final WordSet OLD_SPANS = Lexicon.words("years", "year", "months", "month", "weeks", "decades");

    /** Units of a time span: a number counting them is a length of time, not a figure. */
    private static final WordSet SPAN_UNITS = Lexicon.words("day", "days", "hour", "hours", "week", "weeks", "month",
            "months", "year", "years", "decade", "decades");

    /** @return whether a number counts a span of time ("Two years ago this week"): no figure of its own */
    private static boolean isTimeSpan(List<Token> t, NumberPhrase p) {
        return p.end() < t.size() && SPAN_UNITS.contains(t.get(p.end()));
    }

    private static boolean phrase(List<Token> t, int j, String... words) {
        if (j + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(j + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A share of a toll: "N of the dead/injured", or a figure after "worst/hardest hit" in its sentence. */
    private static boolean isShareOfToll(List<Token> t, int anchor, int end) {
        for (int k = anchor; k + 2 < Math.min(t.size(), end + 1); k++) {
            if (t.get(k).is("of") && t.get(k + 1).is("the") && (t.get(k + 2).is("dead") || t.get(k + 2).is("injured")
                    || t.get(k + 2).is("wounded") || t.get(k + 2).is("killed"))) {
                return true;
            }
        }
        for (int k = 1; k < anchor; k++) {
            String w = t.get(k - 1).lower();
            if ((w.equals("worst") || w.equals("hardest")) && (t.get(k).is("hit") || t.get(k).is("affected"))
                    || w.equals("worst-hit") || w.equals("hardest-hit") || w.equals("worst-affected")) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the cue at {@code at} sums ("in all", "in total", "altogether", "a total of") */
    private static boolean isSum(List<Token> t, int at) {
        Token c = t.get(at);
        return c.is("altogether") || c.is("total") || c.is("in") && at + 1 < t.size() && t.get(at + 1).is("all");
    }

    /** @return whether the clause names one day ("Monday", "on Tuesday", "yesterday"), not a start ("since Monday") */
    private static boolean namesOneDay(List<Token> t, int[] clause) {
        for (int k = clause[0]; k < clause[1]; k++) {
            Token tk = t.get(k);
            boolean day = CalendarWords.weekday(tk) != null || tk.is("yesterday") || tk.is("today");
            if (day && !(k > 0 && (t.get(k - 1).is("since") || t.get(k - 1).is("until") || t.get(k - 1).is("by")))) {
                return true;
            }
        }
        return false;
    }

    /** @return the first token of the number phrase whose number is at {@code anchor}, qualifier included */
    private static int phraseStart(List<NumberPhrase> phrases, int anchor) {
        for (NumberPhrase p : phrases) {
            if (p.numFirst() == anchor) {
                return p.first();
            }
        }
        return anchor;
    }

    /**
     * @param cues the sentence's cues
     * @param anchor token of the figure's number
     * @param backgroundParagraph whether the paragraph is labelled as context
     * @param metric the figure's metric (a hostage count "held" is a stock)
     * @param t the sentence's tokens
     * @param first first token of the figure's words
     * @param end token just past the figure's words
     * @param phrases the sentence's numbers (a cue in another clause with its own figure is that figure's)
     * @param appendedTo scope of the sentence's previous figure, taken by a figure appended to it with "with" or
     *     "and", or listed after it, when no cue of its own applies; null for the first figure
     * @param previousEnd token just past the previous figure's words, -1 for the first figure
     * @return the figure's scope
     */
    static Scope scope(List<Cue> cues, int anchor, boolean backgroundParagraph, Metric metric, List<Token> t,
                       int first, int end, List<NumberPhrase> phrases, Scope appendedTo, int previousEnd) {
        if (backgroundParagraph || metric == Metric.FUNDING && ReplacedFigures.isExistingGrant(t, first, end)
                || ReplacedFigures.isSupersededToll(t, phraseStart(phrases, anchor))) {
            return Scope.BACKGROUND;
        }
        if (ReplacedFigures.revisesEarlierCount(t, end)) {
            // "84 people had been killed in Wednesday's bombings, lowering an earlier toll of 95": the toll as it
            // now stands
            return Scope.CUMULATIVE;
        }
        Scope best = null;
        int bestAt = -1;
        int bestDistance = Integer.MAX_VALUE;
        int[] own = MetricReader.clause(t, anchor);
        for (Cue c : cues) {
            if (Comparisons.inComparisonAfter(t, c.at(), anchor)) {
                // "Seventeen trucks crossed on Tuesday, the first UN aid since the crossing closed in February": the
                // date is the comparison's reference point, not the figure's time; so is any word of the reference
                // ("since Israel imposed a total siege two weeks ago")
                continue;
            }
            if (Comparisons.inSuperlative(t, c.at())) {
                // "the deadliest month since last summer, with 137 killed", "the 2010 floods, the worst on record
                // until now, killed 2,000": the cue dates the comparison, not the figure
                continue;
            }
            if ((c.at() < own[0] || c.at() >= own[1]) && clauseHasOtherFigure(t, c.at(), anchor, phrases)) {
                // "two soldiers were killed, bringing its losses since October to 78": the cue is the other figure's
                continue;
            }
            int d = Math.abs(c.at() - anchor);
            if (d < bestDistance || d == bestDistance && c.scope() == Scope.BACKGROUND) {
                best = c.scope();
                bestAt = c.at();
                bestDistance = d;
            }
        }
        if (best == Scope.CUMULATIVE && isSum(t, bestAt) && namesOneDay(t, own)) {
            // "In all, 120 trucks entered the strip Monday through Kerem Shalom and Rafah": the sum is one day's
            return Scope.INCREMENTAL;
        }
        if (best != null) {
            return best;
        }
        if (EarlierEventClauses.describesEarlierEvent(t, first)) {
            // "The strikes came a day after a drone hit a building in Tel Aviv, killing one man": the earlier event's
            return Scope.BACKGROUND;
        }
        if (StateReading.isStock(t, own, first, end)) {
            // "250 people have been killed", "a million are now sheltering": a toll or stock to date
            return Scope.CUMULATIVE;
        }
        if (isShareOfToll(t, anchor, end)) {
            // "Al Haouz accounted for 1,293 of the dead", "Sindh has been the worst hit, with 347 deaths": a place's
            // share of a running toll is itself a running total
            return Scope.CUMULATIVE;
        }
        boolean namedPart = anchor >= 2 && t.get(anchor - 1).is("with") && t.get(anchor - 2).isCapitalized();
        if (appendedTo != null && (appends(t, own[0]) && !reportedAnew(t, own[0], first) || namedPart
                || FigureLists.continues(t, previousEnd, first))) {
            // "the death toll had reached 15,899, with 42,000 wounded": the appended figure shares the scope
            return appendedTo;
        }
        if (metric == Metric.PEOPLE_ASSISTED && first >= 2 && t.get(first - 1).is("to")) {
            // the figure's words start at its verb: "[reach 590,000 people]" after "aimed to"
            int aim = first - 2;
            if ((t.get(aim).lower().startsWith("aim") || t.get(aim).lower().startsWith("plan")
                    || t.get(aim).is("hopes") || t.get(aim).is("hoped") || t.get(aim).is("intends"))) {
                // "aimed to reach 590,000 people": a target for the whole operation, a total not an increment
                return Scope.CUMULATIVE;
            }
        }
        if (metric == Metric.HOSTAGES) {
            for (int k = Math.max(0, first - 4); k < Math.min(t.size(), end + 4); k++) {
                String w = t.get(k).lower();
                if (w.equals("held") || w.equals("holding") || w.equals("holds") || w.equals("hold")) {
                    return Scope.CUMULATIVE;
                }
            }
        }
        return Scope.INCREMENTAL;
    }
}
