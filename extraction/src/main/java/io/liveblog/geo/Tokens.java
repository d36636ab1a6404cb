package io.liveblog.geo;

import java.util.Arrays;

/**
 * The words of a text as the place finder sees them: offsets into the original text, a folded key per word and
 * what the original spelling says about case, possessives and the gap before the word.
 *
 * <p>Words are maximal runs of letters and digits; an apostrophe between two letters stays inside the word
 * ("Khuza'a"), a trailing {@code 's} is split off and remembered as a possessive ("Gaza's" is the word "Gaza").
 * Keys fold case and accents and normalise the Arabic article: "el" always becomes "al", and the assimilated forms
 * ("as-", "ash-", "ad-", "an-", ...) become "al" when a hyphen ties them to the next word ("as-Suwayda").
 */
final class Tokens {

    /** The word starts with a capital letter. */
    static final int UPPER_INITIAL = 1;
    /** The word has at least two letters, all capitals ("US", "UAE"). */
    static final int ALL_UPPER = 2;
    /** The word carried a possessive {@code 's} that was split off. */
    static final int POSSESSIVE = 4;
    /**
     * Only spaces, one hyphen, an abbreviation dot or a plural possessive's apostrophe separate the word from the
     * previous one: the two may belong to one name.
     */
    static final int JOINED = 8;
    /** A hyphen separates the word from the previous one ("Iran-backed"). */
    static final int HYPHEN_BEFORE = 16;

    private static final int AL_HASH = "al".hashCode();

    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    /** Folded keys, back to back in one buffer: no String per word unless someone asks for it. */
    private final char[] chars;
    private int[] keyOffsets;
    private int[] keyLengths;
    private int[] keyHashes;
    private String[] keyCache;

    private Tokens(int textLength, int capacity) {
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.flags = new byte[capacity];
        this.keyOffsets = new int[capacity];
        this.keyLengths = new int[capacity];
        this.keyHashes = new int[capacity];
        this.keyCache = new String[capacity];
        this.chars = new char[textLength];
    }

    /** Splits {@code text} into words. */
    static Tokens of(CharSequence source) {
        String text = source.toString();
        int n = text.length();
        Tokens tokens = new Tokens(n, Math.max(8, n / 5));
        // One bulk copy: indexing an array is cheaper than String.charAt's per-call checks, on every character.
        char[] src = new char[n];
        text.getChars(0, n, src, 0);
        // Folding never lengthens a word, so the key buffer (as long as the text) never needs to grow.
        char[] buf = tokens.chars;
        int count = 0;
        int i = 0;
        int previousRawEnd = -1;
        while (i < n) {
            char c = src[i];
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int keyStart = count;
            int hash = 0;
            int hashBeforeLast = 0;
            int letters = 0;
            boolean allUpper = true;
            while (i < n) {
                char ch = src[i];
                char folded;
                if (ch < 128) {
                    if (ch >= 'a' && ch <= 'z') {
                        letters++;
                        allUpper = false;
                        folded = ch;
                    } else if (ch >= 'A' && ch <= 'Z') {
                        letters++;
                        folded = (char) (ch + ('a' - 'A'));
                    } else if (ch >= '0' && ch <= '9') {
                        folded = ch;
                    } else if ((ch == '\'' || ch == '`') && i + 1 < n && isLetterNotApostrophe(src[i + 1])) {
                        i++; // an apostrophe inside a word ("Khuza'a") is dropped from the key
                        continue;
                    } else {
                        break;
                    }
                } else if (TextFold.isApostrophe(ch)) {
                    if (i + 1 < n && isLetterNotApostrophe(src[i + 1])) {
                        i++;
                        continue;
                    }
                    break;
                } else if (Character.isLetterOrDigit(ch)) {
                    if (Character.isLetter(ch)) {
                        letters++;
                        allUpper &= Character.isUpperCase(ch);
                    }
                    folded = TextFold.fold(ch);
                    if (folded == TextFold.DROP) {
                        i++;
                        continue;
                    }
                } else if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                    i++; // decomposed accents belong to the word
                    continue;
                } else {
                    break;
                }
                buf[count++] = folded;
                hashBeforeLast = hash;
                hash = 31 * hash + folded;
                i++;
            }
            int rawEnd = i;
            int end = rawEnd;
            byte f = 0;
            int keyLength = count - keyStart;
            if (end - start >= 3 && (src[end - 1] == 's' || src[end - 1] == 'S')
                    && TextFold.isApostrophe(src[end - 2]) && keyLength > 1) {
                end -= 2;
                keyLength--;
                count--;
                hash = hashBeforeLast;
                letters--;
                f |= POSSESSIVE;
            }
            if (keyLength == 0) {
                continue;
            }
            char first = src[start];
            if (first >= 'A' && first <= 'Z' || first >= 128 && (Character.isUpperCase(first) || Character.isTitleCase(first))) {
                f |= UPPER_INITIAL;
            }
            if (letters >= 2 && allUpper) {
                f |= ALL_UPPER;
            }
            if (previousRawEnd >= 0) {
                int previous = tokens.size - 1;
                f |= gapFlags(src, previousRawEnd, start, tokens.ends[previous] - tokens.starts[previous],
                        (tokens.flags[previous] & UPPER_INITIAL) != 0);
            }
            if (keyLength <= 3 && isArticle(buf, keyStart, keyLength, src, rawEnd)) {
                buf[keyStart] = 'a';
                buf[keyStart + 1] = 'l';
                keyLength = 2;
                count = keyStart + 2;
                hash = AL_HASH;
            }
            tokens.add(start, end, keyStart, keyLength, hash, f);
            previousRawEnd = rawEnd;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return isAsciiLetterOrDigit(c);
        }
        return Character.isLetterOrDigit(c) && !TextFold.isApostrophe(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isLetterNotApostrophe(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c) && !TextFold.isApostrophe(c);
    }

