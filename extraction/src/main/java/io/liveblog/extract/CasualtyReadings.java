package io.liveblog.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads casualty figures (killed, injured, missing, hostages, displaced, arrested) from the noun phrase, its
 * predicate or the verb before it: "150 wounded people", "another 240 taken hostage", "a soldier was also
 * killed", "killing at least 12", and the figures that share a casualty verb ("... and 11 on Wednesday"). A count
 * of people that no casualty word reads may still be people assisted, which {@link #casualty} hands on.
 *
 * <p>Separate from the aid readings ({@link AidDeliveryReadings}, {@link AssistanceAndFundingReadings}), which
 * read their figures from other words.
 */
final class CasualtyReadings {

    /** Words allowed between an indefinite noun phrase and its verb ("a soldier was also killed"). */
    private static final WordSet INDEFINITE_LINKS = Lexicon.words(
            "was", "has", "had", "is", "been", "being", "reportedly", "also", "later", "allegedly", "confirmed",
            "feared", "believed", "critically", "seriously", "severely", "lightly", "moderately", "badly",
            "mortally", "subsequently", "then", "since", "presumed", "to", "be", "apparently",
            // hedged reports ("an elderly man is said to have died", "a child is thought to have drowned")
            "said", "thought", "have");

    private CasualtyReadings() {
    }

    // ---- casualties -------------------------------------------------------------------------------------------

    static Reading casualty(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = np.elided() ? null : t.get(np.head()).lower();
        WordsAfterNumber.Predicate pred = WordsAfterNumber.predicate(t, np.end(), phraseAt);
        if (pred == WordsAfterNumber.SUBSET) {
            return null;
        }
        if (pred != null && head == null && isHospitalCount(t, pred)) {
            // "Of the 182 injured, 101 remain in hospital": a bare number kept in hospital is part of a group
            // counted before it, not a count of the injured of its own ("80 people remained in hospitals" is)
            return null;
        }
        if (pred != null && pred.metric() == Metric.DISPLACED && p.first() > 0 && t.get(p.first() - 1).is("to")) {
            // "delivered hot meals to 12,000 people sheltering at the base": the people are who received the aid,
            // and where they shelter only says who they are
            Reading assisted = AssistanceAndFundingReadings.assisted(t, p, index, np, phraseAt);
            if (assisted != null) {
                return assisted;
            }
        }
        if (pred != null) {
            return new Reading(index, pred.metric(), MetricReader.unitFor(t, np), p.first(), pred.end());
        }
        Reading arrived = arrivals(t, p, index, np);
        if (arrived != null) {
            return arrived;
        }
        if (head != null && Lexicon.METRIC_WORDS.get(head) == Metric.DISPLACED && p.first() > 0
                && t.get(p.first() - 1).is("to")) {
            // "WFP has given food to 43,000 refugees": the refugees are who received the aid
            Reading assisted = AssistanceAndFundingReadings.assisted(t, p, index, np, phraseAt);
            if (assisted != null) {
                return assisted;
            }
        }
        if (head != null && Lexicon.METRIC_WORDS.containsKey(head)) {
            return new Reading(index, Lexicon.METRIC_WORDS.get(head), null, p.first(), np.end());
        }
        for (int m : np.modifiers()) {
            Metric metric = Lexicon.METRIC_WORDS.get(t.get(m).lower());
            if (metric != null) {
                return new Reading(index, metric, MetricReader.unitFor(t, np), p.first(), np.end());
            }
        }
        if (head != null || p.first() > 0 && AidWords.ASSIST_VERBS_BEFORE.contains(t.get(p.first() - 1))) {
            // "aimed to assist 1.9 million by the end of the year": the people may be elided after the verb
            return AssistanceAndFundingReadings.assisted(t, p, index, np, phraseAt);
        }
        return null;
    }

    /**
     * People told as arriving somewhere since something drove them out: "OCHA estimates that 400,000 people have
     * arrived in Tawila since April 11", "Since armed groups attacked the town, IOM has recorded 11,101 people
     * arriving in Pemba". An arrival without a start or a flight in its sentence ("5,000 people arrived for the
     * concert") is no displacement.
     *
     * @return the displaced reading, or null
     */
    private static Reading arrivals(List<Token> t, NumberPhrase p, int index, NounPhrase np) {
        if (np.elided() || !ARRIVING_PEOPLE.contains(t.get(np.head()))) {
            return null;
        }
        int v = np.end();
        while (v < t.size() && v < np.end() + 2 && (t.get(v).is("have") || t.get(v).is("had") || t.get(v).is("now"))) {
            v++;
        }
        if (v >= t.size() || !ARRIVAL_VERBS.contains(t.get(v)) || !MetricReader.sentenceHas(t, DISPLACEMENT_ONSET)) {
            return null;
        }
        return new Reading(index, Metric.DISPLACED, null, p.first(), v + 1);
    }

    private static final WordSet ARRIVING_PEOPLE = Lexicon.words("people", "persons", "civilians", "refugees",
            "families", "children", "women", "residents", "villagers", "individuals", "rohingyas", "migrants");
    private static final WordSet ARRIVAL_VERBS = Lexicon.words("arrived", "arriving", "arrive", "arrives");
    /** What tells an arrival as flight: a start ("since") or words of fleeing and attack. */
    private static final WordSet DISPLACEMENT_ONSET = Lexicon.words("since", "fled", "fleeing", "displaced",
            "displacement", "attack", "attacked", "fighting", "violence", "escaped", "escaping");

    /** Hospital counts ("taken to hospital", "in hospital", "sought medical help"), not "treated in hospital". */
    private static boolean isHospitalCount(List<Token> t, WordsAfterNumber.Predicate pred) {
        String first = t.get(pred.start()).lower();
        String last = t.get(pred.end() - 1).lower();
        return (first.equals("in") || first.equals("admitted") || first.equals("taken") || first.equals("sought"))
                && (last.startsWith("hospital") || first.equals("sought"));
    }

    static Reading indefinite(List<Token> t, NumberPhrase p, int index, NounPhrase np) {
        if (np.elided() || !MetricReader.isPerson(t, np.head()) || t.get(np.head()).lower().endsWith("s")
                && !t.get(np.head()).lower().endsWith("ss")) {
            return null;
        }
        int verb = WordsBeforeNumber.verbBefore(t, p.first());
        if (verb >= 0 && Lexicon.VERBS_BEFORE.containsKey(t.get(verb).lower())
                && !Lexicon.VERBS_BEFORE_NEEDING_METRIC_NOUN.contains(t.get(verb))
                && !t.get(verb).is("sheltering")) {
            return new Reading(index, Lexicon.VERBS_BEFORE.get(t.get(verb).lower()), null, verb, np.end());
        }
        int n = t.size();
        int j = np.end();
        while (j < n && INDEFINITE_LINKS.contains(t.get(j))) {
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
                if (WordsAfterNumber.isActive(t, t.get(j).lower(), end, passive)
                        || WordsAfterNumber.isAmbiguousCasualty(t, j, end)
                        || ph.metric() == Metric.DISPLACED) {
                    return null;
                }
                return new Reading(index, ph.metric(), null, p.first(), end);
            }
        }
        return null;
    }

    static Reading verbReading(List<Token> t, NumberPhrase p, int index, NounPhrase np, int verb, Metric m) {
        String w = t.get(verb).lower();
        int end = Math.max(p.end(), np.end());
        if (np.elided()) {
            // "killing 12 in Rafah": only a clause boundary or preposition may follow an elided object
            int n = t.size();
            int after = p.end();
            if (after < n && t.get(after).isWord() && !WordsAfterNumber.NP_STOP.contains(t.get(after))
                    && !t.get(after).is("more") && !t.get(after).is("others")) {
                return null;
            }
        }
        if (Lexicon.VERBS_BEFORE_NEEDING_SHELTER.contains(t.get(verb)) && !shelterBefore(t, verb)) {
            return null;
        }
        if (WordsBeforeNumber.SEARCH_VERBS.contains(t.get(verb)) && (np.elided()
                || !MetricReader.isPerson(t, np.head()) || SOUGHT_NOT_MISSING.contains(t.get(np.head())))) {
            // the police "searching for 3 suspects" seek no missing people
            return null;
        }
        if (Lexicon.VERBS_BEFORE_NEEDING_METRIC_NOUN.contains(t.get(verb))) {
            Metric fromNoun = nounMetric(t, np);
            return fromNoun == null ? null : new Reading(index, fromNoun, MetricReader.unitFor(t, np), verb, end);
        }
        if (m == Metric.DISPLACED && (w.startsWith("evacuat")) && evacuatedNotDisplaced(t, np)) {
            // a medical evacuation ("evacuated 300 wounded Palestinians") counts neither displacement nor injuries
            return NO_FIGURE;
        }
        if (m == Metric.HOSTAGES && w.startsWith("captur") && !np.elided()
                && !MetricReader.isPerson(t, np.head())) {
            return null;
        }
        return new Reading(index, m, MetricReader.unitFor(t, np), verb, end);
    }

    /** People searched for who are not missing: suspects and the like. */
    private static final WordSet SOUGHT_NOT_MISSING = Lexicon.words("suspects", "suspect", "gunmen", "gunman",
            "attackers", "attacker", "militants", "fugitives", "escapees", "inmates", "prisoners", "perpetrators");

    /** @return whether a shelter ("camps", "the school") is the verb's subject, a few words before it */
    private static boolean shelterBefore(List<Token> t, int verb) {
        // the shelters may be named with where they are: "Camps in Erbil Governorate shelter about 9,600 more"
        for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
            if (Lexicon.SHELTERS.contains(t.get(k))) {
                return true;
            }
            if (t.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** Marks a number that a verb rules out as a figure (as opposed to null: "not decided here"). */
    static final Reading NO_FIGURE = new Reading(-1, Metric.KILLED, null, 0, 0);

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
        if (!np.elided() && Lexicon.NOT_DISPLACED_WHEN_EVACUATED.contains(t.get(np.head()))) {
            return true;
        }
        for (int k : np.modifiers()) {
            if (Lexicon.NOT_DISPLACED_WHEN_EVACUATED.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., followed by Balochistan with 238": a named part of a breakdown after a figure ("by", "and" or a comma,
     * then a capitalised name, then "with" and a bare number).
     */
    static boolean isNamedPart(List<Token> t, NumberPhrase p) {
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
    static boolean isGapped(List<Token> t, NumberPhrase p) {
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
            if (tk.hasClass(WordClasses.CASUALTY) || Lexicon.PASSIVE_MARKERS.contains(tk)) {
                return false;
            }
        }
        return p.end() + 6 >= n;
    }
}
