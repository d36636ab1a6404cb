package io.liveblog.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which readers care about a word, as bits computed once per token ({@link Token#classes()}), so that each reader
 * skips irrelevant tokens with a bit test instead of its own set lookups (extraction runs on every post, and set
 * lookups dominated its profile).
 */
final class WordClasses {

    /** May start a number: number words, vague words, "a", currency words. */
    static final int NUMBER_START = 1;
    /** May start a scope cue ("since", "so far", "toll", "last", ...). */
    static final int SCOPE_TRIGGER = 1 << 1;
    /** May be a modality cue ("could", "will", "expected", ...). */
    static final int MODALITY = 1 << 2;
    /** A casualty predicate or governing verb ("killed", "wounding", "hostage", ...). */
    static final int CASUALTY = 1 << 3;
    /** May start an attribution ("said", "according", "per", ...). */
    static final int SOURCE_CUE = 1 << 4;
    /** A month name or abbreviation (a date when capitalised and next to a day or year). */
    static final int MONTH = 1 << 5;

    private static final Map<String, Integer> CLASSES = build();

    private WordClasses() {
    }

    /** @return the class bits of a lower-case word, 0 for words no reader looks at */
    static int of(String lower) {
        Integer c = CLASSES.get(lower);
        return c == null ? 0 : c;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        add(m, QuantityReader.numberStartWords(), NUMBER_START);
        add(m, ScopeReader.triggerWords(), SCOPE_TRIGGER);
        add(m, ModalityReader.cueWords(), MODALITY);
        add(m, Lexicon.PREDICATES_BY_FIRST_WORD.keySet(), CASUALTY);
        add(m, Lexicon.VERBS_BEFORE.keySet(), CASUALTY);
        add(m, SourceFinder.cueWords(), SOURCE_CUE);
        add(m, Lexicon.MONTHS.keySet(), MONTH);
        return Lexicon.hashed(m);
    }

    private static void add(Map<String, Integer> m, Set<String> words, int bit) {
        for (String w : words) {
            m.merge(w, bit, (a, b) -> a | b);
        }
    }
}
