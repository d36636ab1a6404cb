package io.liveblog.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a number written in words: number words ("Fifty-five", "a hundred and fifty", "two dozen", "half a
 * million"), vague words ("dozens", "several hundred", "tens of thousands") and the indefinite article read as one
 * ("a Hezbollah fighter").
 *
 * <p>Separate from {@link NumberInDigits}, which reads the characters of one token: here a number is a run of
 * words, and these word lists also tell {@link QuantityReader} which words can start a number.
 */
final class NumberInWords {

    static final Map<String, Integer> UNITS = Lexicon.hashed(Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19)));

    static final Map<String, Integer> TENS = Lexicon.hashed(Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90));

    static final Map<String, Long> SCALES = Lexicon.hashed(Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L,
            "millions", 1_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L));

    static final Map<String, Long> VAGUE = Lexicon.hashed(Map.of(
            "dozens", 12L, "scores", 20L, "tens", 10L, "hundreds", 100L, "thousands", 1_000L,
            "millions", 1_000_000L));

    /** Words after "a"/"an" that do not make it the number one. */
    private static final WordSet NOT_INDEFINITE = Lexicon.words(
            "few", "number", "total", "lot", "lots", "couple", "handful", "bit", "little", "further", "additional",
            "minimum", "maximum", "estimated", "reported", "record", "half", "quarter", "third", "fraction",
            "majority", "series", "host", "string", "wave", "spate", "day", "week", "month", "year", "time", "while",
            "statement", "spokesperson", "spokesman", "spokeswoman", "source", "report", "range", "rate", "result",
            "long", "short", "new", "hundred", "thousand", "million", "billion", "dozen", "mere", "whopping",
            "staggering", "confirmed", "approximate", "tally", "toll", "rise", "death", "ceasefire");

    private NumberInWords() {
    }

    private enum WordKind { NONE, UNIT, TENS, HUNDRED, SCALE }

    /** Number words: "fifty-five", "a hundred and fifty", "two dozen", "half a million", "1.2" is not here. */
    static NumberCore readWords(List<Token> t, int i) {
        int n = t.size();
        int j = i;
        double multiplier = 1;
        long total = 0;
        long current = 0;
        WordKind last = WordKind.NONE;
        String w0 = t.get(i).lower();
        if (w0.equals("half") && i + 2 < n && t.get(i + 1).is("a") && isScaleOrDozen(t.get(i + 2).lower())) {
            multiplier = 0.5;
            current = 1;
            j = i + 2;
            last = WordKind.UNIT;
        } else if ((w0.equals("a") || w0.equals("an")) && i + 1 < n && isScaleOrDozen(t.get(i + 1).lower())) {
            current = 1;
            j = i + 1;
            last = WordKind.UNIT;
        }
        if (j == i && t.get(i).isCompound()) {
            String[] parts = t.get(i).lower().split("-");
            if ((UNITS.containsKey(parts[0]) || TENS.containsKey(parts[0])) && compoundWords(t.get(i).lower()) < 0) {
                // "seven-day", "two-state", "four-year-old": a number inside an adjective
                NumberCore c = new NumberCore();
                c.start = i;
                c.end = i + 1;
                c.form = NumberPhrase.Form.WORDS;
                c.rejection = "compound";
                return c;
            }
        }
        while (j < n) {
            Token tk = t.get(j);
            String w = tk.lower();
            if (tk.isCompound()) {
                long compound = compoundWords(w);
                if (compound < 0 || !(last == WordKind.NONE || last == WordKind.HUNDRED || last == WordKind.SCALE)) {
                    break;
                }
                current += compound;
                last = WordKind.UNIT;
            } else if (UNITS.containsKey(w)) {
                boolean afterTens = last == WordKind.TENS && current % 10 == 0 && UNITS.get(w) < 10;
                if (!(last == WordKind.NONE || afterTens || last == WordKind.HUNDRED || last == WordKind.SCALE)) {
                    break;
                }
                current += UNITS.get(w);
                last = WordKind.UNIT;
            } else if (TENS.containsKey(w)) {
                if (!(last == WordKind.NONE || last == WordKind.HUNDRED || last == WordKind.SCALE)) {
                    break;
                }
                current += TENS.get(w);
                last = WordKind.TENS;
            } else if (w.equals("hundred")) {
                if (last != WordKind.UNIT && last != WordKind.TENS) {
                    break;
                }
                current *= 100;
                last = WordKind.HUNDRED;
            } else if (w.equals("dozen")) {
                if (last != WordKind.UNIT) {
                    break;
                }
                current *= 12;
                last = WordKind.SCALE;
            } else if (SCALES.containsKey(w) && Character.isLetter(w.charAt(0)) && !w.equals("millions")) {
                if (last == WordKind.NONE || last == WordKind.SCALE && current == 0) {
                    break;
                }
                total += current * SCALES.get(w);
                current = 0;
                last = WordKind.SCALE;
            } else if (w.equals("and") && (last == WordKind.HUNDRED || last == WordKind.SCALE) && j + 1 < n
                    && (UNITS.containsKey(t.get(j + 1).lower()) || TENS.containsKey(t.get(j + 1).lower())
                    || compoundWords(t.get(j + 1).lower()) > 0)) {
                j++;
                continue;
            } else {
                break;
            }
            j++;
        }
        if (last == WordKind.NONE) {
            return null;
        }
        NumberCore c = new NumberCore();
        c.start = i;
        c.end = j;
        c.value = (total + current) * multiplier;
        c.form = NumberPhrase.Form.WORDS;
        c.scaled = total > 0;
        return c;
    }

    private static boolean isScaleOrDozen(String w) {
        return w.equals("hundred") || w.equals("thousand") || w.equals("million") || w.equals("billion")
                || w.equals("dozen");
    }

    /** "fifty-five" = 55, "twenty-one" = 21; -1 when the compound is not a number. */
    private static long compoundWords(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0 || w.indexOf('-', dash + 1) >= 0) {
            return -1;
        }
        Integer tens = TENS.get(w.substring(0, dash));
        Integer unit = UNITS.get(w.substring(dash + 1));
        return tens != null && unit != null && unit > 0 && unit < 10 ? tens + unit : -1;
    }

    /** "dozens", "several", "hundreds of thousands", "several hundred", "a few thousand". */
    static NumberCore readVague(List<Token> t, int i) {
        int n = t.size();
        String w = t.get(i).lower();
        int j = i;
        long multiplier = 1;
        if (w.equals("several") || w.equals("few") && i > 0 && t.get(i - 1).is("a")) {
            long base = w.equals("several") ? 3 : 2;
            if (i + 1 < n && isScaleOrDozen(t.get(i + 1).lower())) {
                multiplier = base;
                j = i + 1;
                w = t.get(j).lower();
            } else if (w.equals("several")) {
                NumberCore c = vague(i, i + 1, 3, Qualifier.SEVERAL);
                return c;
            } else {
                return null;
            }
            long unit = w.equals("dozen") ? 12 : w.equals("hundred") ? 100 : SCALES.get(w);
            return vague(multiplier == 2 ? i - 1 : i, j + 1, multiplier * unit, classify(multiplier * unit));
        }
        if ((w.equals("many") || w.equals("numerous")) && i + 1 < n && VAGUE.containsKey(t.get(i + 1).lower())) {
            j = i + 1;
            w = t.get(j).lower();
        }
        Long base = VAGUE.get(w);
        if (base == null) {
            return null;
        }
        long value = base;
        int end = j + 1;
        if (end + 1 < n && t.get(end).is("of")) {
            String next = t.get(end + 1).lower();
            if (next.equals("thousands")) {
                value *= 1_000;
                end += 2;
            } else if (next.equals("millions")) {
                value *= 1_000_000;
                end += 2;
            }
        }
        if (w.equals("tens") && end == j + 1 && !(end < n && t.get(end).is("of"))) {
            return null;
        }
        return vague(i, end, value, classify(value));
    }

    private static Qualifier classify(long value) {
        return value < 100 ? Qualifier.DOZENS : value < 1_000 ? Qualifier.HUNDREDS : Qualifier.THOUSANDS;
    }

    private static NumberCore vague(int start, int end, long value, Qualifier q) {
        NumberCore c = new NumberCore();
        c.start = start;
        c.end = end;
        c.value = value;
        c.vague = q;
        c.form = NumberPhrase.Form.VAGUE;
        return c;
    }

    /** "a Hezbollah fighter", "an Israeli soldier": one, when nothing numeric follows closely. */
    static NumberCore readIndefinite(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!(w.equals("a") || w.equals("an")) || i + 1 >= t.size()) {
            return null;
        }
        Token next = t.get(i + 1);
        if (!next.isWord() && !next.isDigits() || NOT_INDEFINITE.contains(next)) {
            return null;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            Token tk = t.get(k);
            if (AidWords.CARGO_OPENERS.contains(tk)) {
                break; // "a plane carrying 25 tonnes": the number counts the load, the "a" is still one plane
            }
            if (tk.isDigits() && !tk.isCompound() || UNITS.containsKey(tk.lower()) || TENS.containsKey(tk.lower())
                    || VAGUE.containsKey(tk.lower())) {
                return null;
            }
        }
        NumberCore c = new NumberCore();
        c.start = i;
        c.end = i + 1;
        c.value = 1;
        c.form = NumberPhrase.Form.INDEFINITE;
        return c;
    }
}
