package io.liveblog.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells a toll or stock stated as a state ("have been killed", "had died", "have fled", "are sheltering", "are
 * missing", "displaced people") from a new incident. A perfect tense or a present state reports where a count
 * stands, which annotators code as a running total, unless the same clause ties the figure to one incident ("in a
 * strike", "when the building collapsed") or to a period ("overnight", "in the past 24 hours", "on Saturday").
 */
final class StateReading {

    private static final WordSet PERFECT = Lexicon.words("have", "has", "had", "'ve");

    /** Participles that, after "have been", "have" or "are", state a casualty or displacement count. */
    private static final WordSet STATE_PARTICIPLES = Lexicon.words(
            "killed", "wounded", "injured", "hurt", "displaced", "detained", "arrested", "died", "fled", "perished",
            "evacuated", "uprooted", "sheltering", "missing", "made", "forced", "driven", "left", "taken",
            "abducted", "kidnapped", "confirmed", "held", "dead", "recorded", "recovered", "buried", "distributed",
            "delivered", "reached", "provided", "assisted", "pitched", "handed", "given", "helped", "served",
            "supplied", "verified", "crossed", "carried", "moved", "relocated");

    /** Present-state verbs: "are sheltering", "are missing", "are feared dead", "are living in camps". */
    private static final WordSet STATE_COPULAS = Lexicon.words("are", "is", "remain", "remains", "remained", "be");

    private static final WordSet PAST_STATES = Lexicon.words("missing", "feared", "unaccounted", "trapped", "waiting");

    private static final WordSet STATE_AFTER_COPULA = Lexicon.words(
            "sheltering", "missing", "feared", "displaced", "homeless", "living", "staying", "trapped",
            "unaccounted", "stranded", "held", "detained", "camped", "sleeping", "waiting", "in", "buried");

    /** Participles that state where people are when they follow the figure with no verb: "500,000 sheltering". */
    private static final WordSet BARE_STATES = Lexicon.words("sheltering", "living", "staying", "camped", "stranded");

    /** Present-tense verbs of a place holding people: "the camp, which shelters 500,000 people". */
    private static final WordSet HOLDING_VERBS = Lexicon.words("shelters", "hosts", "houses", "shelter", "host",
            "house");

    /** Single incidents: "in a strike", "by an explosion", "in the blast". */
    private static final WordSet INCIDENT_NOUNS = Lexicon.words(
            "strike", "airstrike", "air-strike", "attack", "raid", "blast", "explosion", "bombing", "shelling",
            "collapse", "ambush", "shooting", "stabbing", "crash", "landslide", "fire", "massacre", "drone",
            "missile", "rocket", "bombardment", "incident", "stampede", "clash", "clashes", "debris", "shrapnel");

    /** Verbs of a single event: "after the dam burst", "when the building collapsed". */
    private static final WordSet INCIDENT_VERBS = Lexicon.words(
            "burst", "collapsed", "exploded", "crashed", "capsized", "detonated");

    /** A clause opened by these after the figure turns it into the increment of a total ("..., bringing ..."). */
    private static final WordSet TOTAL_OPENERS = Lexicon.words("bringing", "raising", "taking", "pushing");

    private static final WordSet DETERMINERS = Lexicon.words(
            "a", "an", "the", "by", "from", "this", "that", "one", "single", "another", "monday's", "tuesday's", "wednesday's",
            "thursday's", "friday's", "saturday's", "sunday's", "yesterday's", "today's", "sunday", "saturday");

    private static final WordSet DAYS = Lexicon.words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tonight", "overnight");

    /** "this week", "this morning": the period a count was made in, not a total to date. */
    private static final WordSet PERIODS_OF_NOW = Lexicon.words(
            "week", "weekend", "morning", "afternoon", "evening");

    private StateReading() {
    }

    /**
     * @param t the sentence's tokens
     * @param own {start, end} tokens of the figure's clause
     * @param first first token of the figure's words
     * @param end token just past the figure's words
     * @return whether the figure is a toll or stock stated as a state with no incident or period in its clause
     */
    static boolean isStock(List<Token> t, int[] own, int first, int end) {
        int from = Math.min(own[0], first);
        int to = Math.max(own[1], end);
        if (to + 1 < t.size() && t.get(to).is(",") && TOTAL_OPENERS.contains(t.get(to + 1))) {
            // "two soldiers had been killed, bringing the number killed to 75": the two are the increment
            return false;
        }
        // the state must be the figure's own predicate, not a second figure's ("30 were killed and dozens are
        // missing")
        int predicateEnd = Math.min(to, end + 4);
        return statesAState(t, Math.max(from, first - 4), predicateEnd, first) && !tiedToIncident(t, from, to);
    }

    private static boolean statesAState(List<Token> t, int from, int to, int figureFirst) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (PERFECT.contains(t.get(k))) {
                int j = skipAdverbs(t, k + 1, to);
                if (j < to && t.get(j).is("been")) {
                    j = skipAdverbs(t, j + 1, to);
                }
                if (j < to && STATE_PARTICIPLES.contains(t.get(j))) {
                    return true;
                }
            } else if (STATE_COPULAS.contains(t.get(k))) {
                int j = skipAdverbs(t, k + 1, to);
                if (j + 1 < to && t.get(j).is("to") && t.get(j + 1).is("be")) {
                    j = skipAdverbs(t, j + 2, to); // "are estimated to be internally displaced"
                }
                if (j < to && STATE_AFTER_COPULA.contains(t.get(j))) {
                    return true;
                }
                // "are being treated in hospitals": patients still in care
                if (j + 1 < to && t.get(j).is("being") && t.get(j + 1).is("treated")) {
                    return true;
                }
            } else if (HOLDING_VERBS.contains(w) && k <= figureFirst) {
                // a verb before the figure, not the noun of "40,000 people in shelters"
                return true;
            } else if (w.equals("were")) {
                // a past state that is no news event: "5,000 were missing", "2,000 were feared dead"
                int j = skipAdverbs(t, k + 1, to);
                if (j < to && PAST_STATES.contains(t.get(j))) {
                    return true;
                }
                // "121 people were being treated in hospitals": patients in care when the count was made
                if (j + 1 < to && t.get(j).is("being") && t.get(j + 1).is("treated")) {
                    return true;
                }
            } else if (w.equals("already") && k > figureFirst && k + 1 < t.size() && t.get(k + 1).isWord()
                    && t.get(k + 1).lower().endsWith("ed")) {
                // "the more than 60,000 residents already moved out": a count to date
                return true;
            } else if (BARE_STATES.contains(t.get(k)) && k > figureFirst) {
                // "the half a million sheltering there": a participle of a state right after the figure's noun
                return true;
            } else if (w.equals("homeless")) {
                // "5.3 million homeless", "may be homeless": a state whatever the verb
                return true;
            } else if (w.equals("displaced") && k + 1 < to && (t.get(k + 1).is("people")
                    || t.get(k + 1).is("persons") || t.get(k + 1).is("families") || t.get(k + 1).is("civilians")
                    || t.get(k + 1).is("palestinians") || t.get(k + 1).is("residents")
                    || t.get(k + 1).isCapitalized() && t.get(k + 1).lower().endsWith("s"))) {
                // "displaced people", "displaced Iraqis": people in the state of displacement
                return true;
            }
        }
        return false;
    }

    private static int skipAdverbs(List<Token> t, int j, int to) {
        while (j < to && STATE_ADVERBS.contains(t.get(j))) {
            j++;
        }
        return j;
    }

    /** Words between the auxiliary and the state: "are now internally displaced", "have so far been killed". */
    private static final WordSet STATE_ADVERBS = Lexicon.words(
            "now", "so", "far", "already", "also", "reportedly", "since", "still", "all", "not", "internally",
            "currently", "temporarily", "newly", "effectively", "officially", "believed", "thought", "estimated");

    private static boolean tiedToIncident(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("when") || w.equals("overnight") || INCIDENT_VERBS.contains(t.get(k))) {
                return true;
            }
            if (INCIDENT_NOUNS.contains(t.get(k)) && k > from && DETERMINERS.contains(t.get(k - 1))) {
                return true;
            }
            if (INCIDENT_NOUNS.contains(t.get(k)) && k > from + 1 && DETERMINERS.contains(t.get(k - 2))
                    && t.get(k - 1).isWord()) {
                return true;
            }
            if ((w.equals("past") || w.equals("last") || w.equals("previous")) && k + 1 < to
                    && (t.get(k + 1).is("24") || t.get(k + 1).is("48") || t.get(k + 1).is("day")
                    || t.get(k + 1).is("night") || t.get(k + 1).is("hours") || t.get(k + 1).is("week"))) {
                return true;
            }
            if (w.equals("this") && k + 1 < to && PERIODS_OF_NOW.contains(t.get(k + 1))) {
                // "have evacuated 420 residents this week": a period's count, reported as news
                return true;
            }
            if ((w.equals("on") || w.equals("since")) && k + 1 < to && DAYS.contains(t.get(k + 1))
                    || w.equals("yesterday") || w.equals("today") || w.equals("tonight")) {
                return true;
            }
        }
        return false;
    }
}
