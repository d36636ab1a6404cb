package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a place name stands for an actor ("Israel said", "Egypt's foreign ministry", "the US will",
 * "Iran-backed") or for a location ("in Israel", "Gaza's largest camp", "Israel-Gaza border"), from the words
 * around it. The word lists live in {@code actor-cues.tsv} so they can be tuned without touching code.
 *
 * <p>Rules, first applicable wins:
 * <ol>
 *   <li>Possessive followed, within five words and before a clause boundary, by an institution word: actor
 *       ("Lebanon's state-run National News Agency") or by a word of conduct ("Israel's offensive"). Any other
 *       possessive: location ("Israel's north", "Gaza's largest camp").</li>
 *   <li>Preceded (optionally across "the") by a location preposition: location ("in the US"), unless the
 *       preposition is "of" after an institution word ("the government of Israel"): actor. Preceded by an agent
 *       preposition ("by Israel"), a modal or auxiliary ("will the United States permit"), or "Hamas and":
 *       actor.</li>
 *   <li>Joined by a hyphen to the next word: actor when that word is an actor suffix or a non-state party
 *       ("Iran-backed", "Israel-Hamas war"), otherwise location ("Israel-Gaza border").</li>
 *   <li>Followed (adverbs skipped) by a reporting or action verb, a modal, an auxiliary not introducing a state
 *       ("has recalled", not "has been"), an institution word within two words ("Israel Defense Forces", "US
 *       officials"), or "and"/"or" plus a non-state party: actor.</li>
 *   <li>Otherwise: location.</li>
 * </ol>
 * Territories (Gaza Strip, West Bank) only take the institution rules: "Gaza hit by strikes" is a place.
 */
final class ActorCues {

    enum Cue {
        VERB, AUX, AUX_EXCEPTION, MODAL, ADVERB, INSTITUTION, POSSESSIVE_ACTOR, WINDOW_STOP, HYPHEN_ACTOR, PARTNER,
        LOCATION_PREPOSITION, AGENT_PREPOSITION, DETERMINER;

        static Cue of(String column) {
            return Cue.valueOf(column.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final String RESOURCE = "actor-cues.tsv";
    private static final int POSSESSIVE_WINDOW = 5;
    private static final int ADJACENT_WINDOW = 2;

    private final Map<Cue, Set<String>> words;

    private ActorCues(Map<Cue, Set<String>> words) {
        this.words = words;
    }

    /** @return the cues shipped with the library */
    static ActorCues bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final ActorCues BUNDLED = load();
    }

    private static ActorCues load() {
        try (InputStream in = ActorCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads lines of {@code cue<TAB>word word ...}; '#' starts a comment line. */
    static ActorCues read(BufferedReader reader, String source) throws IOException {
        Map<Cue, Set<String>> words = new EnumMap<>(Cue.class);
        for (Cue cue : Cue.values()) {
            words.put(cue, new HashSet<>());
        }
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(source + ":" + number + ": expected cue<TAB>words");
            }
            Cue cue;
            try {
                cue = Cue.of(line.substring(0, tab));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + number + ": unknown cue '" + line.substring(0, tab) + "'", e);
            }
            for (String word : line.substring(tab + 1).trim().split("\\s+")) {
                Tokens t = Tokens.of(word);
                if (t.size() != 1) {
                    throw new IllegalStateException(source + ":" + number + ": '" + word + "' is not one word");
                }
                words.get(cue).add(t.key(0));
            }
        }
        Map<Cue, Set<String>> frozen = new EnumMap<>(Cue.class);
        words.forEach((cue, set) -> frozen.put(cue, Set.copyOf(set)));
        return new ActorCues(frozen);
    }

    boolean is(Cue cue, String key) {
        return words.get(cue).contains(key);
    }

    /**
     * @param tokens the words of the text
     * @param first first word of the place name
     * @param last last word of the place name
     * @param capability what the named place can stand for
     * @return true when the name stands for an actor
     */
    boolean isActorUse(Tokens tokens, int first, int last, GazetteerEntry.ActorCapability capability) {
        if (capability == GazetteerEntry.ActorCapability.NONE) {
            return false;
        }
        if (tokens.has(last, Tokens.POSSESSIVE)) {
            return institutionAhead(tokens, last + 1, POSSESSIVE_WINDOW, true);
        }
        Boolean byPreceding = precedingCue(tokens, first);
        if (byPreceding != null) {
            return byPreceding && capability == GazetteerEntry.ActorCapability.FULL;
        }
        int next = last + 1;
        if (!tokens.joined(next)) {
            return false;
        }
        if (tokens.has(next, Tokens.HYPHEN_BEFORE)) {
            return capability == GazetteerEntry.ActorCapability.FULL
                    && (is(Cue.HYPHEN_ACTOR, tokens.key(next)) || is(Cue.PARTNER, tokens.key(next)));
        }
        if (institutionAhead(tokens, next, ADJACENT_WINDOW, false)) {
            return true;
        }
        return capability == GazetteerEntry.ActorCapability.FULL && actsNext(tokens, next);
    }

    /** @return TRUE/FALSE when the words before the name decide, null when they say nothing */
    private Boolean precedingCue(Tokens tokens, int first) {
        if (!tokens.joined(first)) {
            return null;
        }
        int p = first - 1;
        if (is(Cue.DETERMINER, tokens.key(p))) {
            if (!tokens.joined(p)) {
                return null;
            }
            p--;
        }
        String key = tokens.key(p);
        if (is(Cue.LOCATION_PREPOSITION, key)) {
            if (key.equals("of") && tokens.joined(p) && is(Cue.INSTITUTION, tokens.key(p - 1))) {
                return Boolean.TRUE;
            }
            return Boolean.FALSE;
        }
        if (is(Cue.AGENT_PREPOSITION, key) || is(Cue.MODAL, key) || is(Cue.AUX, key)) {
            return Boolean.TRUE;
        }
        if ((key.equals("and") || key.equals("or")) && tokens.joined(p) && is(Cue.PARTNER, tokens.key(p - 1))) {
            return Boolean.TRUE;
        }
        return null;
    }

    private boolean institutionAhead(Tokens tokens, int from, int window, boolean possessive) {
        for (int k = from; k < from + window && tokens.joined(k); k++) {
            String key = tokens.key(k);
            if (is(Cue.INSTITUTION, key) || possessive && is(Cue.POSSESSIVE_ACTOR, key)) {
                return true;
            }
            if (is(Cue.WINDOW_STOP, key) || is(Cue.VERB, key) || is(Cue.LOCATION_PREPOSITION, key)) {
                return false;
            }
        }
        return false;
    }

    private boolean actsNext(Tokens tokens, int next) {
        int k = next;
        while (is(Cue.ADVERB, tokens.key(k)) && tokens.joined(k + 1)) {
            k++;
        }
        String key = tokens.key(k);
        if (is(Cue.VERB, key) || is(Cue.MODAL, key)) {
            return true;
        }
        if (is(Cue.AUX, key)) {
            int v = k + 1;
            while (tokens.joined(v) && is(Cue.ADVERB, tokens.key(v))) {
                v++;
            }
            return tokens.joined(v) && !is(Cue.AUX_EXCEPTION, tokens.key(v));
        }
        return (key.equals("and") || key.equals("or")) && tokens.joined(k + 1) && is(Cue.PARTNER, tokens.key(k + 1));
    }
}
