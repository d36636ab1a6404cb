package io.liveblog.geo;

import java.text.Normalizer;

/**
 * Folds characters into the form place names are compared in: lower case, accents removed ("Kahramanmaraş" and
 * "Kahramanmaras" compare equal), apostrophes and transliteration marks dropped ("Khuza'a", "Khuza’a", "Khuzaa").
 *
 * <p>The table is built once, so folding a character costs an array read instead of a {@link Normalizer} call on
 * every token of every sentence.
 */
final class TextFold {

    /** Marks a character that disappears when folded (apostrophes, combining accents). */
    static final char DROP = '\0';

    /** Covers Latin, Latin Extended A/B, IPA modifiers, combining marks, Greek, Cyrillic and Latin Extended Additional. */
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                FOLD[c] = DROP;
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = decomposed.isEmpty() ? ch : decomposed.charAt(0);
            FOLD[c] = Character.toLowerCase(base);
        }
        // Letters NFD does not decompose but that readers treat as their plain Latin twin.
        FOLD['\u0131'] = 'i'; // dotless i (Turkish)
        FOLD['\u0130'] = 'i'; // dotted capital I (Turkish)
        FOLD['\u0141'] = 'l';
        FOLD['\u0142'] = 'l';
        FOLD['\u00D8'] = 'o';
        FOLD['\u00F8'] = 'o';
        FOLD['\u0110'] = 'd';
        FOLD['\u0111'] = 'd';
        for (int c = 0; c < TABLE_SIZE; c++) {
            if (isApostrophe((char) c)) {
                FOLD[c] = DROP;
            }
        }
    }

    private TextFold() {
    }

    /** @return the folded form of {@code c}, or {@link #DROP} when it takes no part in comparisons */
    static char fold(char c) {
        return c < TABLE_SIZE ? FOLD[c] : Character.toLowerCase(c);
    }

    /**
     * Apostrophe-like characters: ASCII and typographic apostrophes, and the modifier letters used for ayn and
     * hamza in transliterations ("Sa‘dah", "Maʼrib").
     */
    static boolean isApostrophe(char c) {
        switch (c) {
            case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '\u02BB', '\u02BD', '\u02BE', '\u02BF', '\u2032':
                return true;
            default:
                return false;
        }
    }

    /** Hyphen-like characters that join the parts of a name ("Deir al-Balah", "Ivano–Frankivsk"). */
    static boolean isHyphen(char c) {
        switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013':
                return true;
            default:
                return false;
        }
    }

    /** Spaces that may separate the words of one name; line and paragraph breaks may not. */
    static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
    }
}
