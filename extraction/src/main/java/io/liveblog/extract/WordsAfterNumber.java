package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the words after a number: the noun phrase it counts ("55 aid trucks", "12 members of one family") and
 * the casualty predicate after that phrase ("had been brought to the hospital dead"), stepping over parentheticals.
 *
 * <p>Separate from {@link MetricReader}, which decides what the number is, and from the readings, which only use
 * the phrase and predicate found here.
 */
final class WordsAfterNumber {

    /** Words that end a noun phrase after a number. */
    static final WordSet NP_STOP = Lexicon.words(
            "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "may",
            "might", "should", "can", "do", "does", "did", "in", "on", "at", "by", "from", "to", "into", "onto",
            "with", "without", "for", "of", "during", "after", "before", "since", "as", "than", "and", "or", "but",
            "while", "who", "which", "that", "whose", "where", "when", "including", "among", "according", "said",
            "says", "told", "reported", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her",
            "our", "my", "your", "them", "they", "he", "she", "it", "we", "i", "there", "here", "not", "no", "also",
            "still", "only", "just", "all", "both", "each", "every", "many", "most", "such", "very", "so",
            "reportedly", "allegedly", "entered", "arrived", "crossed", "remain", "remained", "remains", "across",
            "near", "inside", "outside", "through", "via", "per", "between", "under", "over", "around", "about",
            "against", "toward", "towards", "amid", "despite", "following", "if", "whether", "because", "then",
            "now", "today", "yesterday", "overnight", "later", "earlier", "again", "already", "yet");

    /** Words opening a parenthetical that the predicate scan may step over ("1.7 million people, or 75%, have"). */
    private static final WordSet PARENTHETICAL_OPENERS = Lexicon.words(
            "including", "mostly", "many", "most", "among", "or", "majority", "some", "according", "half",
            "nearly", "about", "roughly", "almost", "the", "mainly", "largely", "overwhelmingly", "both", "all",
            "predominantly", "officials", "a", "around", "approximately", "over", "more", "at", "less",
            "just", "up", "an", "who", "which", "whose", "primarily",
            "aged", "ages", "age", "each", "reportedly");

    private WordsAfterNumber() {
    }

    // ---- noun phrase ------------------------------------------------------------------------------------------

    static NounPhrase nounPhrase(List<Token> t, int from, int[] phraseAt) {
        int n = t.size();
        int j = from;
        int head = -1;
        List<Integer> modifiers = new ArrayList<>(3);
        while (j < n && modifiers.size() < 5) {
            Token tk = t.get(j);
            if (!tk.isWord() && !(tk.isDigits() && tk.isCompound())) {
                break;
            }
            if (phraseAt[j] >= 0 && !tk.isCompound() && !t.get(j).is("a")) {
                break;
            }
            String w = tk.lower();
            if (head >= 0) {
                // "staff members", "wounded people", "aid workers": a following person noun becomes the head
                if (MetricReader.isPerson(t, j) && !NP_STOP.contains(tk)) {
                    modifiers.add(head);
                    head = j++;
                    continue;
                }
                int vehicle = vehicleAfterDemonym(t, head, j);
                if (vehicle >= 0) {
                    // "a Chinese air force transport plane", "two Jordanian aircraft": the demonym says whose
                    for (int m = head; m < vehicle; m++) {
                        modifiers.add(m);
                    }
                    head = vehicle;
                    j = vehicle + 1;
                    continue;
                }
                break;
            }
            if ((w.equals("family") || w.equals("household")) && j + 1 < n && t.get(j + 1).isWord()
                    && !t.get(j + 1).is("of") && !NP_STOP.contains(t.get(j + 1)) && !MetricReader.isPerson(t, j + 1)) {
                // "210,000 family food packs", "1,000 family tents": a family's size of an aid item, not families
                modifiers.add(j++);
                continue;
            }
            if (isHead(t, j)) {
                head = j++;
                continue;
            }
            if (NP_STOP.contains(tk)) {
                break;
            }
            modifiers.add(j++);
        }
        if (head < 0) {
            // no head: the noun is elided ("another 240 taken hostage"); the scanned words belong to the predicate
            return new NounPhrase(from, -1, from, List.of());
        }
        return new NounPhrase(from, head, head + 1, modifiers);
    }

