package io.liveblog.extract;

/**
 * One word, number or punctuation mark of a sentence, with its offsets in the field it came from.
 *
 * <p>Hyphenated compounds ("Fifty-five", "12-year-old", "Hamas-run", "20-30") are single tokens so that the readers
 * can tell an adjective compound from a figure; {@link #lower} folds case and the typographic apostrophe.
 *
 * @param start offset of the first character in the field
 * @param end offset just past the last character
 * @param text the characters as written
 * @param lower lower-cased text with {@code ’} folded to {@code '}
 * @param spaceBefore true when whitespace (or the start of the text) precedes the token
 * @param classes which readers care about the word ({@link WordClasses} bits)
 */
record Token(int start, int end, String text, String lower, boolean spaceBefore, int classes) {

    /** @return true when the token has any of the {@link WordClasses} bits */
    boolean hasClass(int bits) {
        return (classes & bits) != 0;
    }

    /** @return true for a token that starts with a letter */
    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    /** @return true for a token that starts with a digit */
    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }

    /** @return true for a single non-alphanumeric character */
    boolean isPunct() {
        return !Character.isLetterOrDigit(text.charAt(0));
    }

    /** @return true when the first character is an upper-case letter */
    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** @return true when the lower-cased token equals {@code word} */
    boolean is(String word) {
        return lower.equals(word);
    }

    /** @return true for a hyphenated compound such as "seven-day" */
    boolean isCompound() {
        return lower.indexOf('-') > 0;
    }
}
