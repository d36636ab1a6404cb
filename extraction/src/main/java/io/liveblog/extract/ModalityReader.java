package io.liveblog.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells figures that happened (reported) from figures that are planned ("expected to be freed", "set to enter",
 * "will be released", "are due to") and from feared or projected ones ("feared dead", "may be homeless", "could
 * rise", "an estimated ... could").
 *
 * <p>Cues are read in the figure's clause (between commas, semicolons and dashes) and up to the end of the words
 * that state it. A projection cue wins over a plan cue. Negated capacity ("could not be verified", "cannot") is no
 * cue. "Expected to"/"set to" before a verb of growth or death ("expected to rise", "expected to die") projects;
 * before anything else it plans.
 */
final class ModalityReader {

    private static final WordSet PROJECTED = Lexicon.words(
            "feared", "fear", "fears", "fearing", "might", "could", "likely", "possibly", "potentially", "risk",
            "projected", "projection", "projections", "forecast", "forecasts", "predicted", "predicts", "presumed",
            "potential", "scenario", "may");

    private static final WordSet PLANNED = Lexicon.words(
            "will", "'ll", "would", "scheduled", "plans", "planned", "planning", "plan", "awaiting", "slated",
            "promised", "upcoming", "tomorrow", "intends", "aims", "aimed", "aiming", "due");

    private static final WordSet GROWTH_VERBS = Lexicon.words(
            "rise", "climb", "increase", "grow", "reach", "die", "double", "surge", "soar", "top", "exceed", "go");

    /** "believed to have ..." these: a toll supposed, not counted. */
    private static final WordSet DEATH_PERFECTS = Lexicon.words("died", "drowned", "perished", "been");

    /** Verbs after "due to" that make it a schedule ("due to enter"), not a cause ("due to the fighting"). */
    private static final WordSet SCHEDULED_VERBS = Lexicon.words(
            "enter", "arrive", "be", "begin", "start", "leave", "cross", "reach", "land", "resume", "take", "meet",
            "hold", "return", "depart", "open", "reopen", "end", "expire", "go", "get", "receive", "travel");

    /** Words after "and"/"but" that start another verb phrase, whose modality is not the figure's. */
    private static final WordSet NEW_VERB_PHRASE = Lexicon.words(
            "would", "will", "could", "may", "might", "should", "can", "plans", "planned", "is", "are", "was", "were",
            "has", "have", "had", "said", "says", "warned", "expects", "expected", "hopes", "intends", "aims", "aimed",
            "aiming", "pledged", "promised", "vowed");

    /** Verbs of giving money: "will give", "will provide" a sum is a pledge, which counts as reported funding. */
    private static final WordSet GIVING_VERBS = Lexicon.words(
            "give", "provide", "contribute", "donate", "allocate", "grant", "commit", "pledge");

    private static final WordSet PLANNED_PARTICIPLES = Lexicon.words(
            "released", "freed", "delivered", "sent", "allowed", "handed", "admitted", "evacuated", "exchanged",
            "transferred", "distributed", "let", "returned", "swapped");

    /** Every word the reader reacts to, for {@link WordClasses}. */
    private static final Set<String> CUES = cues();

    private static Set<String> cues() {
        java.util.HashSet<String> words = new java.util.HashSet<>(PROJECTED);
        words.addAll(PLANNED);
        words.addAll(java.util.List.of("expected", "set", "poised", "believed", "thought", "due", "to", "agreed",
                "going", "ready", "prepared", "waiting", "committed", "way", "cannot", "couldn't", "can't", "could", "may",
                "might", "would"));
        return Lexicon.lookup(words);
    }

    /** @return the words that may be modality cues */
    static Set<String> cueWords() {
        return CUES;
    }

    private ModalityReader() {
    }

    /**
     * @param t the sentence's tokens
     * @param first first token of the figure's words
     * @param end token index just past the figure's words
     * @param metric the figure's metric ("30 missing and feared dead": the fear is about deaths, not the missing)
     * @return the figure's modality
     */
    static Modality modality(List<Token> t, int first, int end, Metric metric) {
        int[] clause = MetricReader.clause(t, first);
        int from = clause[0];
        int to = Math.min(t.size(), Math.max(end, clause[1]));
        // "sent 250 tonnes of aid and would fund a hospital": a coordinated verb phrase has its own modality
        for (int k = end; k + 1 < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("but") || w.equals("while") || w.equals("whereas")
                    || w.equals("and") && NEW_VERB_PHRASE.contains(t.get(k + 1))) {
                to = k;
                break;
            }
        }
        boolean planned = false;
        for (int j = from; j < to; j++) {
            Token tk = t.get(j);
            if (!tk.hasClass(WordClasses.MODALITY)) {
                continue;
            }
            String w = tk.lower();
            if (negated(t, j)) {
                continue;
            }
            if (w.equals("may") && tk.isCapitalized()) {
                continue;
            }
            if ((w.equals("expected") || w.equals("set") || w.equals("poised")) && j + 2 < t.size()
                    && t.get(j + 1).is("to")) {
                String verb = t.get(j + 2).lower();
                if (GROWTH_VERBS.contains(t.get(j + 2)) || verb.equals("be") && j + 3 < t.size()
                        && (t.get(j + 3).is("killed") || t.get(j + 3).is("displaced") || t.get(j + 3).is("homeless"))) {
                    return Modality.PROJECTED;
                }
                planned |= !w.equals("set") || !verb.equals("up");
                continue;
            }
            if (w.equals("believed") && j + 1 < t.size() && (t.get(j + 1).is("dead") || t.get(j + 1).is("killed")
                    || t.get(j + 1).is("buried") || t.get(j + 1).is("trapped")
                    || j + 3 < t.size() && t.get(j + 1).is("to") && t.get(j + 2).is("be")
                    && (t.get(j + 3).is("dead") || t.get(j + 3).is("buried") || t.get(j + 3).is("trapped")
                    || t.get(j + 3).is("under")))) {
                return Modality.PROJECTED;
            }
            if ((w.equals("believed") || w.equals("thought")) && j + 3 < t.size() && t.get(j + 1).is("to")
                    && t.get(j + 2).is("have") && DEATH_PERFECTS.contains(t.get(j + 3))) {
                return Modality.PROJECTED; // "45 migrants are believed to have died"
            }
            if (w.equals("expected") && j > 0 && isBe(t.get(j - 1)) && !(j + 1 < t.size() && t.get(j + 1).is("to"))) {
                // "two tankers of diesel are expected next week"; "more deaths are expected"
                if (metric.kind() != Metric.Kind.AID) {
                    return Modality.PROJECTED;
                }
                planned = true;
                continue;
            }
            if (metric.kind() == Metric.Kind.AID && (w.equals("waiting") && j > 0 && isBe(t.get(j - 1))
                    || w.equals("way") && j > 1 && t.get(j - 2).is("on") && isPossessive(t.get(j - 1)))) {
                planned = true; // aid "waiting at the crossing" or "on its way" has not arrived
                continue;
            }
            if (w.equals("thought") && j + 2 < t.size() && t.get(j + 1).is("to") && t.get(j + 2).is("be")) {
                return Modality.PROJECTED;
            }
            if (w.startsWith("fear") && j + 1 < t.size() && t.get(j + 1).is("for")) {
                continue; // "families of 137 hostages fear for loved ones": a worry about people, not a projection
            }
            if (PROJECTED.contains(w)) {
                if (metric != Metric.KILLED && (w.equals("feared") || w.equals("presumed")) && j + 1 < t.size()
                        && (t.get(j + 1).is("dead") || t.get(j + 1).is("killed"))) {
                    continue;
                }
                return Modality.PROJECTED;
            }
            if (w.equals("due") && !(j > 0 && isBe(t.get(j - 1))) && !(j + 2 < t.size() && t.get(j + 1).is("to")
                    && SCHEDULED_VERBS.contains(t.get(j + 2)))) {
                continue;
            }
            if (metric == Metric.FUNDING && (w.equals("will") || w.equals("'ll")) && j + 1 < t.size()
                    && GIVING_VERBS.contains(t.get(j + 1))) {
                continue; // "Japan says it will give a further $65m": money pledged is reported (gold/README.md)
            }
            if (PLANNED.contains(w) || w.equals("to") && j + 2 < t.size() && t.get(j + 1).is("be")
                    && PLANNED_PARTICIPLES.contains(t.get(j + 2))
                    || (w.equals("agreed") || w.equals("going") || w.equals("ready") || w.equals("prepared")
                    || w.equals("waiting") || w.equals("committed")) && j + 1 < t.size() && t.get(j + 1).is("to")) {
                planned = true;
            }
        }
        return planned ? Modality.PLANNED : Modality.REPORTED;
    }

    private static boolean isPossessive(Token tk) {
        String w = tk.lower();
        return w.equals("its") || w.equals("their") || w.equals("the");
    }

    private static boolean isBe(Token tk) {
        String w = tk.lower();
        return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("be");
    }

    private static boolean negated(List<Token> t, int j) {
        String w = t.get(j).lower();
        if (w.equals("cannot") || w.equals("couldn't") || w.equals("can't")) {
            return true;
        }
        return (w.equals("could") || w.equals("may") || w.equals("might") || w.equals("would"))
                && j + 1 < t.size() && t.get(j + 1).is("not") && j + 2 < t.size()
                && (t.get(j + 2).is("be") || t.get(j + 2).is("independently") || t.get(j + 2).is("confirm")
                || t.get(j + 2).is("verify"));
    }
}
