package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides what a number counts, the way an analyst reads a sentence: from the counted noun ("55 aid trucks",
 * "240 hostages"), its modifiers ("150 wounded people"), its predicate ("at least 100 others had been brought to the
 * hospital dead", "another 240 taken hostage"), a verb before it ("killing at least 12"), or a toll before it ("the
 * death toll has risen to 15,000").
 *
 * <p>Every number yields at most one figure. Numbers that count nothing in the metric vocabulary (strikes, targets,
 * days, population), subsets ("including five children", "among them 3 journalists"), partitive bases ("1.7 million
 * of Gaza's 2.2 million people"), rates ("100 trucks a day", "for every 10 hostages") and ambiguous "casualties" /
 * "killed or wounded" are skipped.
 *
 * <p>This class rules out the numbers that are no figure and picks the reading for the rest: the words around the
 * number are read by {@link WordsAfterNumber} and {@link WordsBeforeNumber}, the figures by {@link CasualtyReadings},
 * {@link AidDeliveryReadings} and {@link AssistanceAndFundingReadings}.
 */
final class MetricReader {

    /** Words skipped right after a number ("100 more people", "another 240", "hundreds more wounded"). */
    private static final WordSet AFTER_NUMBER_SKIP = Lexicon.words("more", "other", "additional", "further", "new",
            "extra");

    /** Words ending a predicate scan: the clause changes subject. */
    static final WordSet CLAUSE_BREAKS = Lexicon.words(
            "while", "whereas", "but", "although", "though", "because", "however", "unless", "whilst", "meanwhile");

    /** Groups that "N of the ..." divides: the part is a subset, not a figure. */
    private static final WordSet SUBSET_GROUPS = Lexicon.words(
            "dead", "killed", "wounded", "injured", "victims", "casualties", "missing", "fatalities", "deaths",
            "bodies", "displaced", "detainees", "arrested");

    private static final WordSet DETERMINERS = Lexicon.words(
            "the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "whose", "your", "my");

    /** Words that make "rate" of the figure ("100 trucks a day", "500 trucks daily"). */
    private static final WordSet RATE_UNITS = Lexicon.words("day", "week", "month", "year", "hour", "night");

    private MetricReader() {
    }

    /** @return the figures among the sentence's numbers, in order */
    static List<Reading> readAll(List<Token> t, List<NumberPhrase> phrases) {
        int[] phraseAt = new int[t.size()];
        java.util.Arrays.fill(phraseAt, -1);
        // numbers that are not figures (dates, ages) mark no phrase here: scans may pass over "since October 7"
        for (int k = 0; k < phrases.size(); k++) {
            NumberPhrase p = phrases.get(k);
            for (int j = p.first(); j < p.end(); j++) {
                if (phraseAt[j] < 0 && (p.candidate() || t.get(j).isCompound())) {
                    phraseAt[j] = k;
                }
            }
        }
        List<Reading> out = new ArrayList<>();
        boolean[] consumed = new boolean[phrases.size()];
        Metric previous = null;
        int casualtyWords = -1;
        for (int k = 0; k < phrases.size(); k++) {
            NumberPhrase p = phrases.get(k);
            if (!p.candidate() || consumed[k]) {
                continue;
            }
            if (p.form() == NumberPhrase.Form.INDEFINITE) {
                // "a"/"an" is one only before a casualty verb or a relief flight ("a relief plane carrying 35
                // tonnes"); most sentences have neither, so look once
                if (casualtyWords < 0) {
                    casualtyWords = hasCasualtyWord(t) || hasFlightWord(t) ? 1 : 0;
                }
                if (casualtyWords == 0) {
                    continue;
                }
            }
            Reading r = read(t, phrases, phraseAt, k, consumed, previous);
            if (r != null && ExcludedFigures.excluded(t, r)) {
                continue;
            }
            if (r != null) {
                out.add(r);
                previous = r.metric();
            }
        }
        return out.isEmpty() ? out : SharedVerbs.apply(t, phrases, consumed, out);
    }

    private static boolean hasCasualtyWord(List<Token> t) {
        for (Token tk : t) {
            if (tk.hasClass(WordClasses.CASUALTY)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFlightWord(List<Token> t) {
        for (Token tk : t) {
            if (isSingleFlight(tk.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "plane", "flight", "aircraft", "airlift", "airdrop": a head that "a"/"an" counts as one relief flight. */
    private static boolean isSingleFlight(String head) {
        return head.equals("aircraft") || AidWords.FLIGHT_HEADS.contains(head) && !head.endsWith("s");
    }

    private static Reading read(List<Token> t, List<NumberPhrase> phrases, int[] phraseAt, int index,
                                boolean[] consumed, Metric previous) {
        NumberPhrase p = phrases.get(index);
        int n = t.size();
        if (FigureParts.inSubsetClause(t, p.first()) || FigureParts.isBreakdown(t, p.first())
                || FigureParts.partOfAnOpeningGroup(t, p.first())) {
            return null;
        }
        int k = p.end();
        while (k < n && AFTER_NUMBER_SKIP.contains(t.get(k)) && p.form() != NumberPhrase.Form.INDEFINITE) {
            k++;
        }
        if (k < n && t.get(k).is("of") && p.form() != NumberPhrase.Form.INDEFINITE) {
            int m = k + 1;
            if (m < n && FigureParts.SUBSET_OF.contains(t.get(m))) {
                return previous == null ? null : FigureParts.partOnADay(t, p, index, m + 1, previous);
            }
            if (m < n && (DETERMINERS.contains(t.get(m)) || t.get(m).lower().endsWith("'s"))) {
                m++;
                if (m < n && t.get(m - 1).is("the") && SUBSET_GROUPS.contains(t.get(m))
                        && !accountedFor(t, p.first())) {
                    // "eight of the dead were children": part of a group counted elsewhere
                    return null;
                }
            }
            if (m < n && phraseAt[m] > index && phrases.get(phraseAt[m]).form() != NumberPhrase.Form.INDEFINITE) {
                // "1.7 million of Gaza's 2.2 million people": the second number is the base, not a figure
                consumed[phraseAt[m]] = true;
                m = phrases.get(phraseAt[m]).end();
            }
            if (m < n && m > k + 1
                    || m < n && t.get(m).isWord() && !WordsAfterNumber.NP_STOP.contains(t.get(m))) {
                k = m;
            }
        }
        NounPhrase np = WordsAfterNumber.nounPhrase(t, k, phraseAt);
        np = WordsAfterNumber.withFamilyComplement(t, np, phraseAt, consumed);
        if (isRate(t, np.end())) {
            return null;
        }
        if (p.form() == NumberPhrase.Form.INDEFINITE) {
            if (!np.elided() && isSingleFlight(t.get(np.head()).lower())) {
                // "a cargo plane with 31 tonnes of medical supplies": one relief flight, when it carries aid
                return AidDeliveryReadings.flights(t, p, index, np, phraseAt);
            }
            return CasualtyReadings.indefinite(t, p, index, np);
        }
        String head = np.elided() ? null : t.get(np.head()).lower();
        String moneyUnit = p.currency() != null ? p.currency()
                : head != null ? WordsAfterNumber.currencyWord(t, np.head()) : null;
        if (moneyUnit != null) {
            return AssistanceAndFundingReadings.funding(t, p, index, np, moneyUnit);
        }
        boolean personish = np.elided() || isPerson(t, np.head())
                || Lexicon.PERSON_METRIC_WORDS.contains(head);
        if (isPopulation(t, p, np)) {
            return null;
        }
        if (head != null && Lexicon.NON_HEADS.contains(head)) {
            // "aircraft" is no figure on its own, but "100 aircraft carrying aid" are relief flights
            return head.equals("aircraft") ? AidDeliveryReadings.flights(t, p, index, np, phraseAt) : null;
        }
        // a verb right before: "killing at least 12", "arrested 20 people", "the bodies of 30"
        int verb = WordsBeforeNumber.verbBefore(t, p.first());
        if (verb >= 0 && personish) {
            Metric m = WordsBeforeNumber.verbMetric(t, verb);
            Reading r = CasualtyReadings.verbReading(t, p, index, np, verb, m);
            if (r == CasualtyReadings.NO_FIGURE) {
                return null;
            }
            if (r != null) {
                return r;
            }
        }
        // "bringing to 36 the number of airdrops": the running total, with what it counts after it
        int[] countedAfter = np.elided() ? WordsAfterNumber.broughtToNumberOf(t, p) : null;
        if (countedAfter != null) {
            return new Reading(index, Metric.values()[countedAfter[1]], null, countedAfter[2], countedAfter[0]);
        }
        // a toll or count before: "the death toll has risen to 15,000", "bringing the total to 105"
        if (personish) {
            int[] nominal = WordsBeforeNumber.nominalBefore(t, p.first(), phraseAt);
            if (nominal != null) {
                Metric m = nominal[1] >= 0 ? Metric.values()[nominal[1]] : previous;
                // "ten more trucks crossed, bringing the total to 120": a total brought up by the figure before it
                // is that figure's running total, deliveries as well as tolls
                if (m != null && (m.kind() == Metric.Kind.CASUALTY || m.kind() == Metric.Kind.AID
                        && (nominal[1] < 0 || isNumberOf(t, nominal[0])))) {
                    return new Reading(index, m, unitFor(t, np), nominal[0], Math.max(p.end(), np.end()));
                }
            }
        }
        if (head == null || personish) {
            Reading r = CasualtyReadings.casualty(t, p, index, np, phraseAt);
            if (r == null && np.elided() && previous != null && previous.kind() == Metric.Kind.CASUALTY
                    && (CasualtyReadings.isGapped(t, p) || CasualtyReadings.isNamedPart(t, p))) {
                // "nine people were killed on Tuesday and 11 on Wednesday": the verb is shared
                return new Reading(index, previous, null, p.first(), p.end());
            }
            return r;
        }
        if (Lexicon.METRIC_WORDS.containsKey(head)) {
            return new Reading(index, Lexicon.METRIC_WORDS.get(head), null, p.first(), np.end());
        }
        if (AidWords.TRUCK_HEADS.contains(head)) {
            return AidDeliveryReadings.trucks(t, p, index, np, phraseAt);
        }
        if (AidWords.FLIGHT_HEADS.contains(head) || head.equals("aircraft")) {
            return AidDeliveryReadings.flights(t, p, index, np, phraseAt);
        }
        if (AidWords.SHELTER_HEADS.contains(head)) {
            return AidDeliveryReadings.shelter(t, p, index, np);
        }
        if (AidWords.MEASURES.containsKey(head) || AidWords.CONTAINERS.containsKey(head)) {
            return AidDeliveryReadings.supplies(t, p, index, np, phraseAt);
        }
        return null;
    }

    /**
     * "home to 116,000 registered refugees", "a population of 2.2 million": how many live somewhere, not how many
     * were affected.
     */
    private static boolean isPopulation(List<Token> t, NumberPhrase p, NounPhrase np) {
        int f = p.first();
        if (f >= 2 && t.get(f - 1).is("to") && t.get(f - 2).is("home")
                || f >= 2 && t.get(f - 1).is("of") && t.get(f - 2).is("population")) {
            return true;
        }
        for (int m : np.modifiers()) {
            if (t.get(m).is("registered")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Al Haouz province accounted for 1,293 of the dead": a place's share of a toll is a located figure, not a
     * subset to skip.
     */
    private static boolean accountedFor(List<Token> t, int first) {
        return first >= 2 && t.get(first - 1).is("for") && (t.get(first - 2).is("accounted")
                || t.get(first - 2).is("accounts") || t.get(first - 2).is("account"));
    }

    /** Person nouns, including demonyms not in the list ("Sudanese", "Yemenis") and "12-year-olds". */
    static boolean isPerson(List<Token> t, int j) {
        Token tk = t.get(j);
        String w = tk.lower();
        if (Lexicon.PERSON_HEADS.contains(tk) || w.endsWith("-year-old") || w.endsWith("-year-olds")) {
            return true;
        }
        return tk.isCapitalized() && j > 0 && w.length() > 4
                && (w.endsWith("ians") || w.endsWith("ans") || w.endsWith("ese") || w.endsWith("is"))
                && !w.endsWith("'s");
    }

    /**
     * "100 trucks a day", "500 trucks entered Gaza each day", "one hostage for every three prisoners": a rate or a
     * condition later in the figure's clause, not a count.
     */
    /** @return whether the words at {@code at} are "number of" */
    private static boolean isNumberOf(List<Token> t, int at) {
        return at + 1 < t.size() && t.get(at).is("number") && t.get(at + 1).is("of");
    }

    private static boolean isRate(List<Token> t, int at) {
        int n = t.size();
        for (int k = at; k < Math.min(n, at + 8); k++) {
            Token tk = t.get(k);
            String w = tk.lower();
            // another number's rate is its own: "bringing the total to 1,545, far exceeding the 600 a day agreed"
            if (tk.isPunct() || CLAUSE_BREAKS.contains(tk) || tk.isDigits()) {
                return false;
            }
            if (w.equals("daily") || w.equals("weekly") || w.equals("monthly") || w.equals("annually")) {
                return true;
            }
            if (k + 1 < n && (w.equals("a") || w.equals("per") || w.equals("each") || w.equals("every"))
                    && RATE_UNITS.contains(t.get(k + 1))) {
                // "up from 242 a day earlier" places the number in time; "600 a day" is a rate
                return !NonFigureChecks.pointInTime(t, k + 1);
            }
            if (k + 1 < n && w.equals("for") && (t.get(k + 1).is("every") || t.get(k + 1).is("each"))) {
                return true;
            }
        }
        return false;
    }

    /** The unit of a figure counted in households or families, which no metric counts ({@link ClaimExtractor}). */
    static final String HOUSEHOLDS = "households";

    static String unitFor(List<Token> t, NounPhrase np) {
        return !np.elided() && Lexicon.HOUSEHOLD_HEADS.contains(t.get(np.head())) ? HOUSEHOLDS : null;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** @return {start, end} token bounds of the comma/semicolon clause around {@code at} */
    static int[] clause(List<Token> t, int at) {
        int s = at;
        while (s > 0 && !isClauseMark(t.get(s - 1))) {
            s--;
        }
        int e = at;
        while (e < t.size() && !isClauseMark(t.get(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    static boolean isClauseMark(Token tk) {
        String w = tk.lower();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
                || w.equals("\u2014") || w.equals("\u2013") || w.equals("-") && tk.spaceBefore();
    }

    static boolean clauseHas(List<Token> t, int at, Set<String> words) {
        int[] c = clause(t, at);
        for (int k = c[0]; k < c[1]; k++) {
            if (words.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    static boolean sentenceHas(List<Token> t, Set<String> words) {
        for (Token tk : t) {
            if (words.contains(tk.lower())) {
                return true;
            }
        }
        return false;
    }
}
