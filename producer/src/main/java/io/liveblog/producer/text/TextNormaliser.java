package io.liveblog.producer.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text clean-up shared by every parser and by post identity, so that the same words always give the same string.
 *
 * <p>Two strengths exist on purpose:
 * <ul>
 *   <li>{@link #cleanLine}/{@link #cleanBody} keep every visible character (Unicode NFC, whitespace collapsed). They
 *       feed the content hash, where any real edit — a changed figure, a fixed typo — must give a new hash.</li>
 *   <li>{@link #identityKey} folds case, compatibility forms, quotes and punctuation away. It feeds the hash-based post
 *       id, which must survive a re-scrape that swapped a typographic apostrophe for a straight one.</li>
 * </ul>
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** @return true for every kind of space, including no-break and narrow spaces that {@code isWhitespace} misses */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters that pasted web text carries invisibly; they never change meaning. */
    private static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /**
     * @param text any text, may be null
     * @return the text on one line: NFC, invisible characters removed, every run of whitespace (including line breaks
     *         and no-break spaces) turned into one space, trimmed; null gives ""
     */
    public static String cleanLine(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c) || Character.getType(c) == Character.CONTROL) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /**
     * Splits text into paragraphs. Every line break separates paragraphs (live-blog text puts one paragraph on a
     * line; hard-wrapped prose is not expected), blank lines are dropped.
     *
     * @param text any text, may be null
     * @return cleaned, non-empty paragraphs in order
     */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\r\n|\r|\n|\u2028|\u2029|\u0085")) {
            String clean = cleanLine(line);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    /** @return the paragraphs of the text joined by one blank line (the {@code body} convention of the schema) */
    public static String cleanBody(String text) {
        return String.join("\n\n", paragraphs(text));
    }

    /**
     * @param text any text, may be null
     * @return a comparison key: NFKC, lower case, every character that is not a letter or digit turned into a space,
     *         spaces collapsed. "Israel’s “dead end”" and "israels dead end" differ only by the apostrophe-s split,
     *         which is why apostrophes are removed rather than turned into spaces.
     */
    public static String identityKey(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || isInvisible(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(c);
            } else {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }
}
