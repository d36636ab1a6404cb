package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 *       preposition ("by Israel"), a modal or auxiliary ("will the United States permit"), a verb addressing
 *       someone ("informed the United States", "urged Israel") or "Hamas and": actor.</li>
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
        VERB, AUX, AUX_EXCEPTION, MODAL, ADVERB, PARENTHETICAL, INSTITUTION, POSSESSIVE_ACTOR, WINDOW_STOP,
        HYPHEN_ACTOR, PARTNER, LOCATION_PREPOSITION, GENITIVE, CONJUNCTION, AGENT_PREPOSITION, ADDRESSEE_VERB,
        DETERMINER;

        final int bit = 1 << ordinal();

        static Cue of(String column) {
            return Cue.valueOf(column.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final String RESOURCE = "actor-cues.tsv";
    private static final int POSSESSIVE_WINDOW = 5;
    private static final int ADJACENT_WINDOW = 2;

    /** Every cue word with the set of cues it belongs to as a bit mask: one lookup per word, no String made. */
    private final KeyMap<Integer> masks;

    private ActorCues(KeyMap<Integer> masks) {
        this.masks = masks;
    }

    /** @return the cues shipped with the library */
    static ActorCues bundled() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException("the bundled actor cues cannot be loaded", Holder.FAILURE);
        }
        return Holder.BUNDLED;
    }

    /** Loaded once on first use; a failure is kept so every caller sees the same exception. */
    private static final class Holder {
        static final ActorCues BUNDLED;
        static final RuntimeException FAILURE;

        static {
            ActorCues loaded = null;
            RuntimeException failure = null;
            try {
                loaded = load();
            } catch (RuntimeException e) {
                failure = e;
            }
            BUNDLED = loaded;
            FAILURE = failure;
        }
    }

    private static ActorCues load() {
        try (BufferedReader in = DataLines.bundledReader(ActorCues.class, RESOURCE)) {
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads lines of {@code cue<TAB>word word ...}; '#' starts a comment line. */
    static ActorCues read(BufferedReader reader, String source) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        for (DataLines.Line content : DataLines.readAll(reader)) {
            String line = content.text();
            long number = content.number();
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
                words.merge(t.key(0), cue.bit, (x, y) -> x | y);
            }
        }
        KeyMap<Integer> masks = new KeyMap<>();
        words.forEach(masks::put);
        return new ActorCues(masks);
    }

    /** @return true when word {@code i} exists and belongs to {@code cue} */
    private boolean is(Cue cue, Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Integer mask = tokens.lookup(masks, i);
        return mask != null && (mask & cue.bit) != 0;
    }

    /** @return true when {@code word} belongs to {@code cue}; for tests and tools */
    boolean is(Cue cue, String word) {
        Integer mask = masks.get(word);
        return mask != null && (mask & cue.bit) != 0;
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
            // "Washington, however, has made it clear": look past a parenthetical adverb between commas.
            return capability == GazetteerEntry.ActorCapability.FULL && is(Cue.PARENTHETICAL, tokens, next)
                    && next + 1 < tokens.size() && !tokens.joined(next + 1) && actsNext(tokens, next + 1);
        }
        if (tokens.has(next, Tokens.HYPHEN_BEFORE)) {
            return capability == GazetteerEntry.ActorCapability.FULL
                    && (is(Cue.HYPHEN_ACTOR, tokens, next) || is(Cue.PARTNER, tokens, next));
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
        if (is(Cue.DETERMINER, tokens, p)) {
            if (!tokens.joined(p)) {
                return null;
            }
            p--;
        }
        if (is(Cue.LOCATION_PREPOSITION, tokens, p)) {
            boolean ofInstitution = is(Cue.GENITIVE, tokens, p) && tokens.joined(p) && is(Cue.INSTITUTION, tokens, p - 1);
            return ofInstitution ? Boolean.TRUE : Boolean.FALSE;
        }
        if (is(Cue.AGENT_PREPOSITION, tokens, p) || is(Cue.MODAL, tokens, p) || is(Cue.AUX, tokens, p)
                || is(Cue.ADDRESSEE_VERB, tokens, p)) {
            return Boolean.TRUE;
        }
        if (is(Cue.CONJUNCTION, tokens, p) && tokens.joined(p) && is(Cue.PARTNER, tokens, p - 1)) {
            return Boolean.TRUE;
        }
        return null;
    }

    private boolean institutionAhead(Tokens tokens, int from, int window, boolean possessive) {
        for (int k = from; k < from + window && tokens.joined(k); k++) {
            if (is(Cue.INSTITUTION, tokens, k) || possessive && is(Cue.POSSESSIVE_ACTOR, tokens, k)) {
                return true;
            }
            if (is(Cue.WINDOW_STOP, tokens, k) || is(Cue.VERB, tokens, k) || is(Cue.LOCATION_PREPOSITION, tokens, k)) {
                return false;
            }
        }
        return false;
    }

    private boolean actsNext(Tokens tokens, int next) {
        int k = next;
        while (is(Cue.ADVERB, tokens, k) && tokens.joined(k + 1)) {
            k++;
        }
        if (is(Cue.VERB, tokens, k) || is(Cue.MODAL, tokens, k)) {
            return true;
        }
        if (is(Cue.AUX, tokens, k)) {
            int v = k + 1;
            while (tokens.joined(v) && is(Cue.ADVERB, tokens, v)) {
                v++;
            }
            return tokens.joined(v) && !is(Cue.AUX_EXCEPTION, tokens, v);
        }
        return is(Cue.CONJUNCTION, tokens, k) && tokens.joined(k + 1) && is(Cue.PARTNER, tokens, k + 1);
    }
}
