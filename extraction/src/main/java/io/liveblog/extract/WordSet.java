package io.liveblog.extract;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read-only set of lower-case words (a reader's word list) that answers for a {@link Token} from the token's shared
 * {@link Words.Word}: the first time a word is asked about a list the answer is looked up and kept in the word, and
 * every later token of that word gets it with a bit test.
 *
 * <p>Why: the readers ask dozens of lists about every token of every sentence, and those hash lookups (each one a
 * trip to another list's table in memory) were about a quarter of extraction's profile. Words are shared across
 * posts ({@link Words}), so the answers are reused for as long as the word stays in the table. A lookup by string
 * ({@link #contains(Object)}) answers as a plain set.
 */
final class WordSet extends AbstractSet<String> {

    /** How many lists can keep answers in a word; a list made after these answers by lookup, as a plain set. */
    static final int KEPT_LISTS = 256;

    private static final AtomicInteger MADE = new AtomicInteger();

    private final Set<String> words;
    /** This list's place in every word's kept answers, or -1 once {@link #KEPT_LISTS} lists exist. */
    private final int index;

    private WordSet(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
        int i = MADE.getAndIncrement();
        this.index = i < KEPT_LISTS ? i : -1;
    }

    /**
     * @return a list of {@code words}
     * @throws IllegalStateException when a word is listed twice (a slip in the list: it fails class loading)
     */
    static WordSet of(String... words) {
        Set<String> set = new HashSet<>(words.length * 2);
        for (String w : words) {
            if (!set.add(w)) {
                throw new IllegalStateException("\"" + w + "\" is listed twice in one word list");
            }
        }
        return new WordSet(set);
    }

    /** @return a list of the words gathered from several lists, which may overlap */
    static WordSet union(Collection<String> words) {
        return new WordSet(new HashSet<>(words));
    }

    /** @return true when the token's lower-case word is in this list */
    boolean contains(Token token) {
        return index < 0 ? words.contains(token.lower()) : token.word().isIn(this);
    }

    /** The lookup behind a word's kept answer. */
    boolean lookUp(String lower) {
        return words.contains(lower);
    }

    int index() {
        return index;
    }

    @Override
    public boolean contains(Object o) {
        return words.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