    /**
     * "el" always, and the assimilated forms of "al" (as, ash, ad, adh, an, ar, at, ath, az) when a hyphen ties
     * them to the next word ("as-Suwayda", "ash-Shati").
     */
    private static boolean isArticle(char[] buf, int offset, int length, char[] text, int rawEnd) {
        if (length == 2 && buf[offset] == 'e' && buf[offset + 1] == 'l') {
            return true;
        }
        if (length < 2 || length > 3 || buf[offset] != 'a' || rawEnd + 1 >= text.length
                || !TextFold.isHyphen(text[rawEnd]) || !Character.isLetter(text[rawEnd + 1])) {
            return false;
        }
        char second = buf[offset + 1];
        if (length == 2) {
            return second == 's' || second == 'd' || second == 'n' || second == 'r' || second == 't' || second == 'z';
        }
        char third = buf[offset + 2];
        return third == 'h' && (second == 's' || second == 'd' || second == 't');
    }

    /**
     * Classifies the characters between two words. Spaces on one line, at most one hyphen, a dot after a short
     * capitalised abbreviation ("U.S.", "St. Petersburg") or the apostrophe of a plural possessive ("Martyrs'
     * Hospital") keep the words joinable; anything else (commas, brackets, line breaks) separates them.
     */
    private static int gapFlags(char[] text, int from, int to, int previousLength, boolean previousCapitalised) {
        if (to - from == 1 && text[from] == ' ') {
            return JOINED; // the usual case
        }
        boolean hyphen = false;
        boolean dot = false;
        boolean apostrophe = false;
        for (int k = from; k < to; k++) {
            char g = text[k];
            if (TextFold.isInlineSpace(g)) {
                continue;
            }
            if (TextFold.isHyphen(g) && !hyphen) {
                hyphen = true;
            } else if (g == '.' && !dot && previousLength <= 2 && previousCapitalised) {
                dot = true;
            } else if (TextFold.isApostrophe(g) && !apostrophe && k == from && k > 0
                    && (text[k - 1] == 's' || text[k - 1] == 'S')) {
                apostrophe = true;
            } else {
                return 0;
            }
        }
        return hyphen ? JOINED | HYPHEN_BEFORE : JOINED;
    }

    private void add(int start, int end, int keyOffset, int keyLength, int hash, byte f) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            flags = Arrays.copyOf(flags, capacity);
            keyOffsets = Arrays.copyOf(keyOffsets, capacity);
            keyLengths = Arrays.copyOf(keyLengths, capacity);
            keyHashes = Arrays.copyOf(keyHashes, capacity);
            keyCache = Arrays.copyOf(keyCache, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = f;
        keyOffsets[size] = keyOffset;
        keyLengths[size] = keyLength;
        keyHashes[size] = hash;
        size++;
    }

    /** @return the number of words */
    int size() {
        return size;
    }

    /** @return the offset of the first character of word {@code i} */
    int start(int i) {
        return starts[i];
    }

    /** @return the offset just past word {@code i}, possessive {@code 's} excluded */
    int end(int i) {
        return ends[i];
    }

    /** @return the folded key of word {@code i} (created on first request) */
    String key(int i) {
        String k = keyCache[i];
        if (k == null) {
            k = new String(chars, keyOffsets[i], keyLengths[i]);
            keyCache[i] = k;
        }
        return k;
    }

    /** @return the value {@code map} holds for the key of word {@code i}, without creating a String */
    <V> V lookup(KeyMap<V> map, int i) {
        return map.get(chars, keyOffsets[i], keyLengths[i], keyHashes[i]);
    }

    /** @return true when word {@code i} has the flag {@code flag} */
    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** @return true when word {@code i} exists and is joinable to word {@code i - 1} */
    boolean joined(int i) {
        return i > 0 && i < size && (flags[i] & JOINED) != 0;
    }
}
