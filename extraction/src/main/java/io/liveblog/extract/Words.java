package io.liveblog.extract;

/**
 * One shared instance per word as written: its text, its folded lower case and its {@link WordClasses} bits.
 *
 * <p>Why: every reader asks of each token whether its lower case is in some word set, dozens of times per figure.
 * A token that reuses the instance of the same word seen before (in this post or an earlier one) has its hash code
 * computed already, and its lower case is the interned string, so a set lookup that finds it is an identity
 * comparison; the tokenizer also skips the substring, the case folding and the class lookup for it. The table is a
 * fixed array of slots indexed by the word's hash, so it stays small whatever the vocabulary of the news: a word
 * that lands in a taken slot replaces the word there. Entries are immutable records, so threads that race on a slot
 * see either word whole; a lost race costs a miss, never a wrong word.
 */
final class Words {

    /**
     * A word as written, with what the readers look at, and the answers of the word lists asked about it so far
     * ({@link WordSet}).
     */
    static final class Word {
        /** Two bits per list, sixteen lists per int: 00 not asked yet, 01 not in the list, 11 in it. */
        private final int[] answers = new int[WordSet.KEPT_LISTS / 16];
        private final String text;
        private final String lower;
        private final int classes;

        Word(String text, String lower, int classes) {
            this.text = text;
            this.lower = lower;
            this.classes = classes;
        }

        String text() {
            return text;
        }

        String lower() {
            return lower;
        }

        int classes() {
            return classes;
        }

        /**
         * @return whether this word is in {@code list}, looked up once and then kept. Threads may race on a slot: an
         *     int is written whole, and a lost write loses only kept answers (each with its "asked" bit), which are
         *     looked up again.
         */
        boolean isIn(WordSet list) {
            int i = list.index();
            int slot = i >>> 4;
            int shift = (i & 15) << 1;
            int kept = answers[slot];
            int answer = (kept >>> shift) & 3;
            if (answer != 0) {
                return answer == 3;
            }
            boolean in = list.lookUp(lower);
            answers[slot] = kept | ((in ? 3 : 1) << shift);
            return in;
        }
    }

    private static final int SLOTS = 1 << 14;
    private static final Word[] TABLE = new Word[SLOTS];

    private Words() {
    }

    /** @return the word {@code text[from, to)}, shared with earlier tokens of the same characters when possible */
    static Word of(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Word held = TABLE[slot];
        int length = to - from;
        if (held != null && held.text.length() == length && text.regionMatches(from, held.text, 0, length)) {
            return held;
        }
        String raw = text.substring(from, to);
        String lower = Tokenizer.fold(raw).intern();
        Word word = new Word(raw.equals(lower) ? lower : raw, lower, WordClasses.of(lower));
        TABLE[slot] = word;
        return word;
    }
}
