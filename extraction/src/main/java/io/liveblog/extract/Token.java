package io.liveblog.extract;

/**
 * One word, number or punctuation mark of a sentence, with its offsets in the field it came from.
 *
 * <p>Hyphenated compounds ("Fifty-five", "12-year-old", "Hamas-run", "20-30") are single tokens so that the readers
 * can tell an adjective compound from a figure; {@link #lower} folds case and the typographic apostrophe.
 *
 * @param start offset of the first character in the field
 * @param end offset just past the last character
 * @param word the word as written, shared with other tokens of the same characters ({@link Words})
 * @param spaceBefore true when whitespace (or the start of the text) precedes the token
 */
record Token(int start, int end, Words.Word word, boolean spaceBefore) {

    /** @return the characters as written */
    String text() {
        return word.text();
    }

    /** @return lower-cased text with {@code ’} folded to {@code '} */
    String lower() {
        return word.lower();
    }

    /** @return which readers care about the word ({@link WordClasses} bits) */
    int classes() {
        return word.classes();
    }

    /** @return true when the token has any of the {@link WordClasses} bits */
    boolean hasClass(int bits) {
        return (word.classes() & bits) != 0;
    }

    /** @return true for a token that starts with a letter */
    boolean isWord() {
        return Character.isLetter(text().charAt(0));
    }

    /** @return true for a token that starts with a digit */
    boolean isDigits() {
        return Character.isDigit(text().charAt(0));
    }

    /** @return true for a single non-alphanumeric character */
    boolean isPunct() {
        return !Character.isLetterOrDigit(text().charAt(0));
    }

    /** @return true when the first character is an upper-case letter */
    boolean isCapitalized() {
        return Character.isUpperCase(text().charAt(0));
    }

    /** @return true when the lower-cased token equals {@code w} */
    boolean is(String w) {
        return word.lower().equals(w);
    }

    /** @return true for a hyphenated compound such as "seven-day" */
    boolean isCompound() {
        return word.lower().indexOf('-') > 0;
    }
}
