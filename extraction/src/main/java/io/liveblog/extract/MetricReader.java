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
 */
final class MetricReader {

    /** Words that end a noun phrase after a number. */
    private static final Set<String> NP_STOP = Lexicon.words(
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

    /** Words skipped right after a number ("100 more people", "another 240", "hundreds more wounded"). */
    private static final Set<String> AFTER_NUMBER_SKIP = Lexicon.words("more", "other", "additional", "further", "new",
            "extra");

    /** Words ending a predicate scan: the clause changes subject. */
    private static final Set<String> CLAUSE_BREAKS = Lexicon.words(
            "while", "whereas", "but", "although", "though", "because", "however", "unless", "whilst", "meanwhile");

    /** Words opening a parenthetical that the predicate scan may step over ("1.7 million people, or 75%, have"). */
    private static final Set<String> PARENTHETICAL_OPENERS = Lexicon.words(
            "including", "mostly", "many", "most", "among", "or", "majority", "some", "according", "half",
            "nearly", "about", "roughly", "almost", "the", "mainly", "largely", "overwhelmingly", "both", "all",
            "predominantly", "officials", "a", "around", "approximately", "over", "more", "at", "less",
            "just", "up", "an", "who", "which", "whose", "primarily",
            "aged", "ages", "age", "each", "reportedly");

    /** Pronouns and determiners after "of" that name an already counted group ("five of them"). */
    private static final Set<String> SUBSET_OF = Lexicon.words("them", "whom", "those", "these", "which", "us", "it", "you");

    /** Groups that "N of the ..." divides: the part is a subset, not a figure. */
    private static final Set<String> SUBSET_GROUPS = Lexicon.words(
            "dead", "killed", "wounded", "injured", "victims", "casualties", "missing", "fatalities", "deaths",
            "bodies", "displaced", "detainees", "arrested");

    private static final Set<String> DETERMINERS = Lexicon.words(
            "the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "whose", "your", "my");

    /** Words that make "rate" of the figure ("100 trucks a day", "500 trucks daily"). */
    private static final Set<String> RATE_UNITS = Lexicon.words("day", "week", "month", "year", "hour", "night");

    /** Words allowed between an indefinite noun phrase and its verb ("a soldier was also killed"). */
    private static final Set<String> INDEFINITE_LINKS = Lexicon.words(
            "was", "has", "had", "is", "been", "being", "reportedly", "also", "later", "allegedly", "confirmed",
            "feared", "believed", "critically", "seriously", "severely", "lightly", "moderately", "badly",
            "mortally", "subsequently", "then", "since", "presumed", "to", "be", "apparently");

    /** Aid words for people assisted ("reached 800,000 people with food"). */
    private static final Set<String> ASSIST_CUES = Lexicon.words(
            "food", "aid", "assistance", "water", "meals", "supplies", "relief", "cash", "parcels", "rations",
            "vouchers", "flour", "bread", "medical", "support", "services", "hygiene", "kits", "nutrition",
            "psychological", "shelter");

    /** Words naming an aid organisation, whose "helped N people" or "reached N people" is people assisted. */
    private static final Set<String> AID_ACTORS = Lexicon.words("crescent", "cross", "unhcr", "wfp", "unicef", "iom", "unrwa",
            "ocha", "msf", "charity", "charities", "ngo", "ngos", "refugee", "humanitarian", "afad", "relief");

    /** Verbs of delivery before "to N people". */
    private static final Set<String> DELIVERY_VERBS = Lexicon.words(
            "provided", "providing", "provide", "delivered", "delivering", "deliver", "distributed", "distributing",
            "distribute", "given", "gave", "giving", "brought", "bringing", "handed", "supplied", "supplying",
            "sent", "served", "serving", "offered", "offering");

    /** Words making aid items aid (delivered, entered...) when no aid noun is near. */
    private static final Set<String> AID_CONTEXT = Lexicon.words(
            "aid", "humanitarian", "relief", "supplies", "distributed", "distributing", "distribute", "delivered",
            "delivering", "deliver", "delivery", "deliveries", "provided", "providing", "provide", "sent", "donated",
            "shipped", "arrived", "received", "receive", "handed", "brought", "dispatched", "airdropped", "dropped",
            "supplied", "allowed", "entered", "enter", "entering", "crossed", "crossing", "unrwa", "wfp", "unicef",
            "who", "convoy", "pledged", "transferred", "set", "erected", "pitched", "installed", "served", "serving",
            "cooked", "gave", "given", "airlifted", "unloaded", "send", "sending", "sends",
            "carrying", "carried", "ship", "shipping", "docked", "landed", "arrive", "arrives", "arriving", "cross",
            "crosses");

    private MetricReader() {
    }

    /** A noun phrase after a number: modifiers, then a head (or none when the noun is elided). */
    private record NounPhrase(int start, int head, int end, List<Integer> modifiers) {
        boolean elided() {
            return head < 0;
        }
    }

    /** A casualty predicate found after the noun phrase. */
    private record Predicate(Metric metric, int start, int end, boolean passive) {
    }

    private static final Predicate SUBSET = new Predicate(null, -1, -1, false);

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
        return head.equals("aircraft") || Lexicon.FLIGHT_HEADS.contains(head) && !head.endsWith("s")
                && !head.equals("cargo");
    }

    private static Reading read(List<Token> t, List<NumberPhrase> phrases, int[] phraseAt, int index,
                                boolean[] consumed, Metric previous) {
        NumberPhrase p = phrases.get(index);
        int n = t.size();
        if (inSubsetClause(t, p.first()) || isBreakdown(t, p.first())) {
            return null;
        }
        int k = p.end();
        while (k < n && AFTER_NUMBER_SKIP.contains(t.get(k).lower()) && p.form() != NumberPhrase.Form.INDEFINITE) {
            k++;
        }
        if (k < n && t.get(k).is("of") && p.form() != NumberPhrase.Form.INDEFINITE) {
            int m = k + 1;
            if (m < n && SUBSET_OF.contains(t.get(m).lower())) {
                return null;
            }
            if (m < n && (DETERMINERS.contains(t.get(m).lower()) || t.get(m).lower().endsWith("'s"))) {
                m++;
                if (m < n && t.get(m - 1).is("the") && SUBSET_GROUPS.contains(t.get(m).lower())
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
            if (m < n && m > k + 1 || m < n && t.get(m).isWord() && !NP_STOP.contains(t.get(m).lower())) {
                k = m;
            }
        }
        NounPhrase np = nounPhrase(t, k, phraseAt);
        np = withFamilyComplement(t, np, phraseAt, consumed);
        if (isRate(t, np.end())) {
            return null;
        }
        if (p.form() == NumberPhrase.Form.INDEFINITE) {
            if (!np.elided() && isSingleFlight(t.get(np.head()).lower())) {
                // "a cargo plane with 31 tonnes of medical supplies": one relief flight, when it carries aid
                return flights(t, p, index, np, phraseAt);
            }
            return indefinite(t, p, index, np);
        }
        String head = np.elided() ? null : t.get(np.head()).lower();
        String moneyUnit = p.currency() != null ? p.currency() : head != null ? currencyWord(t, np.head()) : null;
        if (moneyUnit != null) {
            return funding(t, p, index, np, moneyUnit);
        }
        boolean personish = np.elided() || isPerson(t, np.head())
                || Lexicon.PERSON_METRIC_WORDS.contains(head);
        if (isPopulation(t, p, np)) {
            return null;
        }
        if (head != null && Lexicon.NON_HEADS.contains(head)) {
            // "aircraft" is no figure on its own, but "100 aircraft carrying aid" are relief flights
            return head.equals("aircraft") ? flights(t, p, index, np, phraseAt) : null;
        }
        // a verb right before: "killing at least 12", "arrested 20 people", "the bodies of 30"
        int verb = verbBefore(t, p.first());
        if (verb >= 0 && personish) {
            Metric m = verbMetric(t, verb);
            Reading r = verbReading(t, p, index, np, verb, m);
            if (r == NO_FIGURE) {
                return null;
            }
            if (r != null) {
                return r;
            }
        }
        // a toll or count before: "the death toll has risen to 15,000", "bringing the total to 105"
        if (personish) {
            int[] nominal = nominalBefore(t, p.first(), phraseAt);
            if (nominal != null) {
                Metric m = nominal[1] >= 0 ? Metric.values()[nominal[1]] : previous;
                // "ten more trucks crossed, bringing the total to 120": a total brought up by the figure before it
                // is that figure's running total, deliveries as well as tolls
                if (m != null && (m.kind() == Metric.Kind.CASUALTY || nominal[1] < 0 && m.kind() == Metric.Kind.AID)) {
                    return new Reading(index, m, unitFor(t, np), nominal[0], Math.max(p.end(), np.end()));
                }
            }
        }
        if (head == null || personish) {
            Reading r = casualty(t, p, index, np, phraseAt);
            if (r == null && np.elided() && previous != null && previous.kind() == Metric.Kind.CASUALTY
                    && (isGapped(t, p) || isNamedPart(t, p))) {
                // "nine people were killed on Tuesday and 11 on Wednesday": the verb is shared
                return new Reading(index, previous, null, p.first(), p.end());
            }
            return r;
        }
        if (Lexicon.METRIC_WORDS.containsKey(head)) {
            return new Reading(index, Lexicon.METRIC_WORDS.get(head), null, p.first(), np.end());
        }
        if (Lexicon.TRUCK_HEADS.contains(head)) {
            return trucks(t, p, index, np, phraseAt);
        }
        if (Lexicon.FLIGHT_HEADS.contains(head) || head.equals("aircraft")) {
            return flights(t, p, index, np, phraseAt);
        }
        if (Lexicon.SHELTER_HEADS.contains(head)) {
            return shelter(t, p, index, np);
        }
        if (Lexicon.MEASURES.containsKey(head) || Lexicon.CONTAINERS.containsKey(head)) {
            return supplies(t, p, index, np, phraseAt);
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

    /** "12 members of one family": the family is part of the counted noun, and its "one" is no figure. */
    private static NounPhrase withFamilyComplement(List<Token> t, NounPhrase np, int[] phraseAt, boolean[] consumed) {
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

    /**
     * "Al Haouz province accounted for 1,293 of the dead": a place's share of a toll is a located figure, not a
     * subset to skip.
     */
    private static boolean accountedFor(List<Token> t, int first) {
        return first >= 2 && t.get(first - 1).is("for") && (t.get(first - 2).is("accounted")
                || t.get(first - 2).is("accounts") || t.get(first - 2).is("account"));
    }

    /**
     * "..., followed by Balochistan with 238": a named part of a breakdown after a figure ("by", "and" or a comma,
     * then a capitalised name, then "with" and a bare number).
     */
    private static boolean isNamedPart(List<Token> t, NumberPhrase p) {
        int j = p.first() - 1;
        if (j < 2 || !t.get(j).is("with")) {
            return false;
        }
        j--;
        int names = 0;
        while (j >= 0 && names < 4 && t.get(j).isWord() && t.get(j).isCapitalized()) {
            j--;
            names++;
        }
        if (names == 0 || j < 0) {
            return false;
        }
        Token before = t.get(j);
        return before.is("by") || before.is("and") || before.is(",");
    }

    /** "... and 11 on Wednesday", "..., 5 in Rafah": a number between a conjunction and a preposition. */
    private static boolean isGapped(List<Token> t, NumberPhrase p) {
        int n = t.size();
        if (p.first() == 0 || p.end() >= n) {
            return false;
        }
        String before = t.get(p.first() - 1).lower();
        String after = t.get(p.end()).lower();
        boolean conjunction = before.equals("and") || before.equals(",") || before.equals("while")
                || before.equals("another");
        boolean preposition = after.equals("in") || after.equals("on") || after.equals("at") || after.equals("near")
                || after.equals("from") || after.equals("during");
        if (!conjunction || !preposition) {
            return false;
        }
        // the gapped phrase must end the clause: "and 11 on Wednesday." / "and 5 in Rafah,"
        for (int k = p.end() + 1; k < Math.min(n, p.end() + 6); k++) {
            Token tk = t.get(k);
            if (tk.isPunct()) {
                return true;
            }
            if (tk.hasClass(WordClasses.CASUALTY) || Lexicon.PASSIVE_MARKERS.contains(tk.lower())) {
                return false;
            }
        }
        return p.end() + 6 >= n;
    }

    // ---- noun phrase ------------------------------------------------------------------------------------------

    private static NounPhrase nounPhrase(List<Token> t, int from, int[] phraseAt) {
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
                if (isPerson(t, j) && !NP_STOP.contains(w)) {
                    modifiers.add(head);
                    head = j++;
                    continue;
                }
                break;
            }
            if (isHead(t, j)) {
                head = j++;
                continue;
            }
            if (NP_STOP.contains(w)) {
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

    private static boolean isHead(List<Token> t, int j) {
        String w = t.get(j).lower();
        return isPerson(t, j) || Lexicon.METRIC_WORDS.containsKey(w) || Lexicon.TRUCK_HEADS.contains(w)
                || Lexicon.FLIGHT_HEADS.contains(w) || Lexicon.SHELTER_HEADS.contains(w)
                || Lexicon.MEASURES.containsKey(w) && !(w.equals("pounds") && !followedByOf(t, j))
                || Lexicon.CONTAINERS.containsKey(w) || Lexicon.NON_HEADS.contains(w)
                || currencyWord(t, j) != null;
    }

    private static boolean followedByOf(List<Token> t, int j) {
        return j + 1 < t.size() && t.get(j + 1).is("of");
    }

    /** Person nouns, including demonyms not in the list ("Sudanese", "Yemenis") and "12-year-olds". */
    static boolean isPerson(List<Token> t, int j) {
        Token tk = t.get(j);
        String w = tk.lower();
        if (Lexicon.PERSON_HEADS.contains(w) || w.endsWith("-year-old") || w.endsWith("-year-olds")) {
            return true;
        }
        return tk.isCapitalized() && j > 0 && w.length() > 4
                && (w.endsWith("ians") || w.endsWith("ans") || w.endsWith("ese") || w.endsWith("is"))
                && !w.endsWith("'s");
    }

    private static String currencyWord(List<Token> t, int j) {
        String w = t.get(j).lower();
        if (w.equals("pounds")) {
            return followedByOf(t, j) ? null : "GBP";
        }
        if (w.equals("$") || w.equals("\u20ac") || w.equals("\u00a3")) {
            return null;
        }
        return Lexicon.CURRENCIES.get(w);
    }

    /**
     * "100 trucks a day", "500 trucks entered Gaza each day", "one hostage for every three prisoners": a rate or a
     * condition later in the figure's clause, not a count.
     */
    private static boolean isRate(List<Token> t, int at) {
        int n = t.size();
        for (int k = at; k < Math.min(n, at + 8); k++) {
            Token tk = t.get(k);
            String w = tk.lower();
            // another number's rate is its own: "bringing the total to 1,545, far exceeding the 600 a day agreed"
            if (tk.isPunct() || CLAUSE_BREAKS.contains(w) || tk.isDigits()) {
                return false;
            }
            if (w.equals("daily") || w.equals("weekly") || w.equals("monthly") || w.equals("annually")) {
                return true;
            }
            if (k + 1 < n && (w.equals("a") || w.equals("per") || w.equals("each") || w.equals("every"))
                    && RATE_UNITS.contains(t.get(k + 1).lower())) {
                return true;
            }
            if (k + 1 < n && w.equals("for") && (t.get(k + 1).is("every") || t.get(k + 1).is("each"))) {
                return true;
            }
        }
        return false;
    }

    /** The unit of a figure counted in households or families, which no metric counts ({@link ClaimExtractor}). */
    static final String HOUSEHOLDS = "households";

    private static String unitFor(List<Token> t, NounPhrase np) {
        return !np.elided() && Lexicon.HOUSEHOLD_HEADS.contains(t.get(np.head()).lower()) ? HOUSEHOLDS : null;
    }

    // ---- subsets ----------------------------------------------------------------------------------------------

    /** "including five children", "among them 3 journalists", "of whom 12 were children" in the same clause. */
    private static boolean inSubsetClause(List<Token> t, int first) {
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

    /** "Three people \u2013 two women and a child \u2013 were killed": a breakdown between dashes is a subset. */
    private static boolean isBreakdown(List<Token> t, int first) {
        if (first < 2) {
            return false;
        }
        Token open = t.get(first - 1);
        String w = open.lower();
        boolean dash = w.equals("\u2014") || w.equals("-") && open.spaceBefore() || w.equals("(");
        return dash && (isPerson(t, first - 2) || Lexicon.METRIC_WORDS.containsKey(t.get(first - 2).lower()));
    }

    // ---- casualties -------------------------------------------------------------------------------------------

    private static Reading casualty(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = np.elided() ? null : t.get(np.head()).lower();
        Predicate pred = predicate(t, np.end(), phraseAt);
        if (pred == SUBSET) {
            return null;
        }
        if (pred != null && head == null && isHospitalCount(t, pred)) {
            // "Of the 182 injured, 101 remain in hospital": a bare number kept in hospital is part of a group
            // counted before it, not a count of the injured of its own ("80 people remained in hospitals" is)
            return null;
        }
        if (pred != null) {
            return new Reading(index, pred.metric(), unitFor(t, np), p.first(), pred.end());
        }
        if (head != null && Lexicon.METRIC_WORDS.containsKey(head)) {
            return new Reading(index, Lexicon.METRIC_WORDS.get(head), null, p.first(), np.end());
        }
        for (int m : np.modifiers()) {
            Metric metric = Lexicon.METRIC_WORDS.get(t.get(m).lower());
            if (metric != null) {
                return new Reading(index, metric, unitFor(t, np), p.first(), np.end());
            }
        }
        if (head != null || p.first() > 0 && Lexicon.ASSIST_VERBS_BEFORE.contains(t.get(p.first() - 1).lower())) {
            // "aimed to assist 1.9 million by the end of the year": the people may be elided after the verb
            return assisted(t, p, index, np, phraseAt);
        }
        return null;
    }

    /** Hospital counts ("taken to hospital", "in hospital", "sought medical help"), not "treated in hospital". */
    private static boolean isHospitalCount(List<Token> t, Predicate pred) {
        String first = t.get(pred.start()).lower();
        String last = t.get(pred.end() - 1).lower();
        return (first.equals("in") || first.equals("admitted") || first.equals("taken") || first.equals("sought"))
                && (last.startsWith("hospital") || first.equals("sought"));
    }

    /** Scans the words after the noun phrase for a casualty predicate, stepping over parentheticals. */
    private static Predicate predicate(List<Token> t, int from, int[] phraseAt) {
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
            if (phraseAt[j] >= 0 && !tk.is("a") && !tk.is("an") || CLAUSE_BREAKS.contains(w)) {
                return null;
            }
            if (w.equals("among") || w.equals("amongst")) {
                return SUBSET;
            }
            if (Lexicon.PASSIVE_MARKERS.contains(w)) {
                passive = true;
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

    /** Steps over ", or 75% of the population," / "(mostly women)" / "— roughly 85% —"; returns j when none. */
    /** Marks every digit token, figure or not (", 85% of the population," opens a parenthetical). */
    private static int[] numberAt(List<Token> t) {
        int[] at = new int[t.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = t.get(k).isDigits() ? k : -1;
        }
        return at;
    }

    private static int skipParenthetical(List<Token> t, int j, int[] phraseAt) {
        int n = t.size();
        String w = t.get(j).lower();
        String close;
        if (w.equals("(")) {
            close = ")";
        } else if (w.equals("\u2014") || w.equals("\u2013") || w.equals("-") && t.get(j).spaceBefore()) {
            close = w;
        } else if (w.equals(",") && j + 1 < n && (PARENTHETICAL_OPENERS.contains(t.get(j + 1).lower())
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

    /** "killed or wounded", "dead and injured": the total mixes two metrics. */
    private static boolean isAmbiguousCasualty(List<Token> t, int start, int end) {
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
    private static boolean isActive(List<Token> t, String verb, int end, boolean passive) {
        if (passive || !Lexicon.TRANSITIVE_PREDICATES.contains(verb) || end >= t.size()) {
            return false;
        }
        Token next = t.get(end);
        String w = next.lower();
        if (next.isDigits() || w.equals("a") || w.equals("an") || w.equals("the") || w.equals("him")
                || w.equals("her") || w.equals("them") || w.equals("us") || w.equals("dozens")
                || w.equals("hundreds") || w.equals("thousands") || w.equals("several") || w.equals("more")
                || w.equals("his") || w.equals("their") || w.equals("its") || w.equals("two") || w.equals("three")
                || w.equals("one") || isPerson(t, end) && !next.isCapitalized()) {
            return true;
        }
        return w.equals("at") && end + 1 < t.size() && t.get(end + 1).is("least");
    }

    private static Reading indefinite(List<Token> t, NumberPhrase p, int index, NounPhrase np) {
        if (np.elided() || !isPerson(t, np.head()) || t.get(np.head()).lower().endsWith("s")
                && !t.get(np.head()).lower().endsWith("ss")) {
            return null;
        }
        int verb = verbBefore(t, p.first());
        if (verb >= 0 && Lexicon.VERBS_BEFORE.containsKey(t.get(verb).lower())
                && !Lexicon.VERBS_BEFORE_NEEDING_METRIC_NOUN.contains(t.get(verb).lower())
                && !t.get(verb).is("sheltering")) {
            return new Reading(index, Lexicon.VERBS_BEFORE.get(t.get(verb).lower()), null, verb, np.end());
        }
        int n = t.size();
        int j = np.end();
        while (j < n && INDEFINITE_LINKS.contains(t.get(j).lower())) {
            j++;
        }
        if (j >= n) {
            return null;
        }
        List<Lexicon.Phrase> candidates = Lexicon.PREDICATES_BY_FIRST_WORD.get(t.get(j).lower());
        if (candidates == null) {
            return null;
        }
        for (Lexicon.Phrase ph : candidates) {
            if (ph.matches(t, j)) {
                int end = j + ph.words().length;
                boolean passive = j > np.end();
                if (isActive(t, t.get(j).lower(), end, passive) || isAmbiguousCasualty(t, j, end)
                        || ph.metric() == Metric.DISPLACED) {
                    return null;
                }
                return new Reading(index, ph.metric(), null, p.first(), end);
            }
        }
        return null;
    }

    // ---- verbs and tolls before the number --------------------------------------------------------------------

    /** @return index of a governing verb or "X of" noun right before the number, or -1 */
    private static int verbBefore(List<Token> t, int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).is("another") || t.get(j).is("also") || t.get(j).is("reportedly")
                || t.get(j).is("allegedly") || t.get(j).is("additional") || t.get(j).is("further")
                || (t.get(j).is("a") || t.get(j).is("an")) && j + 1 < first)) {
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
        return -1;
    }

    private static Metric verbMetric(List<Token> t, int verb) {
        String w = t.get(verb).lower();
        if (w.equals("dead")) {
            return Metric.KILLED;
        }
        Metric m = Lexicon.VERBS_BEFORE.get(w);
        return m != null ? m : Lexicon.NOUNS_OF.get(w);
    }

    private static Reading verbReading(List<Token> t, NumberPhrase p, int index, NounPhrase np, int verb, Metric m) {
        String w = t.get(verb).lower();
        int end = Math.max(p.end(), np.end());
        if (np.elided()) {
            // "killing 12 in Rafah": only a clause boundary or preposition may follow an elided object
            int n = t.size();
            int after = p.end();
            if (after < n && t.get(after).isWord() && !NP_STOP.contains(t.get(after).lower())
                    && !t.get(after).is("more") && !t.get(after).is("others")) {
                return null;
            }
        }
        if (Lexicon.VERBS_BEFORE_NEEDING_METRIC_NOUN.contains(w)) {
            Metric fromNoun = nounMetric(t, np);
            return fromNoun == null ? null : new Reading(index, fromNoun, unitFor(t, np), verb, end);
        }
        if (m == Metric.DISPLACED && (w.startsWith("evacuat")) && evacuatedNotDisplaced(t, np)) {
            // a medical evacuation ("evacuated 300 wounded Palestinians") counts neither displacement nor injuries
            return NO_FIGURE;
        }
        if (m == Metric.HOSTAGES && w.startsWith("captur") && !np.elided()
                && !isPerson(t, np.head())) {
            return null;
        }
        return new Reading(index, m, unitFor(t, np), verb, end);
    }

    /** Marks a number that a verb rules out as a figure (as opposed to null: "not decided here"). */
    private static final Reading NO_FIGURE = new Reading(-1, Metric.KILLED, null, 0, 0);

    private static Metric nounMetric(List<Token> t, NounPhrase np) {
        if (!np.elided()) {
            Metric m = Lexicon.METRIC_WORDS.get(t.get(np.head()).lower());
            if (m != null) {
                return m;
            }
        }
        for (int k : np.modifiers()) {
            Metric m = Lexicon.METRIC_WORDS.get(t.get(k).lower());
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static boolean evacuatedNotDisplaced(List<Token> t, NounPhrase np) {
        if (!np.elided() && Lexicon.NOT_DISPLACED_WHEN_EVACUATED.contains(t.get(np.head()).lower())) {
            return true;
        }
        for (int k : np.modifiers()) {
            if (Lexicon.NOT_DISPLACED_WHEN_EVACUATED.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The death toll in Gaza has risen to", "the number of people killed ... reached", "bringing the total to".
     *
     * @return {start token, metric ordinal or -1 for "inherit the previous figure's metric"}, or null
     */
    /** Nouns that, after "bringing", stand for the running total of the previous figure's metric. */
    private static final Set<String> TOTAL_NOUNS = Lexicon.words("total", "tally", "count", "losses", "figure");

    private static final Set<String> BRING_VERBS = Lexicon.words(
            "bringing", "brings", "brought", "bring", "pushing", "pushes", "taking", "takes", "raising", "raises");

    /** "bringing the total", "brings its losses", "raising the overall tally". */
    private static boolean broughtBefore(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = t.get(k).lower();
            if (BRING_VERBS.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || w.equals("its") || w.equals("their") || w.equals("our") || w.equals("overall")
                    || w.equals("his") || w.equals("total") || w.equals("death"))) {
                return false;
            }
        }
        return false;
    }

    private static int[] nominalBefore(List<Token> t, int first, int[] phraseAt) {
        // the words right before the number must link it to a subject: "has risen to", "stands at", "of"
        int j = first - 1;
        while (j >= 0 && j >= first - 6 && Lexicon.TOLL_LINKS.contains(t.get(j).lower())
                && phraseAt[j] < 0 && !Lexicon.TOLL_WORDS.containsKey(t.get(j).lower())
                && !TOTAL_NOUNS.contains(t.get(j).lower()) && !BRING_VERBS.contains(t.get(j).lower())) {
            j--;
        }
        // "toll passes 2,800": the verb is the number's qualifier, so no link word is left between them
        if (j == first - 1 && !(j >= 0 && Lexicon.TOLL_WORDS.containsKey(t.get(j).lower())
                && t.get(first).isWord())) {
            return null;
        }
        for (int steps = 0; j >= 0 && steps < 22; j--, steps++) {
            Token tk = t.get(j);
            String w = tk.lower();
            if (tk.isPunct() && !tk.is("'") || phraseAt[j] >= 0 && !tk.is("a") && !tk.is("an")) {
                return null;
            }
            if (TOTAL_NOUNS.contains(w) && broughtBefore(t, j)) {
                // "bringing the total to 178", "bringing its losses since the start of the operation to 78"
                int bring = j - 1;
                while (bring >= 0 && !t.get(bring).lower().startsWith("br") && !t.get(bring).is("pushing")
                        && !t.get(bring).is("taking")) {
                    bring--;
                }
                return new int[] {Math.max(0, bring), w.equals("losses") ? Metric.KILLED.ordinal() : -1};
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
                for (int k = j + 2; k < first; k++) {
                    Metric m = Lexicon.TOLL_QUALIFIERS.get(t.get(k).lower());
                    if (m == null) {
                        m = Lexicon.METRIC_WORDS.get(t.get(k).lower());
                    }
                    if (m != null) {
                        return new int[] {j, m.ordinal()};
                    }
                }
                return null;
            }
            Metric direct = Lexicon.TOLL_QUALIFIERS.get(w);
            if (direct != null && (w.equals("deaths") || w.equals("fatalities") || w.equals("injuries")
                    || w.equals("arrests") || w.equals("dead") && j > 0 && t.get(j - 1).is("the"))) {
                return new int[] {j, direct.ordinal()};
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals("and") || w.equals("as") || w.equals("when")) {
                return null;
            }
        }
        return null;
    }

    // ---- people assisted --------------------------------------------------------------------------------------

    private static Reading assisted(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        int n = t.size();
        int before = p.first() - 1;
        while (before > 0 && (t.get(before).is("only") || t.get(before).is("just") || t.get(before).is("another"))) {
            before--;
        }
        boolean cue = false;
        boolean helpedBy = false;
        int spanFirst = p.first();
        int spanEnd = np.end();
        if (before >= 0 && Lexicon.ASSIST_VERBS_BEFORE.contains(t.get(before).lower())) {
            cue = true;
            helpedBy = true;
            spanFirst = before;
        } else if (before >= 0 && t.get(before).is("to")) {
            for (int k = before - 1; k >= Math.max(0, before - 8); k--) {
                if (t.get(k).isPunct()) {
                    break;
                }
                if (DELIVERY_VERBS.contains(t.get(k).lower())) {
                    cue = true;
                    spanFirst = k;
                    break;
                }
            }
        } else {
            for (int k = np.end(); k < Math.min(n, np.end() + 5); k++) {
                Token tk = t.get(k);
                if (tk.isPunct() || phraseAt[k] >= 0 && !tk.is("a")) {
                    break;
                }
                if (Lexicon.ASSIST_PREDICATES.contains(tk.lower())) {
                    cue = true;
                    spanEnd = k + 1;
                    break;
                }
            }
        }
        // "..., distributing food in the capital, reaching 8,000 people": a participle opening the figure's clause
        // continues the clause before it, where the aid is named
        boolean participleClause = spanFirst == MetricReader.clause(t, p.first())[0]
                && t.get(spanFirst).lower().endsWith("ing");
        // "the UN refugee agency said it had helped 1.3 million people": an aid organisation's help is aid, whatever
        // it was
        if (!cue || !(clauseHas(t, p.first(), ASSIST_CUES) || participleClause && sentenceHas(t, ASSIST_CUES)
                || helpedBy && sentenceHas(t, AID_ACTORS))) {
            return null;
        }
        return new Reading(index, Metric.PEOPLE_ASSISTED, unitFor(t, np), spanFirst, spanEnd);
    }

    // ---- aid --------------------------------------------------------------------------------------------------

    private static Reading trucks(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = t.get(np.head()).lower();
        for (int m : np.modifiers()) {
            if (Lexicon.NOT_AID_MODIFIERS.contains(t.get(m).lower())) {
                return null;
            }
        }
        List<Integer> words = new ArrayList<>(np.modifiers());
        int complementEnd = complement(t, np.end(), phraseAt, words);
        int end = Math.max(np.end(), complementEnd);
        boolean fuel = false;
        boolean aid = false;
        for (int k : words) {
            String w = t.get(k).lower();
            fuel |= Lexicon.FUEL_CUES.contains(w) && !w.startsWith("tanker");
            aid |= Lexicon.AID_CUES.contains(w);
        }
        if (fuel) {
            return new Reading(index, Metric.FUEL_TRUCKS, null, p.first(), end);
        }
        if (aid) {
            return new Reading(index, Metric.AID_TRUCKS, null, p.first(), end);
        }
        if (head.startsWith("tanker")) {
            return new Reading(index, Metric.FUEL_TRUCKS, null, p.first(), np.end());
        }
        if (sentenceHas(t, Lexicon.AID_CUES)) {
            return new Reading(index, Metric.AID_TRUCKS, null, p.first(), np.end());
        }
        return null;
    }

    private static final Set<String> COMPLEMENT_STOPS = Lexicon.words(
            "since", "after", "before", "on", "at", "by", "for", "during", "over", "across", "via", "toward",
            "towards", "until", "as", "which", "that", "who", "was", "is", "had", "will", "would", "could");

    /** Collects the words of "of aid", "carrying medicine and food", "loaded with fuel" after a head. */
    private static int complement(List<Token> t, int from, int[] phraseAt, List<Integer> words) {
        int n = t.size();
        if (from >= n) {
            return from;
        }
        String w = t.get(from).lower();
        if (!(w.equals("of") || w.equals("carrying") || w.equals("with") || w.equals("loaded")
                || w.equals("laden") || w.equals("containing") || w.equals("transporting") || w.equals("bringing")
                || w.equals("filled") || w.equals("full") || w.equals("delivering") || w.equals("packed"))) {
            return from;
        }
        int end = from;
        for (int k = from + 1; k < Math.min(n, from + 8); k++) {
            Token tk = t.get(k);
            if (tk.isPunct() || phraseAt[k] >= 0 && !tk.is("a") || CLAUSE_BREAKS.contains(tk.lower())
                    || COMPLEMENT_STOPS.contains(tk.lower())
                    || tk.is("through") || tk.is("into") || tk.is("to") || tk.is("from") || tk.is("in")
                    || tk.is("have") || tk.is("has") || tk.is("were") || tk.is("are") || tk.is("entered")) {
                break;
            }
            words.add(k);
            if (Lexicon.SUBSTANCES.containsKey(tk.lower()) || Lexicon.AID_CUES.contains(tk.lower())) {
                end = k + 1;
            }
        }
        return end;
    }

    private static Reading flights(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        List<Integer> words = new ArrayList<>(np.modifiers());
        int complementEnd = complement(t, np.end(), phraseAt, words);
        // "a military plane carrying 37 tonnes of food" is a relief flight whatever kind of plane it is
        boolean carriesAid = carriesMeasuredAid(t, np.end(), complementEnd, phraseAt);
        for (int m : np.modifiers()) {
            if (Lexicon.NOT_AID_MODIFIERS.contains(t.get(m).lower()) && !carriesAid) {
                return null;
            }
        }
        for (int k : words) {
            String w = t.get(k).lower();
            if (w.equals("aid") || w.equals("relief") || w.equals("humanitarian") || w.equals("supplies")
                    || w.equals("medical") || w.equals("food") || w.equals("medicine") || w.equals("water")) {
                return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), Math.max(np.end(), complementEnd));
            }
        }
        if (carriesAid) {
            // "3 planes carrying 100 tonnes of food": the cargo is a figure of its own, the planes are flights
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), np.end() + 1);
        }
        String head = t.get(np.head()).lower();
        if (head.startsWith("airdrop") && sentenceHas(t, AID_CONTEXT)) {
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), np.end());
        }
        return null;
    }

    /** Verbs of a flight's cargo: "carrying 100 tonnes of food", "dropped 38,000 meals". */
    private static final Set<String> CARRYING_VERBS = Lexicon.words("carrying", "with", "loaded", "laden",
            "transporting", "bringing", "delivering", "dropped", "airdropped", "dropping", "delivered", "brought");

    /** Words between a flight and its cargo verb that change nothing: a day, a part of it, an auxiliary. */
    private static final Set<String> FLIGHT_ADJUNCTS = Lexicon.words("on", "this", "last", "today", "yesterday",
            "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
            "afternoon", "evening", "night", "had", "have", "has", "also");

    /**
     * Whether the flight head at {@code headEnd} is followed by a carrying verb whose object is another number
     * phrase of aid ("carrying 100 tonnes of food", "with 35 tonnes of relief supplies").
     */
    private static boolean carriesMeasuredAid(List<Token> t, int headEnd, int complementEnd, int[] phraseAt) {
        int v = headEnd;
        // "three more planes on Monday carrying 120 tonnes", "two C-130 aircraft had dropped 11,500 meals"
        for (int skipped = 0; v < t.size() && skipped < 3 && FLIGHT_ADJUNCTS.contains(t.get(v).lower()); skipped++) {
            v++;
        }
        if (v >= t.size() || !CARRYING_VERBS.contains(t.get(v).lower())) {
            return false;
        }
        int k = v + 1;
        if (k < t.size() && (t.get(k).is("with") || t.get(k).is("some") || t.get(k).is("about"))) {
            k++;
        }
        if (k >= t.size() || phraseAt[k] < 0) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
            Token tk = t.get(j);
            if (tk.isPunct() || CLAUSE_BREAKS.contains(tk.lower())) {
                break;
            }
            if (Lexicon.SUBSTANCES.containsKey(tk.lower()) || Lexicon.AID_CUES.contains(tk.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Reading shelter(List<Token> t, NumberPhrase p, int index, NounPhrase np) {
        if (!sentenceHas(t, AID_CONTEXT)) {
            return null;
        }
        String head = t.get(np.head()).lower();
        String unit = head.equals("sleeping") ? "sleeping bags" : head.endsWith("s") ? head : head + "s";
        if (head.equals("mattress")) {
            unit = "mattresses";
        }
        return new Reading(index, Metric.SHELTER_ITEMS, unit, p.first(), np.end());
    }

    /** "600,000 litres of fuel", "1,000 tonnes of flour", "10,000 food parcels", "5,000 hygiene kits". */
    private static Reading supplies(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = t.get(np.head()).lower();
        int headEnd = np.end();
        String unit = Lexicon.MEASURES.get(head);
        if ("m3".equals(unit)) {
            if (headEnd < t.size() && (t.get(headEnd).is("metres") || t.get(headEnd).is("meters"))) {
                headEnd++;
            } else {
                return null;
            }
        }
        boolean container = unit == null;
        if (container) {
            unit = Lexicon.CONTAINERS.get(head);
        }
        Metric metric = null;
        for (int m : np.modifiers()) {
            metric = firstNonNull(metric, Lexicon.SUBSTANCES.get(t.get(m).lower()));
        }
        List<Integer> words = new ArrayList<>();
        int complementEnd = complement(t, headEnd, phraseAt, words);
        if (metric == null) {
            for (int k : words) {
                metric = firstNonNull(metric, Lexicon.SUBSTANCES.get(t.get(k).lower()));
            }
            boolean liquid = metric == Metric.FUEL || metric == Metric.WATER;
            if (metric != null && coordinatesTwoKinds(t, words)
                    && !(liquid && ("litres".equals(unit) || "gallons".equals(unit)))) {
                // "100 tonnes of food and medical supplies": a mixed load is relief supplies, not food; but litres
                // measure the liquid of "9,300 litres of fuel and medical supplies", not the rest of the load
                metric = Metric.RELIEF_SUPPLIES;
            }
        }
        if (metric == null && container && (head.equals("meals") || head.equals("rations") || head.equals("loaves"))) {
            metric = Metric.FOOD;
        }
        if (metric == null || metric == Metric.RELIEF_SUPPLIES && !container && words.isEmpty()
                && np.modifiers().isEmpty()) {
            return null;
        }
        if (!sentenceHas(t, AID_CONTEXT) && !(metric.kind() == Metric.Kind.AID && hasAidWord(t, np, words))) {
            return null;
        }
        return new Reading(index, metric, unit, p.first(), Math.max(headEnd, complementEnd));
    }

    /** Whether "and" joins substances of two different metrics in a complement ("of food and medicine"). */
    private static boolean coordinatesTwoKinds(List<Token> t, List<Integer> words) {
        Metric before = null;
        for (int i = 0; i < words.size(); i++) {
            String w = t.get(words.get(i)).lower();
            if (w.equals("and") || w.equals(",")) {
                if (before == null) {
                    continue;
                }
                for (int j = i + 1; j < words.size(); j++) {
                    Metric after = Lexicon.SUBSTANCES.get(t.get(words.get(j)).lower());
                    if (after != null) {
                        return after != before;
                    }
                }
                return false;
            }
            Metric m = Lexicon.SUBSTANCES.get(w);
            if (m != null && before == null) {
                before = m;
            }
        }
        return false;
    }

    private static boolean hasAidWord(List<Token> t, NounPhrase np, List<Integer> words) {
        for (int k : np.modifiers()) {
            if (Lexicon.AID_CUES.contains(t.get(k).lower())) {
                return true;
            }
        }
        for (int k : words) {
            if (Lexicon.AID_CUES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static Metric firstNonNull(Metric a, Metric b) {
        return a != null ? a : b;
    }

    /** "$100 million in humanitarian aid", "pledged €25 million": money with an aid cue and no cost/arms cue. */
    private static Reading funding(List<Token> t, NumberPhrase p, int index, NounPhrase np, String unit) {
        int[] clause = clause(t, p.first());
        int converted = conversionEnd(t, p.end());
        if (converted > 0) {
            // "€50 million ($54 million) in humanitarian aid": the bracket restates the sum in dollars, and the
            // words that make it aid come after it
            int e = converted;
            while (e < t.size() && !isClauseMark(t.get(e))) {
                e++;
            }
            clause = new int[] {clause[0], e};
        }
        boolean cue = false;
        for (int k = clause[0]; k < clause[1]; k++) {
            String w = t.get(k).lower();
            if (Lexicon.NOT_FUNDING_CUES.contains(w)) {
                return null;
            }
            cue |= Lexicon.FUNDING_CUES.contains(w) && !(w.equals("who") && !t.get(k).text().equals("WHO"));
        }
        if (!cue && !(clauseHas(t, p.first(), GIVING_VERBS) && sentenceHas(t, Lexicon.FUNDING_CUES))) {
            return null;
        }
        int end = np.elided() ? p.end() : np.end();
        return new Reading(index, Metric.FUNDING, unit, p.first(), end);
    }

    /**
     * Verbs giving money: with an aid word elsewhere in the sentence they make a sum funding ("Britain announced £15
     * million for Sudan, on top of the £89 million it had already allocated").
     */
    private static final Set<String> GIVING_VERBS = Lexicon.words("announced", "announces", "gave", "gives",
            "given", "sent", "provided", "provides", "released", "approved", "committed", "offered", "unveiled");

    /**
     * @return the token after a bracketed conversion of the sum just read ("(about $54 million)", "(£53m)"), or
     *     -1 when {@code at} does not open one
     */
    private static int conversionEnd(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).is("(")) {
            return -1;
        }
        boolean money = false;
        for (int k = at + 1; k < t.size() && k <= at + 8; k++) {
            Token tk = t.get(k);
            if (tk.is(")")) {
                return money ? k + 1 : -1;
            }
            money |= Lexicon.CURRENCIES.containsKey(tk.lower());
        }
        return -1;
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

    private static boolean isClauseMark(Token tk) {
        String w = tk.lower();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
                || w.equals("\u2014") || w.equals("\u2013") || w.equals("-") && tk.spaceBefore();
    }

    private static boolean clauseHas(List<Token> t, int at, Set<String> words) {
        int[] c = clause(t, at);
        for (int k = c[0]; k < c[1]; k++) {
            if (words.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceHas(List<Token> t, Set<String> words) {
        for (Token tk : t) {
            if (words.contains(tk.lower())) {
                return true;
            }
        }
        return false;
    }
}
