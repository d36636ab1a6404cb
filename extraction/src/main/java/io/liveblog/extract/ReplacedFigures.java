package io.liveblog.extract;

import java.util.List;

/**
 * Figures a post names as given before or replaced: money "already allocated" before a new pledge, "an earlier toll
 * of 95" beside the new one. They are context (background): counted with the new figure they would add old money
 * to new, or let a superseded toll compete with its correction.
 */
final class ReplacedFigures {

    private ReplacedFigures() {
    }

    /** Verbs of money given before: "the €82 million already allocated", "the £89 million it had already budgeted". */
    private static final WordSet GRANTED = Lexicon.words("allocated", "budgeted", "committed",
            "earmarked", "pledged", "given", "provided", "disbursed", "announced", "contributed", "set");

    /**
     * Money the post names as given before ("on top of the €73 million it had already budgeted for this year", "on
     * top of the €44 million it has given this year"): an existing grant is context for the new pledge, not money
     * pledged today, so it must not be added to it.
     *
     * @param first first token of the sum
     * @param end token just past the sum's words
     */
    static boolean isExistingGrant(List<Token> t, int first, int end) {
        int k0 = first - 1;
        if (k0 >= 0 && (t.get(k0).is("the") || t.get(k0).is("a"))) {
            k0--;
        }
        if (k0 >= 2 && t.get(k0).is("of") && t.get(k0 - 1).is("top") && t.get(k0 - 2).is("on")) {
            return true;
        }
        for (int k = end; k < Math.min(t.size() - 1, end + 4); k++) {
            if (t.get(k).isPunct()) {
                return false;
            }
            if (t.get(k).is("already") && GRANTED.contains(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a figure the news has replaced: "an earlier toll of 95", "a previous estimate of 200". */
    private static final WordSet SUPERSEDED = Lexicon.words("earlier", "previous", "initial", "original", "former");

    /** Verbs of a correction: "lowering an earlier toll", "revising the previous figure", "up from an initial". */
    private static final WordSet REVISIONS = Lexicon.words("lowering", "lowered", "revising", "revised", "raising",
            "correcting", "corrected", "updating", "updated", "replacing", "down", "up");

    /**
     * @return whether a later clause of the sentence says the figure replaces an earlier count ("84 people had been
     *     killed in Wednesday's bombings and 284 wounded, lowering an earlier toll of 95"): the figure is the count
     *     as it now stands, a running total, however the clause ties it to the incident
     */
    static boolean revisesEarlierCount(List<Token> t, int end) {
        for (int k = end; k + 2 < t.size(); k++) {
            if (t.get(k).is(";")) {
                return false;
            }
            if (REVISIONS.contains(t.get(k))) {
                int j = k + 1;
                if (t.get(j).is("from")) {
                    j++;
                }
                if (j < t.size() && (t.get(j).is("an") || t.get(j).is("the") || t.get(j).is("a"))) {
                    j++;
                }
                if (supersededCountAt(t, j) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return whether the figure is a replaced count named as such before it ("lowering an earlier toll of 95 that
     *     had counted some victims twice", "up from a previous estimate of 200"): context for the new figure, which
     *     must not compete with it
     * @param number the first token of the figure's number phrase, its qualifier included
     */
    static boolean isSupersededToll(List<Token> t, int number) {
        if (upOrDownFrom(t, number) >= 0) {
            return true;
        }
        int k = number - 1;
        if (k < 2 || !t.get(k).is("of")) {
            return false;
        }
        int noun = k - 1;
        // "an earlier toll of 95", "an earlier death toll of 95"
        return supersededCountAt(t, noun - 1) == noun || supersededCountAt(t, noun - 2) == noun;
    }

    /**
     * @param number the first token of a number phrase (its qualifier: "more than 2,000")
     * @return the index of "up" or "down" when the number follows "up from" or "down from" ("up from 242 a day
     *     earlier", "down from the more than 2,000 it gave on Sunday"), or -1
     */
    static int upOrDownFrom(List<Token> t, int number) {
        int k = number - 1;
        if (k > 1 && t.get(k).is("the")) {
            k--;
        }
        return k > 0 && t.get(k).is("from") && (t.get(k - 1).is("up") || t.get(k - 1).is("down")) ? k - 1 : -1;
    }

    /**
     * @return the index of the count noun of a replaced count named from {@code at} ("earlier toll", "previous death
     *     toll", "initial estimate"), or -1 when none starts there
     */
    private static int supersededCountAt(List<Token> t, int at) {
        if (at < 0 || at + 1 >= t.size() || !SUPERSEDED.contains(t.get(at))) {
            return -1;
        }
        int noun = t.get(at + 1).is("death") || t.get(at + 1).is("casualty") ? at + 2 : at + 1;
        return noun < t.size() && Lexicon.COUNT_NOUNS.contains(t.get(noun)) ? noun : -1;
    }
}