    /**
     * @return the index of a plane or truck within four words after a capitalised demonym read as a person ("Chinese
     *     air force transport plane"), or -1
     */
    private static int vehicleAfterDemonym(List<Token> t, int head, int from) {
        if (!t.get(head).isCapitalized()) {
            return -1;
        }
        for (int k = from; k < t.size() && k < from + 4; k++) {
            Token tk = t.get(k);
            if (!tk.isWord() || NP_STOP.contains(tk)) {
                return -1;
            }
            if (AidWords.FLIGHT_HEADS.contains(tk) || AidWords.TRUCK_HEADS.contains(tk)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isHead(List<Token> t, int j) {
        String w = t.get(j).lower();
        return MetricReader.isPerson(t, j) || Lexicon.METRIC_WORDS.containsKey(w) || AidWords.TRUCK_HEADS.contains(t.get(j))
                || AidWords.FLIGHT_HEADS.contains(t.get(j)) || AidWords.SHELTER_HEADS.contains(t.get(j))
                || AidWords.MEASURES.containsKey(w) && !(w.equals("pounds") && !followedByOf(t, j))
                || AidWords.CONTAINERS.containsKey(w) || Lexicon.NON_HEADS.contains(t.get(j))
                || currencyWord(t, j) != null;
    }

    private static boolean followedByOf(List<Token> t, int j) {
        return j + 1 < t.size() && t.get(j + 1).is("of");
    }

    static String currencyWord(List<Token> t, int j) {
        String w = t.get(j).lower();
        if (w.equals("pounds")) {
            return followedByOf(t, j) ? null : "GBP";
        }
        if (w.equals("$") || w.equals("\u20ac") || w.equals("\u00a3")) {
            return null;
        }
        return MoneyWords.CURRENCIES.get(w);
    }

    /** "12 members of one family": the family is part of the counted noun, and its "one" is no figure. */
    static NounPhrase withFamilyComplement(List<Token> t, NounPhrase np, int[] phraseAt, boolean[] consumed) {
        int n = t.size();
        int j = np.end();
        if (np.elided() || j + 2 >= n || !t.get(j).is("of")) {
            return np;
        }
        int k = j + 1;
        while (k < n && k < j + 4 && (t.get(k).is("one") || t.get(k).is("a") || t.get(k).is("the") || t.get(k).is("same")
                || t.get(k).is("single") || t.get(k).is("his") || t.get(k).is("her") || t.get(k).is("their")
                || t.get(k).isCapitalized() && !t.get(k).isDigits())) {
            k++;
        }
        if (k < n && k > j + 1 && (t.get(k).is("family") || t.get(k).is("household") || t.get(k).is("clan")
                || t.get(k).is("tribe") || t.get(k).is("families"))) {
            for (int m = j + 1; m < k; m++) {
                if (phraseAt[m] >= 0) {
                    consumed[phraseAt[m]] = true;
                }
            }
            return new NounPhrase(np.start(), np.head(), k + 1, np.modifiers());
        }
        return np;
    }

    // ---- predicate --------------------------------------------------------------------------------------------

    /** A casualty predicate found after the noun phrase. */
    record Predicate(Metric metric, int start, int end, boolean passive) {
    }

    static final Predicate SUBSET = new Predicate(null, -1, -1, false);

    /** Scans the words after the noun phrase for a casualty predicate, stepping over parentheticals. */
    static Predicate predicate(List<Token> t, int from, int[] phraseAt) {
        int n = t.size();
        int j = from;
        int steps = 0;
        boolean passive = false;
        while (j < n && steps < 12) {
            Token tk = t.get(j);
            String w = tk.lower();
            if (tk.isPunct()) {
                int after = skipParenthetical(t, j, numberAt(t));
                if (after > j) {
                    j = after;
                    continue;
                }
                if (w.equals("'") || w.equals("-") && !tk.spaceBefore()) {
                    j++;
                    continue;
                }
                return null;
            }
            if (phraseAt[j] >= 0 && !tk.is("a") && !tk.is("an") || MetricReader.CLAUSE_BREAKS.contains(tk)) {
                return phraseAt[j] >= 0 ? inCountedShelters(t, from, j) : null;
            }
            if (w.equals("among") || w.equals("amongst")) {
                return SUBSET;
            }
            if (Lexicon.PASSIVE_MARKERS.contains(w)) {
                passive = true;
            }
            int across = crossedInto(t, j);
            if (across > j) {
                return new Predicate(Metric.DISPLACED, j, across, passive);
            }
            List<Lexicon.Phrase> candidates = Lexicon.PREDICATES_BY_FIRST_WORD.get(w);
            // "joined the families of hostages": after "of" the word completes another noun, it is not what the
            // figure's subject is or became
            int ofAt = j > from && t.get(j - 1).is("the") ? j - 2 : j - 1;
            boolean complementOfNoun = ofAt >= from && t.get(ofAt).is("of");
            if (candidates != null && !complementOfNoun) {
                for (Lexicon.Phrase ph : candidates) {
                    if (ph.matches(t, j)) {
                        int end = j + ph.words().length;
                        if (isAmbiguousCasualty(t, j, end) || isActive(t, w, end, passive)) {
                            return SUBSET;
                        }
                        return new Predicate(ph.metric(), j, end, passive);
                    }
                }
            }
            j++;
            steps++;
        }
        return null;
    }

    /**
     * People who "crossed the Naf river into Teknaf", "crossed the border into Chad": fled across a border or river,
     * named between the verb and "into" ("crossed into" alone is a phrase of its own; "crossed the line into enemy
     * territory" is no flight).
     *
     * @return the index past "into", or -1
     */
    private static int crossedInto(List<Token> t, int j) {
        if (!t.get(j).is("crossed") || j + 2 >= t.size() || t.get(j + 1).is("into")) {
            return -1;
        }
        boolean frontier = false;
        for (int k = j + 1; k < t.size() && k <= j + 5; k++) {
            Token tk = t.get(k);
            if (tk.is("into")) {
                return frontier ? k + 1 : -1;
            }
            frontier |= FRONTIERS.contains(tk);
            if (!tk.isWord() || MetricReader.CLAUSE_BREAKS.contains(tk)) {
                return -1;
            }
        }
        return -1;
    }

    /** What people cross when they flee into another country ("the border", "the Naf river"). */
    private static final WordSet FRONTIERS = Lexicon.words("border", "borders", "frontier", "river", "sea", "bay",
            "mountains", "desert");

    /** Verbs of people staying or put somewhere, before the shelters they stay in. */
    private static final WordSet STAYING_VERBS = Lexicon.words("staying", "stay", "stays", "living", "live", "lives",
            "remain", "remains", "remained", "sheltering", "sheltered", "moved", "relocated", "spent", "housed",
            "accommodated", "sleeping");

    /**
     * People staying in shelters counted in the same words: "1.4 million people were staying in its 154 shelters",
     * "800,000 people were moved to 9,000 cyclone shelters", "575 people spent Sunday night in five evacuation
     * shelters". The count of shelters is no figure, but it says where the people are: displaced.
     *
     * @param number the token where the shelters' count starts
     * @return a displaced predicate ending with the shelter noun, or null
     */
    private static Predicate inCountedShelters(List<Token> t, int from, int number) {
        int k = number - 1;
        while (k > from && (t.get(k).is("its") || t.get(k).is("their") || t.get(k).is("the"))) {
            k--;
        }
        if (k <= from || !(t.get(k).is("in") || t.get(k).is("to") || t.get(k).is("into"))) {
            return null;
        }
        boolean staying = false;
        for (int v = from; v < k; v++) {
            staying |= STAYING_VERBS.contains(t.get(v));
        }
        if (!staying) {
            return null;
        }
        for (int e = number + 1; e < Math.min(t.size(), number + 5); e++) {
            if (t.get(e).isPunct()) {
                return null;
            }
            if (Lexicon.SHELTERS.contains(t.get(e))) {
                return new Predicate(Metric.DISPLACED, from, e + 1, true);
            }
        }
        return null;
    }

    /** Marks every digit token, figure or not (", 85% of the population," opens a parenthetical). */
    private static int[] numberAt(List<Token> t) {
        int[] at = new int[t.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = t.get(k).isDigits() ? k : -1;
        }
        return at;
    }

    /** Steps over ", or 75% of the population," / "(mostly women)" / "— roughly 85% —"; returns j when none. */
    private static int skipParenthetical(List<Token> t, int j, int[] phraseAt) {
        int n = t.size();
        String w = t.get(j).lower();
        String close;
        if (w.equals("(")) {
            close = ")";
        } else if (w.equals("\u2014") || w.equals("\u2013") || w.equals("-") && t.get(j).spaceBefore()) {
            close = w;
        } else if (w.equals(",") && j + 1 < n && (PARENTHETICAL_OPENERS.contains(t.get(j + 1))
                || phraseAt[j + 1] >= 0)) {
            close = ",";
        } else {
            return j;
        }
        for (int k = j + 1; k < Math.min(n, j + 20); k++) {
            String c = t.get(k).lower();
            if (c.equals(close)) {
                return k + 1;
            }
            if (c.equals(";") || c.equals(".") || c.equals(":")) {
                return j;
            }
        }
        return j;
    }

    /**
     * "..., bringing to 36 the number of Jordanian airdrops over Gaza": the number comes before what it counts.
     *
     * @return {end of the counted words, metric ordinal, index of the bringing verb}, or null when the number is not
     *     brought to by such a verb or the words after it count no metric ({@link WordsBeforeNumber#counted})
     */
    static int[] broughtToNumberOf(List<Token> t, NumberPhrase p) {
        int f = p.first();
        int e = p.end();
        if (f < 2 || !t.get(f - 1).is("to") || !WordsBeforeNumber.BRING_VERBS.contains(t.get(f - 2))
                || e + 3 >= t.size() || !t.get(e).is("the") || !t.get(e + 1).is("number") || !t.get(e + 2).is("of")) {
            return null;
        }
        int end = e + 3;
        while (end < t.size() && !t.get(end).isPunct() && end < e + 10) {
            end++;
        }
        Metric m = WordsBeforeNumber.counted(t, e + 3, end);
        return m == null ? null : new int[] {end, m.ordinal(), f - 2};
    }

    /** "killed or wounded", "dead and injured": the total mixes two metrics. */
    static boolean isAmbiguousCasualty(List<Token> t, int start, int end) {
        int n = t.size();
        if (end + 1 < n && (t.get(end).is("or") || t.get(end).is("and") || t.get(end).is("/"))) {
            Metric a = Lexicon.METRIC_WORDS.get(t.get(start).lower());
            Metric b = Lexicon.METRIC_WORDS.get(t.get(end + 1).lower());
            return a != null && b != null && a != b
                    && (a == Metric.KILLED || a == Metric.INJURED) && (b == Metric.KILLED || b == Metric.INJURED);
        }
        return false;
    }

    /** "gunmen killed three people": an active transitive verb; its subject is not a victim count. */
    static boolean isActive(List<Token> t, String verb, int end, boolean passive) {
        if (passive || !Lexicon.TRANSITIVE_PREDICATES.contains(verb) || end >= t.size()) {
            return false;
        }
        Token next = t.get(end);
        String w = next.lower();
        if (next.isDigits() || w.equals("a") || w.equals("an") || w.equals("the") || w.equals("him")
                || w.equals("her") || w.equals("them") || w.equals("us") || w.equals("dozens")
                || w.equals("hundreds") || w.equals("thousands") || w.equals("several") || w.equals("more")
                || w.equals("his") || w.equals("their") || w.equals("its") || w.equals("two") || w.equals("three")
                || w.equals("one") || MetricReader.isPerson(t, end) && !next.isCapitalized()) {
            return true;
        }
        return w.equals("at") && end + 1 < t.size() && t.get(end + 1).is("least");
    }
}
