package io.liveblog.extract;

import java.util.List;

/**
 * Comparisons and rankings around a figure: "for the first time since", "the deadliest since 1960", "the deadliest
 * month for civilians since last summer", "the first American airdrop of the war". A date or "since" inside one is
 * the comparison's reference point, not the start of a running total or the figure's own time, so the scope cues
 * inside it are not the figure's ({@link ScopeReader}); {@link DateReader} reads no baseline from such a "since".
 */
final class Comparisons {

    private Comparisons() {
    }

    /** "for the first time since", "the deadliest since 1960": a comparison, not a running total. */
    static boolean idiomaticSince(List<Token> t, int since) {
        for (int k = since - 1; k >= Math.max(0, since - 4); k--) {
            if (t.get(k).isDigits()) {
                // "at least 10,582 civilians since the invasion": a figure's qualifier, not a superlative
                return false;
            }
            String w = t.get(k).lower();
            if (w.equals("first") || w.equals("time") || w.equals("last") || w.equals("most") || w.equals("least")
                    || w.length() > 5 && w.endsWith("est") && !w.equals("latest") || w.equals("worst")
                    || w.equals("best") || w.equals("biggest") || w.equals("highest") || w.equals("largest")) {
                return true;
            }
            if (t.get(k).isPunct()) {
                break;
            }
        }
        // "the first UN aid to reach the area since the earthquake", "its second increase since the war began": a
        // longer comparison, with no figure inside
        for (int k = since - 1; k >= Math.max(1, since - 9); k--) {
            Token tk = t.get(k);
            if (tk.isPunct() || tk.isDigits()) {
                return false;
            }
            Token before = t.get(k - 1);
            if (ORDINALS.contains(tk) && (before.is("the") || before.is("its") || before.is("their"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the cue at {@code at} completes a superlative ("the deadliest month for civilians since last
     *     summer", "the worst on record until now"): a superlative word at most five tokens before it, with no
     *     punctuation or number between
     */
    static boolean inSuperlative(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            Token tk = t.get(k);
            if (tk.isPunct() || tk.isDigits()) {
                return false;
            }
            String w = tk.lower();
            if (w.length() > 5 && w.endsWith("est") && !w.equals("latest") && !w.equals("earliest")
                    || w.equals("worst") || w.equals("best") || w.equals("most")) {
                return !(k > 0 && t.get(k - 1).is("at"));
            }
        }
        return false;
    }

    /**
     * @return whether token {@code at} lies in a comparison ("the first ... since ...", up to the end of its clause)
     *     that comes after the figure at {@code anchor}: the comparison describes the figure's event
     */
    static boolean inComparisonAfter(List<Token> t, int at, int anchor) {
        for (int k = at; k > anchor; k--) {
            if (MetricReader.isClauseMark(t.get(k))) {
                return false;
            }
            if (t.get(k).is("since")) {
                return idiomaticSince(t, k);
            }
        }
        return false;
    }

    /** Ordinals that rank an event among others since a reference point: "the first ... since", "its second ...". */
    private static final WordSet ORDINALS = Lexicon.words("first", "second", "third", "fourth", "fifth");

    /** "the first American airdrop of the war", "the deadliest strike of the conflict": one event, ranked. */
    private static final WordSet RANKS = Lexicon.words("first", "second", "third", "deadliest", "largest",
            "biggest", "worst", "bloodiest", "heaviest", "latest", "single");

    /** @return whether a rank stands in the few words before "of" at {@code of}: the war is the ranking's frame */
    static boolean ranksAnEvent(List<Token> t, int of) {
        for (int k = Math.max(0, of - 4); k < of; k++) {
            if (RANKS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }
}
