package io.liveblog.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the words before a number that say what it counts: a governing verb or "X of" noun ("killing at least
 * 12", "the bodies of 30") and a toll or total it is the value of ("the death toll has risen to 15,000",
 * "bringing the total to 105").
 *
 * <p>Separate because it looks backwards from the number, while the rest of the reading looks at the noun phrase
 * and predicate after it ({@link WordsAfterNumber}).
 */
final class WordsBeforeNumber {

    private WordsBeforeNumber() {
    }

    // ---- verbs and tolls before the number --------------------------------------------------------------------

    private static final WordSet POSSESSIVES = Lexicon.words("its", "their", "his", "her", "our");

    /** @return index of a governing verb or "X of" noun right before the number, or -1 */
    static int verbBefore(List<Token> t, int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).is("another") || t.get(j).is("also") || t.get(j).is("reportedly")
                || t.get(j).is("allegedly") || t.get(j).is("additional") || t.get(j).is("further")
                || (t.get(j).is("a") || t.get(j).is("an")) && j + 1 < first
                || POSSESSIVES.contains(t.get(j)) && j > 0 && t.get(j - 1).is("of"))) {
            // "the arrest of its three owners", "the deaths of their two sons"
            j--;
        }
        if (j < 0) {
            return -1;
        }
        String w = t.get(j).lower();
        if (Lexicon.VERBS_BEFORE.containsKey(w)) {
            return j;
        }
        if (w.equals("of") && j > 0 && Lexicon.NOUNS_OF.containsKey(t.get(j - 1).lower())) {
            return j - 1;
        }
        if (w.equals("dead") && j > 0 && t.get(j - 1).is("shot")) {
            return j;
        }
        if (w.equals("for") && j > 0 && SEARCH_VERBS.contains(t.get(j - 1))) {
            // "rescuers were still searching for 12 people"
            return j - 1;
        }
        return -1;
    }

    /** Verbs of a search whose object is missing: "still searching for 12 people", "looking for 22 people". */
    static final WordSet SEARCH_VERBS = Lexicon.words("searching", "search", "searched", "looking", "hunting");

    static Metric verbMetric(List<Token> t, int verb) {
        String w = t.get(verb).lower();
        if (w.equals("dead")) {
            return Metric.KILLED;
        }
        Metric m = Lexicon.VERBS_BEFORE.get(w);
        if (m == null && SEARCH_VERBS.contains(t.get(verb))) {
            return Metric.MISSING;
        }
        return m != null ? m : Lexicon.NOUNS_OF.get(w);
    }

    /** Nouns that, after "bringing", stand for the running total of the previous figure's metric. */
    private static final WordSet TOTAL_NOUNS = Lexicon.words("total", "tally", "count", "losses", "figure");

    /** Verbs that bring a running total to a number: "bringing the total to 178", "bringing to 36 the number of". */
    static final WordSet BRING_VERBS = Lexicon.words(
            "bringing", "brings", "brought", "bring", "pushing", "pushes", "taking", "takes", "raising", "raises");

    /** "bringing the total", "brings its losses", "raising the overall tally". */
    private static boolean broughtBefore(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = t.get(k).lower();
            if (BRING_VERBS.contains(t.get(k))) {
                return true;
            }
            if (!(w.equals("the") || w.equals("its") || w.equals("their") || w.equals("our") || w.equals("overall")
                    || w.equals("his") || w.equals("total") || w.equals("death"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * What "the number of ..." counts, from the words after "of" ({@code from}) up to {@code to}: a casualty word
     * ("the number of dead", "of people killed"), or aid trucks or relief flights named as aid ("the number of aid
     * trucks", "of Jordanian airdrops") or in a sentence that names aid.
     *
     * @return the metric, or null when the words name none
     */
    static Metric counted(List<Token> t, int from, int to) {
        // "Four relief planes landed with tents, bringing to 14 the number of flights": where the sentence names aid,
        // the vehicles it brings to a number are its aid's
        boolean aidWord = AidDeliveryReadings.sentenceNamesAid(t);
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            Metric m = Lexicon.TOLL_QUALIFIERS.get(w);
            if (m == null) {
                m = Lexicon.METRIC_WORDS.get(w);
            }
            if (m == null && FLIGHT_VERBS.contains(t.get(k))) {
                m = Metric.DISPLACED; // "the number of people who have fled to Chad"
            }
            if (m != null) {
                return m;
            }
            aidWord |= AidWords.AID_CUES.contains(t.get(k));
            if (AidWords.TRUCK_HEADS.contains(t.get(k)) && aidWord) {
                return AidWords.FUEL_CUES.contains(t.get(k)) || k > from && AidWords.FUEL_CUES.contains(t.get(k - 1))
                        ? Metric.FUEL_TRUCKS : Metric.AID_TRUCKS;
            }
            if (w.startsWith("airdrop") || AidWords.FLIGHT_HEADS.contains(t.get(k)) && aidWord) {
                return Metric.RELIEF_FLIGHTS;
            }
        }
        return null;
    }

    /**
     * "The death toll in Gaza has risen to", "the number of people killed ... reached", "bringing the total to".
     *
     * @return {start token, metric ordinal or -1 for "inherit the previous figure's metric"}, or null
     */
    /** Nouns of a count an update replaces, after {@link #EARLIER}: "an earlier count of 113". */
    private static final WordSet REPLACED_COUNTS = Lexicon.words("count", "estimate", "figure", "tally");

    private static final WordSet EARLIER = Lexicon.words("earlier", "previous", "initial", "first", "original",
            "prior");

    /** Verbs of people fleeing, in what "the number of ..." counts. */
    private static final WordSet FLIGHT_VERBS = Lexicon.words("fled", "fleeing", "uprooted", "evacuated");

    /** @return where "the number of" stands as the subject of the link words ending at {@code j}, or -1 */
    private static int numberOfBefore(List<Token> t, int j) {
        for (int k = j - 1; k >= 1 && k >= j - 30; k--) {
            Token tk = t.get(k);
            if (tk.isPunct() && !tk.is("'")) {
                return -1;
            }
            if (tk.is("number") && t.get(k + 1).is("of") && t.get(k - 1).is("the")) {
                return k;
            }
        }
        return -1;
    }

    static int[] nominalBefore(List<Token> t, int first, int[] phraseAt) {
        int from = ReplacedFigures.upOrDownFrom(t, first);
        if (from >= 0) {
            // "has risen to 293, ..., up from 242 a day earlier": the count before, of the figure it is compared with
            return new int[] {from, -1};
        }
        // the words right before the number must link it to a subject: "has risen to", "stands at", "of"
        int j = first - 1;
        while (j >= 0 && j >= first - 6 && Lexicon.TOLL_LINKS.contains(t.get(j))
                && phraseAt[j] < 0 && !Lexicon.TOLL_WORDS.containsKey(t.get(j).lower())
                && !TOTAL_NOUNS.contains(t.get(j)) && !BRING_VERBS.contains(t.get(j))) {
            j--;
        }
        // "toll passes 2,800": the verb is the number's qualifier, so no link word is left between them
        if (j == first - 1 && !(j >= 0 && Lexicon.TOLL_WORDS.containsKey(t.get(j).lower())
                && t.get(first).isWord())) {
            return null;
        }
        int numberOf = numberOfBefore(t, j);
        if (numberOf >= 0) {
            // "The number of people killed when a strike hit the church compound on Thursday night has risen to 18":
            // what the number counts is told by its own words, whatever clauses, numbers or dates they hold
            Metric m = counted(t, numberOf + 2, first);
            if (m != null) {
                return new int[] {numberOf, m.ordinal()};
            }
        }
        for (int steps = 0; j >= 0 && steps < 22; j--, steps++) {
            Token tk = t.get(j);
            String w = tk.lower();
            if (tk.isPunct() && !tk.is("'") || phraseAt[j] >= 0 && !tk.is("a") && !tk.is("an")
                    && !(j + 1 < first && Lexicon.NON_HEADS.contains(t.get(j + 1)))) {
                // a number that counts no figure ("the toll in the two countries", "in the past two days") does not
                // stand between the toll and its value
                return null;
            }
            if (TOTAL_NOUNS.contains(tk) && broughtBefore(t, j)) {
                // "bringing the total to 178", "bringing its losses since the start of the operation to 78"
                int bring = j - 1;
                while (bring >= 0 && !t.get(bring).lower().startsWith("br") && !t.get(bring).is("pushing")
                        && !t.get(bring).is("taking")) {
                    bring--;
                }
                return new int[] {Math.max(0, bring), w.equals("losses") ? Metric.KILLED.ordinal() : -1};
            }
            if (REPLACED_COUNTS.contains(tk) && j > 0 && EARLIER.contains(t.get(j - 1))) {
                // "revising down an earlier count of 113", "raising its earlier estimate of 100": the count before,
                // of the metric of the figure that replaces it
                return new int[] {j - 1, -1};
            }
            if (Lexicon.TOLL_WORDS.containsKey(w)) {
                Metric m = Metric.KILLED;
                int start = j;
                if (j > 0 && Lexicon.TOLL_QUALIFIERS.containsKey(t.get(j - 1).lower())) {
                    m = Lexicon.TOLL_QUALIFIERS.get(t.get(j - 1).lower());
                    start = j - 1;
                } else if (j + 2 < first && t.get(j + 1).is("of")
                        && Lexicon.TOLL_QUALIFIERS.containsKey(t.get(j + 2).lower())) {
                    m = Lexicon.TOLL_QUALIFIERS.get(t.get(j + 2).lower());
                }
                return new int[] {start, m.ordinal()};
            }
            if (w.equals("number") && j + 1 < first && t.get(j + 1).is("of")) {
                Metric m = counted(t, j + 2, first);
                return m == null ? null : new int[] {j, m.ordinal()};
            }
            Metric direct = Lexicon.TOLL_QUALIFIERS.get(w);
            if (direct != null && (w.equals("deaths") || w.equals("fatalities") || w.equals("injuries")
                    || w.equals("arrests") || w.equals("dead") && j > 0 && t.get(j - 1).is("the"))) {
                return new int[] {j, direct.ordinal()};
            }
            if (MetricReader.CLAUSE_BREAKS.contains(w) || w.equals("and") || w.equals("as") || w.equals("when")) {
                return null;
            }
        }
        return null;
    }
}
