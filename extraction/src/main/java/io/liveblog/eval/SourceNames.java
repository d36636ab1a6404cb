package io.liveblog.eval;

import java.text.Normalizer;
import java.util.Locale;

/** The comparison key of a source name: the gold and a prediction agree when their keys are equal. */
final class SourceNames {

    private SourceNames() {
    }

    /**
     * Case, accents, curly apostrophes, a leading "the", hyphen/space variants and trailing punctuation do not
     * make two authorities different ("The Gaza Health Ministry" = "Gaza health ministry").
     *
     * @return the key, or null for a null or blank name
     */
    static String key(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(source, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s\\-\u2010\u2011\u2013\u2014]+", " ").trim();
        s = s.replaceAll("[.,;:]+$", "");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
