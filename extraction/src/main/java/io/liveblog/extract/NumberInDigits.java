package io.liveblog.extract;

import java.util.List;
import java.util.Map;

/**
 * Reads a number written in digits: separators and decimals ("1,200", "1.7"), a scale word or suffix ("1.7 million",
 * "2.5m", "1.2bn"), a range or suffix qualifier inside the token ("20-30", "400-plus", "50-odd"), and marks the
 * digit tokens that are no count (clock times, dates with a slash, ordinals, decades, codes, units).
 *
 * <p>Separate from {@link NumberInWords}: a number in digits is read from the characters of one token (and a scale
 * word after it), a number in words from a run of words.
 */
final class NumberInDigits {

    private static final Map<String, Long> SUFFIX_SCALES = Lexicon.hashed(Map.of(
            "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "million", 1_000_000L, "bn", 1_000_000_000L,
            "b", 1_000_000_000L, "billion", 1_000_000_000L));

    private NumberInDigits() {
    }

    static NumberCore readDigits(List<Token> t, int j) {
        NumberCore c = new NumberCore();
        c.start = j;
        c.end = j + 1;
        c.form = NumberPhrase.Form.DIGITS;
        String s = t.get(j).lower();
        if (s.indexOf(':') >= 0) {
            c.rejection = "time";
            return c;
        }
        if (s.indexOf('/') >= 0) {
            c.rejection = "date";
            return c;
        }
        if (s.indexOf('-') > 0) {
            String[] parts = s.split("-");
            double first = QuantityReader.numeric(parts[0]);
            if (Double.isNaN(first)) {
                c.rejection = "code";
                return c;
            }
            c.value = first;
            if (parts.length == 2) {
                double second = QuantityReader.numeric(parts[1]);
                Long scale = SUFFIX_SCALES.get(parts[1]);
                if (!Double.isNaN(second) && second > first && second <= first * 10) {
                    c.high = second;
                    return c;
                } else if (parts[1].equals("plus")) {
                    c.suffix = Qualifier.MORE_THAN;
                    return c;
                } else if (parts[1].equals("odd")) {
                    c.suffix = Qualifier.ABOUT;
                    return c;
                } else if (scale != null) {
                    c.value = first * scale;
                    c.scaled = true;
                    return c;
                }
            }
            c.rejection = "compound";
            return c;
        }
        int letter = firstLetter(s);
        if (letter > 0) {
            double v = QuantityReader.numeric(s.substring(0, letter));
            String suffix = s.substring(letter);
            Long scale = SUFFIX_SCALES.get(suffix);
            if (Double.isNaN(v)) {
                c.rejection = "code";
            } else if (scale != null) {
                c.value = v * scale;
                c.scaled = true;
            } else if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                c.rejection = "ordinal";
            } else if (suffix.equals("s") || suffix.equals("'s")) {
                c.rejection = "decade";
            } else {
                c.rejection = "unit";
            }
            return c;
        }
        double v = QuantityReader.numeric(s);
        if (Double.isNaN(v)) {
            c.rejection = "code";
            return c;
        }
        c.value = v;
        if (s.length() == 4 && s.charAt(0) == '0') {
            c.rejection = "time";
        }
        readScale(t, c);
        return c;
    }

    /** "1.7 million", "3 hundred": a scale word after the digits. */
    private static void readScale(List<Token> t, NumberCore c) {
        if (c.end < t.size()) {
            String w = t.get(c.end).lower();
            Long scale = NumberInWords.SCALES.get(w);
            if (scale == null && w.equals("hundred")) {
                scale = 100L;
            }
            if (scale != null) {
                c.value *= scale;
                c.scaled = true;
                c.end++;
            }
        }
    }

    private static int firstLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k)) || s.charAt(k) == '\'') {
                return k;
            }
        }
        return -1;
    }
}
