package io.liveblog.extract;

import java.util.List;

/**
 * Figures listed one after another under one predicate: "had distributed 10,000 tents and 30,000 tarpaulins", "had
 * pitched 2,100 tents, handed out 4,000 blankets, delivered 40 tonnes of food, and served hot meals to 25,000
 * people". A later member of the list has no subject or auxiliary of its own, so it is said the way the first one is
 * and shares its scope.
 */
final class FigureLists {

    /** Particles of a listed verb: "handed out", "gave away", "set up". */
    private static final WordSet PARTICLES = Lexicon.words("out", "away", "up", "over", "in", "off");

    /** Irregular participles that may head a listed figure ("given 300 people ..."). */
    private static final WordSet IRREGULAR_PARTICIPLES = Lexicon.words(
            "given", "sent", "built", "brought", "made", "taken", "set", "put", "dug", "fed", "flown", "found");

    private FigureLists() {
    }

    /**
     * @param t the sentence's tokens
     * @param previousEnd token just past the previous figure's words (-1: none)
     * @param first first token of this figure's words
     * @return whether only list separators (commas, "and") and at most a subjectless participle with its particle
     *     stand between the previous figure and this one
     */
    static boolean continues(List<Token> t, int previousEnd, int first) {
        if (previousEnd < 0 || previousEnd >= first) {
            return false;
        }
        int k = previousEnd;
        boolean separated = false;
        while (k < first && (t.get(k).is(",") || t.get(k).is("and"))) {
            separated = true;
            k++;
        }
        if (!separated) {
            return false;
        }
        if (k < first && isParticiple(t.get(k))) {
            k++;
            if (k < first && PARTICLES.contains(t.get(k))) {
                k++;
            }
        }
        return k == first;
    }

    private static boolean isParticiple(Token tk) {
        return tk.isWord() && !tk.isCapitalized() && (tk.lower().endsWith("ed") || IRREGULAR_PARTICIPLES.contains(tk));
    }
}
