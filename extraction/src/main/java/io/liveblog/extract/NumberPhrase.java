package io.liveblog.extract;

/**
 * A number as written in a sentence, with the qualifier words around it ("at least 178", "dozens", "between 20 and
 * 30", "a", "$1.2bn").
 *
 * @param first index of the first token, qualifier included
 * @param numFirst index of the first token of the number itself (after the qualifier and currency sign)
 * @param end index just past the last token (number, scale word and suffix qualifier)
 * @param quantity value, bounds and qualifier
 * @param form how the number is written
 * @param currency ISO code when the number is money ("USD"), else null
 * @param rejection why this number is not a figure (a date, an age, ...), or null when it may be one
 */
record NumberPhrase(int first, int numFirst, int end, Quantity quantity, Form form, String currency,
                    String rejection) {

    /** How a number is written. */
    enum Form {
        /** "178", "1,200", "1.7 million", "2.5m" */
        DIGITS,
        /** "Fifty-five", "a hundred" */
        WORDS,
        /** "dozens", "several hundred", "tens of thousands" */
        VAGUE,
        /** "a" or "an" read as one ("a Hezbollah fighter was killed") */
        INDEFINITE
    }

    /** @return true when the number may state a figure */
    boolean candidate() {
        return rejection == null;
    }

    /** @return this phrase marked as not a figure */
    NumberPhrase reject(String reason) {
        return new NumberPhrase(first, numFirst, end, quantity, form, currency, reason);
    }
}
