package io.liveblog.extract;

import java.util.List;

/**
 * A figure of an earlier event that a sentence's main event follows: "The strikes came a day after a Houthi drone hit
 * an apartment building in Tel Aviv, killing one man", "... in retaliation for a drone attack that killed three US
 * soldiers". The figure belongs to the event the sentence looks back at, which was news when it happened: context
 * here, as {@code gold/README.md} codes it (background).
 *
 * <p>The look-back is a connector after the main clause ("a day after", "two weeks after", "in retaliation for",
 * "in revenge for"), and the figure must be told in a clause of the earlier event: a verb or a relative pronoun
 * stands between the connector and the figure ("after a drone hit ..., killing one", "for an attack that killed
 * three"). A connector that opens the sentence, or comes before any verb of a main clause ("Five days after the
 * first blaze, 10,000 people have been evacuated", "In Gaza, two days after the truce ended, 50 were killed"),
 * dates the main clause, whose figures are its own; and a connector followed by a noun phrase alone
 * ("struck on Monday, two weeks after the devastating quakes, killing three") leaves the figure to the main clause.
 */
final class EarlierEventClauses {

    private static final WordSet DURATIONS = Lexicon.words(
            "day", "days", "hour", "hours", "week", "weeks", "month", "months");

    /** Past tenses that do not end in "-ed": the earlier event's verb. */
    private static final WordSet IRREGULAR_PASTS = Lexicon.words(
            "hit", "struck", "shot", "blew", "fell", "broke", "swept", "began", "tore", "sank", "ran", "drove",
            "threw", "stormed");

    private static final WordSet RELATIVES = Lexicon.words("that", "which", "who", "when", "where");

    private EarlierEventClauses() {
    }

    /**
     * @param t the sentence's tokens
     * @param first first token of the figure's words
     * @return whether the figure is told in a clause of an earlier event the sentence's main clause follows
     */
    static boolean describesEarlierEvent(List<Token> t, int first) {
        for (int j = 2; j < first; j++) {
            int after = connectorEnd(t, j);
            if (after < 0) {
                continue;
            }
            if (!verbBefore(t, j)) {
                // "In Gaza, two days after the ceasefire ended, 50 people were killed": the connector opens the
                // sentence's clauses, and the figure is the main clause's
                return false;
            }
            for (int k = after; k < first; k++) {
                Token tk = t.get(k);
                if (tk.is(";") || tk.is(".")) {
                    break;
                }
                if (RELATIVES.contains(tk) || IRREGULAR_PASTS.contains(tk)
                        || tk.isWord() && !tk.isCapitalized() && tk.lower().endsWith("ed")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Finite verbs of a main clause that do not end in "-ed". */
    private static final WordSet MAIN_VERBS = Lexicon.words(
            "came", "comes", "come", "was", "were", "is", "are", "said", "says", "has", "had", "have", "took", "made");

    /** @return whether a main clause's verb stands before the connector at {@code j} */
    private static boolean verbBefore(List<Token> t, int j) {
        for (int k = 0; k < j; k++) {
            Token tk = t.get(k);
            if (MAIN_VERBS.contains(tk) || IRREGULAR_PASTS.contains(tk)
                    || tk.isWord() && !tk.isCapitalized() && tk.lower().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the token after a look-back connector that starts at {@code j} and follows a main clause, or -1: "a
     *     day after", "two weeks after" (the amount at {@code j}, not the sentence's first word), "in retaliation
     *     for", "in revenge for"
     */
    private static int connectorEnd(List<Token> t, int j) {
        int n = t.size();
        if (j + 2 < n && t.get(j + 2).is("after") && DURATIONS.contains(t.get(j + 1))
                && (t.get(j).is("a") || t.get(j).is("one") || t.get(j).hasClass(WordClasses.NUMBER_START)
                || t.get(j).isDigits())) {
            return j + 3;
        }
        if (j + 2 < n && t.get(j).is("in") && (t.get(j + 1).is("retaliation") || t.get(j + 1).is("revenge"))
                && t.get(j + 2).is("for")) {
            return j + 3;
        }
        return -1;
    }
}
