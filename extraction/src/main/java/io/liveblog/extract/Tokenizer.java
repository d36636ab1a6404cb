package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with a hand-written scanner (no regular expressions: this runs on every sentence
 * of every post and dominates extraction time).
 *
 * <p>Rules: letters and digits form words; inside a word an apostrophe followed by a letter ("Na’im", "Gaza's"), a
 * hyphen or dash between alphanumerics ("Fifty-five", "20–30"), a period, colon or slash between digits ("1.7",
 * "12:28", "10/7") and a thousands comma ("1,200", but not "2,3") are kept; single-letter abbreviations with periods
 * ("U.S.", "a.m.") are one token. Every other non-space character is a token of its own.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** @return the tokens of {@code text} between {@code from} (inclusive) and {@code to} (exclusive) */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        boolean space = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = scanWord(text, i, to);
            } else {
                end = i + 1;
            }
            Words.Word word = Words.of(text, i, end);
            tokens.add(new Token(i, end, word, space));
            space = false;
            i = end;
        }
        return tokens;
    }

    private static int scanWord(String text, int start, int to) {
        int j = start + 1;
        while (j < to) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
                continue;
            }
            char prev = text.charAt(j - 1);
            char next = j + 1 < to ? text.charAt(j + 1) : ' ';
            if ((d == '\'' || d == '\u2019') && Character.isLetter(next) && Character.isLetterOrDigit(prev)) {
                j++;
            } else if ((d == '-' || d == '\u2010' || d == '\u2011' || d == '\u2013') && Character.isLetterOrDigit(next)
                    && Character.isLetterOrDigit(prev)) {
                j++;
            } else if ((d == '.' || d == ':' || d == '/') && Character.isDigit(prev) && Character.isDigit(next)) {
                j++;
            } else if (d == ',' && Character.isDigit(prev) && isThousandsGroup(text, j + 1, to)) {
                j++;
            } else if (d == '.' && singleLetterSegment(text, start, j) && Character.isLetter(next)
                    && (j + 2 >= to || text.charAt(j + 2) == '.')) {
                j++;
            } else {
                break;
            }
        }
        // "U.S" / "a.m" so far: take the closing period of the abbreviation too
        if (j < to && text.charAt(j) == '.' && j - start >= 3 && isDottedAbbreviation(text, start, j)) {
            j++;
        }
        return j;
    }

    private static boolean isThousandsGroup(String text, int from, int to) {
        if (from + 3 > to) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == to || !Character.isDigit(text.charAt(from + 3));
    }

    /** True when the characters since the last period (or the word start) are one letter. */
    private static boolean singleLetterSegment(String text, int start, int dot) {
        int segStart = dot - 1;
        return Character.isLetter(text.charAt(segStart)) && (segStart == start || text.charAt(segStart - 1) == '.');
    }

    /** True for "U.S", "a.m", "e.g": single letters separated by periods. */
    private static boolean isDottedAbbreviation(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char ch = text.charAt(k);
            if (letterSlot ? !Character.isLetter(ch) : ch != '.') {
                return false;
            }
        }
        return (end - start) % 2 == 1;
    }

    /** @return lower case with the typographic apostrophe and non-breaking hyphens folded */
    static String fold(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        if (lower.indexOf('\u2013') >= 0 || lower.indexOf('\u2010') >= 0 || lower.indexOf('\u2011') >= 0) {
            lower = lower.replace('\u2013', '-').replace('\u2010', '-').replace('\u2011', '-');
        }
        return lower;
    }
}
