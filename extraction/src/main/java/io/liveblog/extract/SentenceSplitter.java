package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a headline or body into sentences, keeping offsets into the original text.
 *
 * <p>Boundaries are line breaks (a line starting with a lower-case letter continues the previous one) and terminal
 * punctuation ({@code . ! ?}, with any closing quotes or brackets) followed by whitespace and an upper-case letter,
 * digit or opening quote. A period is not a boundary after a title or month abbreviation ("Dr.", "St.", "Gen.",
 * "Dec."), after an initial ("J."), or after a dotted abbreviation ("U.S.", "a.m.") unless the next word is a typical
 * sentence opener ("The", "It", ...). Text inside a balanced pair of double quotes is not split (so a quoted
 * statement stays with its attribution), unless the quotation is longer than {@value #MAX_QUOTE} characters.
 */
public final class SentenceSplitter {

    /** Longer quotations are split like ordinary text (an unclosed or garbled quote must not swallow a post). */
    static final int MAX_QUOTE = 600;

    private static final WordSet NON_FINAL_ABBREVIATIONS = Lexicon.words(
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "rep", "sen", "gov", "prof",
            "rev", "hon", "brig", "adm", "cpl", "pvt", "mt", "ft", "no", "nos", "vs", "v", "approx", "est", "fig",
            "ca", "al", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "cmdr", "supt", "insp",
            "messrs", "mme", "mlle", "e.g", "i.e", "cf", "etc.,");

    private static final WordSet SENTENCE_OPENERS = Lexicon.words(
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
            "these", "those", "there", "his", "her", "their", "its", "our", "after", "before", "when", "while", "as",
            "some", "many", "most", "according", "meanwhile", "however", "earlier", "later", "officials", "israel",
            "hamas", "gaza", "if", "since", "during", "by", "for", "with", "no", "one", "two", "three");

    /**
     * One sentence.
     *
     * @param start offset of its first character
     * @param end offset just past its last character
     * @param paragraph index of the paragraph (line block) it belongs to, from 0
     */
    public record Sentence(int start, int end, int paragraph) {
        /** @return the sentence's text within {@code field} */
        public String textIn(String field) {
            return field.substring(start, end);
        }
    }

    private SentenceSplitter() {
    }

    /** @return the sentences of {@code text}, in order, trimmed, never empty */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int blockStart = -1;
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (isBlank(text, lineStart, lineEnd)) {
                if (blockStart >= 0) {
                    splitBlock(text, blockStart, lineStart, paragraph++, out);
                    blockStart = -1;
                }
            } else if (blockStart < 0) {
                blockStart = lineStart;
            } else if (!continuesLine(text, lineStart, lineEnd)) {
                splitBlock(text, blockStart, lineStart, paragraph++, out);
                blockStart = lineStart;
            }
            lineStart = lineEnd + 1;
        }
        if (blockStart >= 0) {
            splitBlock(text, blockStart, n, paragraph, out);
        }
        return out;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A line that starts with a lower-case letter is a soft-wrapped continuation of the previous line. */
    private static boolean continuesLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static void splitBlock(String text, int from, int to, int paragraph, List<Sentence> out) {
        boolean[] quoted = quotedRegions(text, from, to);
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int k = i + 1;
                while (k < to && isTerminalOrCloser(text.charAt(k))) {
                    k++;
                }
                // inside a quotation only the punctuation that closes it may end the sentence
                if (k < to && Character.isWhitespace(text.charAt(k)) && !quoted[k - 1 - from]
                        && isBoundary(text, from, i, k, to)) {
                    add(text, sentenceStart, k, paragraph, out);
                    sentenceStart = k;
                }
                i = k;
            } else {
                i++;
            }
        }
        add(text, sentenceStart, to, paragraph, out);
    }

    private static boolean isTerminalOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u201d' || c == '"' || c == '\u2019' || c == '\''
                || c == ')' || c == ']' || c == '\u2026';
    }

    private static boolean isBoundary(String text, int blockStart, int punct, int after, int to) {
        int m = after;
        while (m < to && Character.isWhitespace(text.charAt(m))) {
            m++;
        }
        if (m >= to) {
            return true;
        }
        char next = text.charAt(m);
        boolean opens = next == '\u201c' || next == '"' || next == '\u2018' || next == '(' || next == '[';
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && !opens) {
            return false;
        }
        if (text.charAt(punct) != '.' || punct + 1 < after && isCloser(text.charAt(punct + 1))) {
            // "?" or "!", or a period followed by a closing quote or bracket
            return true;
        }
        return !endsWithAbbreviation(text, blockStart, punct)
                || dottedAbbreviationBeforeOpener(text, blockStart, punct, m, to);
    }

    private static boolean isCloser(char c) {
        return c == '\u201d' || c == '"' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    /** The word that ends at {@code period}, lower-cased, e.g. "dr", "u.s", "j". */
    private static String wordBefore(String text, int blockStart, int period) {
        int s = period;
        while (s > blockStart && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, period).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean endsWithAbbreviation(String text, int blockStart, int period) {
        String word = wordBefore(text, blockStart, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1) {
            // an initial ("J. Smith"); a lone lower-case letter is not one
            return Character.isUpperCase(text.charAt(period - 1));
        }
        return NON_FINAL_ABBREVIATIONS.contains(word) || isDotted(word);
    }

    private static boolean isDotted(String word) {
        return word.length() >= 3 && word.charAt(1) == '.';
    }

    /** "U.S." or "a.m." can end a sentence: accept the boundary when a typical sentence opener follows. */
    private static boolean dottedAbbreviationBeforeOpener(String text, int blockStart, int period, int next, int to) {
        String word = wordBefore(text, blockStart, period);
        if (!isDotted(word) || word.equals("e.g") || word.equals("i.e")) {
            return false;
        }
        int e = next;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return SENTENCE_OPENERS.contains(text.substring(next, e).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Marks characters inside balanced double quotes. Curly quotes pair by direction; straight quotes pair in
     * order. A block whose quotes do not balance is treated as unquoted.
     */
    private static boolean[] quotedRegions(String text, int from, int to) {
        boolean[] quoted = new boolean[to - from];
        int open = -1;
        int straightOpen = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                open = i;
            } else if (c == '\u201d' && open >= 0) {
                mark(quoted, from, open, i);
                open = -1;
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    mark(quoted, from, straightOpen, i);
                    straightOpen = -1;
                }
            }
        }
        return quoted;
    }

    private static void mark(boolean[] quoted, int from, int open, int close) {
        if (close - open > MAX_QUOTE) {
            return;
        }
        // the closing punctuation right before the closing quote ends the quote, not the sentence: leave it marked
        for (int k = open + 1; k < close; k++) {
            quoted[k - from] = true;
        }
    }

    private static void add(String text, int from, int to, int paragraph, List<Sentence> out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(s, e, paragraph));
        }
    }
}
