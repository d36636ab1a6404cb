package io.liveblog.producer.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into ids made of {@code a-z}, {@code 0-9} and dashes. */
public final class Slugs {

    /** Longest slug produced; longer ones are cut at a dash so that Kafka keys stay short. */
    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * @param text any text
     * @return lower-case ASCII slug (accents removed, other characters as dashes, at most {@link #MAX_LENGTH}
     *         characters), or "" when nothing Latin or numeric is left (e.g. an Arabic-only title)
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        if (out.length() <= MAX_LENGTH) {
            return out.toString();
        }
        int cut = out.lastIndexOf("-", MAX_LENGTH);
        return out.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
}
