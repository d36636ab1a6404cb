package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the numbers of a sentence and reads them into {@link Quantity}s with their qualifiers.
 *
 * <p>Forms: digits with separators and scales ("1,200", "1.7 million", "2.5m", "1.2bn", "$40 million"), number words
 * ("Fifty-five", "a hundred and fifty", "two dozen", "half a million"), vague words ("dozens", "several hundred",
 * "tens of thousands"), ranges ("between 20 and 30", "20 to 30", "20-30", "two or three") and the indefinite article
 * read as one. Numbers that are dates, clock times, years, ages, ordinals, percentages, rates, identifiers, adjective
 * compounds ("seven-day") or fractions are returned marked with a rejection, so that later readers still see them as
 * numbers (a predicate scan stops at them) but never report them.
 *
 * <h2>Qualifier conventions</h2>
 * <pre>
 * text                         qualifier  value  low   high
 * 55                           exact      55     55    55
 * at least 100, 100 or more    at_least   100    100   -
 * more than 150, over, 400-plus,
 *   surpassed/exceeded 150     more_than  150    150   -     (low keeps the stated number, as the schema says)
 * about/around/some/roughly/
 *   approximately/an estimated about      200    -     -
 * nearly/almost/close to 200   nearly     200    -     200
 * up to/as many as 30          up_to      30     -     30
 * fewer than/less than 30      up_to      -      -     30
 * between 20 and 30, 20-30     range      20     20    30    (value = low: conservative)
 * several                      several    3      3     -
 * dozens                       dozens     12     12    -     (ACLED: "dozens" = 12)
 * tens (of people)             dozens     10     10    -     (ACLED: "tens" = 10)
 * scores                       dozens     20     20    -
 * hundreds                     hundreds   100    100   -     (ACLED: "hundreds" = 100)
 * several/a few hundred        hundreds   300/200 same -
 * thousands                    thousands  1000   1000  -
 * tens of thousands            thousands  10000  10000 -
 * hundreds of thousands        thousands  100000 100000 -
 * millions                     thousands  1000000 ...  -
 * </pre>
 * A vague word never gets an upper bound: the text does not state one. An explicit qualifier before a vague word
 * ("at least dozens") keeps the explicit qualifier with the vague word's value.
 */
final class QuantityReader {

    private static final Map<String, Integer> UNITS = Lexicon.hashed(Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19)));

    private static final Map<String, Integer> TENS = Lexicon.hashed(Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90));

    private static final Map<String, Long> SCALES = Lexicon.hashed(Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L,
            "millions", 1_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L));

    private static final Map<String, Long> SUFFIX_SCALES = Lexicon.hashed(Map.of(
            "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "million", 1_000_000L, "bn", 1_000_000_000L,
            "b", 1_000_000_000L, "billion", 1_000_000_000L));

    private static final Map<String, Long> VAGUE = Lexicon.hashed(Map.of(
            "dozens", 12L, "scores", 20L, "tens", 10L, "hundreds", 100L, "thousands", 1_000L,
            "millions", 1_000_000L));

    /** Words after "a"/"an" that do not make it the number one. */
    private static final Set<String> NOT_INDEFINITE = Lexicon.words(
            "few", "number", "total", "lot", "lots", "couple", "handful", "bit", "little", "further", "additional",
            "minimum", "maximum", "estimated", "reported", "record", "half", "quarter", "third", "fraction",
            "majority", "series", "host", "string", "wave", "spate", "day", "week", "month", "year", "time", "while",
            "statement", "spokesperson", "spokesman", "spokeswoman", "source", "report", "range", "rate", "result",
            "long", "short", "new", "hundred", "thousand", "million", "billion", "dozen", "mere", "whopping",
            "staggering", "confirmed", "approximate", "tally", "toll", "rise", "death", "ceasefire");

    private record QualifierWords(String[] words, Qualifier qualifier, boolean noValue) {
        static QualifierWords of(String text, Qualifier q) {
            return new QualifierWords(text.split(" "), q, false);
        }

        static QualifierWords bound(String text, Qualifier q) {
            return new QualifierWords(text.split(" "), q, true);
        }
    }

    /** Qualifier phrases before a number; longest first so "a maximum of" wins over "of". */
    private static final List<QualifierWords> PREFIXES = sortedLongestFirst(List.of(
            QualifierWords.of("at least", Qualifier.AT_LEAST), QualifierWords.of("at a minimum", Qualifier.AT_LEAST),
            QualifierWords.of("a minimum of", Qualifier.AT_LEAST), QualifierWords.of("no fewer than", Qualifier.AT_LEAST),
            QualifierWords.of("no less than", Qualifier.AT_LEAST), QualifierWords.of("not less than", Qualifier.AT_LEAST),
            QualifierWords.of("not fewer than", Qualifier.AT_LEAST), QualifierWords.of("at minimum", Qualifier.AT_LEAST),
            QualifierWords.of("more than", Qualifier.MORE_THAN), QualifierWords.of("over", Qualifier.MORE_THAN),
            QualifierWords.of("upwards of", Qualifier.MORE_THAN), QualifierWords.of("in excess of", Qualifier.MORE_THAN),
            QualifierWords.of("above", Qualifier.MORE_THAN), QualifierWords.of("greater than", Qualifier.MORE_THAN),
            QualifierWords.of("exceeded", Qualifier.MORE_THAN), QualifierWords.of("exceeding", Qualifier.MORE_THAN),
            QualifierWords.of("exceeds", Qualifier.MORE_THAN), QualifierWords.of("surpassed", Qualifier.MORE_THAN),
            QualifierWords.of("surpassing", Qualifier.MORE_THAN), QualifierWords.of("surpasses", Qualifier.MORE_THAN),
            QualifierWords.of("topped", Qualifier.MORE_THAN), QualifierWords.of("tops", Qualifier.MORE_THAN),
            QualifierWords.of("topping", Qualifier.MORE_THAN), QualifierWords.of("well over", Qualifier.MORE_THAN),
            QualifierWords.of("passes", Qualifier.MORE_THAN), QualifierWords.of("passed", Qualifier.MORE_THAN),
            QualifierWords.of("crosses", Qualifier.MORE_THAN), QualifierWords.of("crossed", Qualifier.MORE_THAN),
            QualifierWords.of("well above", Qualifier.MORE_THAN), QualifierWords.of("just over", Qualifier.MORE_THAN),
            QualifierWords.of("just above", Qualifier.MORE_THAN), QualifierWords.of("north of", Qualifier.MORE_THAN),
            QualifierWords.of("about", Qualifier.ABOUT), QualifierWords.of("around", Qualifier.ABOUT),
            QualifierWords.of("some", Qualifier.ABOUT), QualifierWords.of("approximately", Qualifier.ABOUT),
            QualifierWords.of("approx", Qualifier.ABOUT), QualifierWords.of("roughly", Qualifier.ABOUT),
            QualifierWords.of("an estimated", Qualifier.ABOUT), QualifierWords.of("estimated", Qualifier.ABOUT),
            QualifierWords.of("circa", Qualifier.ABOUT), QualifierWords.of("an approximate", Qualifier.ABOUT),
            QualifierWords.of("approximate", Qualifier.ABOUT), QualifierWords.of("~", Qualifier.ABOUT),
            QualifierWords.of("nearly", Qualifier.NEARLY), QualifierWords.of("almost", Qualifier.NEARLY),
            QualifierWords.of("close to", Qualifier.NEARLY), QualifierWords.of("just under", Qualifier.NEARLY),
            QualifierWords.of("just below", Qualifier.NEARLY), QualifierWords.of("just shy of", Qualifier.NEARLY),
            QualifierWords.of("just short of", Qualifier.NEARLY), QualifierWords.of("nearing", Qualifier.NEARLY),
            QualifierWords.of("approaching", Qualifier.NEARLY), QualifierWords.of("not quite", Qualifier.NEARLY),
            QualifierWords.of("up to", Qualifier.UP_TO), QualifierWords.of("as many as", Qualifier.UP_TO),
            QualifierWords.of("as much as", Qualifier.UP_TO), QualifierWords.of("a maximum of", Qualifier.UP_TO),
            QualifierWords.of("at most", Qualifier.UP_TO), QualifierWords.of("no more than", Qualifier.UP_TO),
            QualifierWords.of("not more than", Qualifier.UP_TO),
            QualifierWords.bound("fewer than", Qualifier.UP_TO), QualifierWords.bound("less than", Qualifier.UP_TO),
            QualifierWords.bound("under", Qualifier.UP_TO), QualifierWords.bound("below", Qualifier.UP_TO)));

    private static List<QualifierWords> sortedLongestFirst(List<QualifierWords> list) {
        List<QualifierWords> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        return List.copyOf(sorted);
    }

    /** A number before its context is known. */
    private static final class Core {
        int start;
        int numStart;
        int end;
        double value;
        double high = Double.NaN;
        NumberPhrase.Form form;
        Qualifier vague;
        Qualifier suffix;
        String currency;
        String rejection;
        boolean scaled;
    }

    /** Words that can start a number; any other word is skipped with one lookup. */
    private static final Set<String> NUMBER_STARTS = numberStarts();

    /** Qualifier phrases indexed by their last word (the word right before the number). */
    private static final Map<String, List<QualifierWords>> PREFIXES_BY_LAST_WORD = indexPrefixes();

    /** @return the words that can start a number (for {@link WordClasses}) */
    static Set<String> numberStartWords() {
        return NUMBER_STARTS;
    }

    private static Set<String> numberStarts() {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        words.addAll(UNITS.keySet());
        words.addAll(TENS.keySet());
        words.addAll(VAGUE.keySet());
        words.addAll(List.of("a", "an", "half", "several", "few", "many", "numerous", "us"));
        words.addAll(Lexicon.CURRENCIES.keySet());
        return Lexicon.lookup(words);
    }

    private static Map<String, List<QualifierWords>> indexPrefixes() {
        Map<String, List<QualifierWords>> index = new java.util.HashMap<>();
        for (QualifierWords q : PREFIXES) {
            index.computeIfAbsent(q.words()[q.words().length - 1], k -> new ArrayList<>()).add(q);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Lexicon.hashed(index);
    }

    private QuantityReader() {
    }

    /** @return every number of the sentence in order, candidates and rejected ones */
    static List<NumberPhrase> read(List<Token> t) {
        List<NumberPhrase> out = new ArrayList<>();
        int i = 0;
        int n = t.size();
        while (i < n) {
            Core core = readCore(t, i);
            if (core == null) {
                i++;
                continue;
            }
            NumberPhrase phrase = complete(t, core, out);
            out.add(phrase);
            i = Math.max(phrase.end(), i + 1);
        }
        return out;
    }

    // ---- the number itself ------------------------------------------------------------------------------------

    private static Core readCore(List<Token> t, int i) {
        Token tk = t.get(i);
        if (!tk.isDigits() && !tk.hasClass(WordClasses.NUMBER_START) && !(tk.isCompound() && tk.isWord())) {
            return null;
        }
        int j = i;
        String currency = null;
        if (tk.isPunct() && Lexicon.CURRENCIES.containsKey(tk.lower())) {
            currency = Lexicon.CURRENCIES.get(tk.lower());
            j++;
        } else if (tk.is("us") && i + 1 < t.size() && t.get(i + 1).is("$") && !t.get(i + 1).spaceBefore()) {
            currency = "USD";
            j += 2;
        } else if (tk.lower().length() == 3 && tk.isWord() && Character.isUpperCase(tk.text().charAt(1))
                && Lexicon.CURRENCIES.containsKey(tk.lower()) && i + 1 < t.size() && t.get(i + 1).isDigits()) {
            currency = Lexicon.CURRENCIES.get(tk.lower());
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        Core core;
        Token num = t.get(j);
        if (num.isDigits()) {
            core = readDigits(t, j);
        } else if (currency == null && num.isWord()) {
            core = readWords(t, j);
            if (core == null) {
                core = readVague(t, j);
            }
            if (core == null) {
                core = readIndefinite(t, j);
            }
        } else {
            core = null;
        }
        if (core == null) {
            return null;
        }
        core.numStart = core.start;
        if (currency != null) {
            core.currency = currency;
            core.start = i;
        }
        return core;
    }

    private static Core readDigits(List<Token> t, int j) {
        Core c = new Core();
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
            double first = numeric(parts[0]);
            if (Double.isNaN(first)) {
                c.rejection = "code";
                return c;
            }
            c.value = first;
            if (parts.length == 2) {
                double second = numeric(parts[1]);
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
            double v = numeric(s.substring(0, letter));
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
        double v = numeric(s);
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
    private static void readScale(List<Token> t, Core c) {
        if (c.end < t.size()) {
            String w = t.get(c.end).lower();
            Long scale = SCALES.get(w);
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

    /** @return the value of "1,200" or "1.7", NaN when not a plain number */
    static double numeric(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        long whole = 0;
        long frac = 0;
        long fracScale = 1;
        boolean dot = false;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch >= '0' && ch <= '9') {
                if (dot) {
                    if (fracScale < 1_000_000_000L) {
                        frac = frac * 10 + (ch - '0');
                        fracScale *= 10;
                    }
                } else {
                    if (whole > 100_000_000_000_000L) {
                        return Double.NaN;
                    }
                    whole = whole * 10 + (ch - '0');
                }
            } else if (ch == ',' && !dot) {
                continue;
            } else if (ch == '.' && !dot) {
                dot = true;
            } else {
                return Double.NaN;
            }
        }
        return whole + (double) frac / fracScale;
    }

    private enum WordKind { NONE, UNIT, TENS, HUNDRED, SCALE }

    /** Number words: "fifty-five", "a hundred and fifty", "two dozen", "half a million", "1.2" is not here. */
    private static Core readWords(List<Token> t, int i) {
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
                Core c = new Core();
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
        Core c = new Core();
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
    private static Core readVague(List<Token> t, int i) {
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
                Core c = vague(i, i + 1, 3, Qualifier.SEVERAL);
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

    private static Core vague(int start, int end, long value, Qualifier q) {
        Core c = new Core();
        c.start = start;
        c.end = end;
        c.value = value;
        c.vague = q;
        c.form = NumberPhrase.Form.VAGUE;
        return c;
    }

    /** "a Hezbollah fighter", "an Israeli soldier": one, when nothing numeric follows closely. */
    private static Core readIndefinite(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!(w.equals("a") || w.equals("an")) || i + 1 >= t.size()) {
            return null;
        }
        Token next = t.get(i + 1);
        if (!next.isWord() && !next.isDigits() || NOT_INDEFINITE.contains(next.lower())) {
            return null;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            Token tk = t.get(k);
            if (tk.isDigits() && !tk.isCompound() || UNITS.containsKey(tk.lower()) || TENS.containsKey(tk.lower())
                    || VAGUE.containsKey(tk.lower())) {
                return null;
            }
        }
        Core c = new Core();
        c.start = i;
        c.end = i + 1;
        c.value = 1;
        c.form = NumberPhrase.Form.INDEFINITE;
        return c;
    }

    // ---- context: qualifiers, ranges, non-figures -------------------------------------------------------------

    private static NumberPhrase complete(List<Token> t, Core core, List<NumberPhrase> earlier) {
        int n = t.size();
        int first = core.start;
        Qualifier qualifier = null;
        boolean noValue = false;
        QualifierWords prefix = prefixAt(t, core.start);
        if (prefix != null && core.form != NumberPhrase.Form.INDEFINITE) {
            qualifier = prefix.qualifier();
            noValue = prefix.noValue();
            first = core.start - prefix.words().length;
        }
        // ranges: "between 20 and 30", "20 to 30", "20 - 30", "two or three"
        double high = core.high;
        int end = core.end;
        if (Double.isNaN(high) && core.rejection == null && core.vague == null
                && core.form != NumberPhrase.Form.INDEFINITE && end + 1 < n) {
            String link = t.get(end).lower();
            boolean between = core.start > 0 && t.get(core.start - 1).is("between");
            boolean rangeLink = between ? link.equals("and")
                    : link.equals("to") || link.equals("-") || link.equals("\u2013") || link.equals("or");
            if (rangeLink) {
                Core second = readCore(t, end + 1);
                if (second != null && second.rejection == null && second.vague == null
                        && second.form != NumberPhrase.Form.INDEFINITE
                        && (second.currency == null || core.currency == null || second.currency.equals(core.currency))) {
                    double low = core.value;
                    if (!core.scaled && second.scaled && low < second.value) {
                        low = low * scaleOf(second);
                    }
                    boolean fromChange = isChangeFrom(t, core.start);
                    if (fromChange) {
                        // "rose from 150 to 178": the first number is the previous value, not a figure
                        return phrase(first, core, Qualifier.EXACT, false, core.value, Double.NaN, core.end)
                                .reject("previous-value");
                    }
                    boolean plausible = second.value > low && (!link.equals("or") || second.value <= low * 2 + 1);
                    if (plausible) {
                        core.value = low;
                        high = second.value;
                        end = second.end;
                        if (second.currency != null) {
                            core.currency = second.currency;
                        }
                        if (between) {
                            first = core.start - 1;
                        }
                    }
                }
            }
        }
        // suffix qualifiers: "100 or more", "400-plus", "400+", "100 or so", "30 or fewer"
        if (core.suffix != null) {
            qualifier = core.suffix;
        } else if (end + 1 < n && t.get(end).is("or")) {
            String w = t.get(end + 1).lower();
            if (w.equals("more")) {
                qualifier = Qualifier.AT_LEAST;
                end += 2;
            } else if (w.equals("so")) {
                qualifier = Qualifier.ABOUT;
                end += 2;
            } else if (w.equals("fewer") || w.equals("less")) {
                qualifier = Qualifier.UP_TO;
                end += 2;
            }
        } else if (end < n && (t.get(end).is("plus") || t.get(end).is("+") && !t.get(end).spaceBefore())
                && core.form != NumberPhrase.Form.INDEFINITE) {
            qualifier = Qualifier.MORE_THAN;
            end++;
        }
        Qualifier q = !Double.isNaN(high) ? Qualifier.RANGE
                : qualifier != null ? qualifier
                : core.vague != null ? core.vague
                : Qualifier.EXACT;
        NumberPhrase phrase = phrase(first, core, q, noValue, core.value, high, end);
        String rejection = core.rejection != null ? core.rejection : nonFigure(t, phrase, core);
        return rejection == null ? phrase : phrase.reject(rejection);
    }

    private static long scaleOf(Core c) {
        double v = c.value;
        return v >= 1e9 ? 1_000_000_000L : v >= 1e6 ? 1_000_000L : v >= 1e3 ? 1_000L : 1L;
    }

    private static boolean isChangeFrom(List<Token> t, int start) {
        if (start < 2 || !t.get(start - 1).is("from")) {
            return false;
        }
        for (int k = start - 2; k >= Math.max(0, start - 5); k--) {
            String w = t.get(k).lower();
            if (w.equals("rose") || w.equals("risen") || w.equals("rise") || w.equals("rises") || w.equals("increased")
                    || w.equals("jumped") || w.equals("climbed") || w.equals("grew") || w.equals("up")
                    || w.equals("down") || w.equals("fell") || w.equals("dropped") || w.equals("decreased")
                    || w.equals("surged") || w.equals("soared") || w.equals("revised") || w.equals("updated")
                    || w.equals("raised") || w.equals("lowered") || w.equals("increase") || w.equals("jump")) {
                return true;
            }
        }
        return false;
    }

    private static NumberPhrase phrase(int first, Core core, Qualifier q, boolean noValue, double value,
                                       double high, int end) {
        long v = Math.round(value);
        Quantity quantity;
        switch (q) {
            case EXACT -> quantity = new Quantity(v, v, v, q);
            case AT_LEAST, MORE_THAN, SEVERAL, DOZENS, HUNDREDS, THOUSANDS -> quantity = new Quantity(v, v, null, q);
            case ABOUT -> quantity = new Quantity(v, null, null, q);
            case NEARLY -> quantity = new Quantity(v, null, v, q);
            case UP_TO -> quantity = new Quantity(noValue ? null : v, null, v, q);
            case RANGE -> quantity = new Quantity(v, v, Math.round(high), q);
            default -> throw new IllegalStateException(q.name());
        }
        return new NumberPhrase(first, core.numStart, end, quantity, core.form, core.currency, null);
    }

    private static QualifierWords prefixAt(List<Token> t, int start) {
        if (start == 0) {
            return null;
        }
        List<QualifierWords> candidates = PREFIXES_BY_LAST_WORD.get(t.get(start - 1).lower());
        if (candidates == null) {
            return null;
        }
        for (QualifierWords q : candidates) {
            int len = q.words().length;
            if (start - len < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < len; k++) {
                if (!t.get(start - len + k).lower().equals(q.words()[k])) {
                    match = false;
                    break;
                }
            }
            if (!match) {
                continue;
            }
            String before = start - len - 1 >= 0 ? t.get(start - len - 1).lower() : "";
            if (q.words()[0].equals("over") && Lexicon.OVER_VERBS.contains(before)
                    || q.words()[0].equals("about") && Lexicon.ABOUT_VERBS.contains(before)
                    || (q.words()[0].equals("under") || q.words()[0].equals("below"))
                    && !(start < t.size() && t.get(start).isDigits())) {
                return null;
            }
            return q;
        }
        return null;
    }

    /** @return why the number is not a figure, or null */
    private static String nonFigure(List<Token> t, NumberPhrase p, Core core) {
        int n = t.size();
        int s = core.numStart;
        Token num = t.get(s);
        Token prev = s > 0 ? t.get(s - 1) : null;
        Token prev2 = s > 1 ? t.get(s - 2) : null;
        Token next = p.end() < n ? t.get(p.end()) : null;
        Token next2 = p.end() + 1 < n ? t.get(p.end() + 1) : null;
        Token coreNext = core.end < n ? t.get(core.end) : null;
        double v = core.value;
        if (v != Math.rint(v) || v > 1e13) {
            return "fraction";
        }
        if (core.form == NumberPhrase.Form.DIGITS && core.currency == null) {
            if (prev != null && isMonth(prev) || prev != null && prev.is(".") && prev2 != null && isMonth(prev2)
                    || coreNext != null && isMonth(coreNext)) {
                return "date";
            }
            String s0 = num.lower();
            if (s0.length() == 4 && s0.indexOf(',') < 0 && s0.indexOf('.') < 0 && v >= 1900 && v <= 2100
                    && !core.scaled && !(coreNext != null && (Lexicon.PERSON_HEADS.contains(coreNext.lower())
                    || Lexicon.METRIC_WORDS.containsKey(coreNext.lower())))) {
                return "year";
            }
            if (coreNext != null && Lexicon.TIME_MARKERS.contains(coreNext.lower())) {
                return "time";
            }
            if (prev != null && (prev.isDigits() && !prev.isCompound() || prev.is("+") || prev.is("#"))
                    || coreNext != null && coreNext.isDigits() && !coreNext.isCompound()) {
                return "code";
            }
        }
        if (core.form == NumberPhrase.Form.WORDS && prev != null && isMonth(prev) && prev.isCapitalized()) {
            return "date";
        }
        if (next != null && (next.is("%") || next.is("percent") || next.is("pct") || next.is("percentage")
                || next.is("per") && next2 != null && next2.is("cent"))) {
            return "percent";
        }
        int before = p.first() - 1;
        Token q1 = before >= 0 ? t.get(before) : null;
        Token q2 = before >= 1 ? t.get(before - 1) : null;
        if (q1 != null && (q1.is("aged") || q1.is("age") || q1.is("ages")
                || q1.is("of") && q2 != null && (q2.is("age") || q2.is("ages")))) {
            return "age";
        }
        if (next != null && next2 != null && (next.is("years") || next.is("year") || next.is("months")
                || next.is("month") || next.is("weeks") || next.is("days")) && next2.is("old")) {
            return "age";
        }
        if (q1 != null && (q1.is("every") || q1.is("each") || q1.is("per"))) {
            return "rate";
        }
        if (perPeriodFollows(t, p.end())) {
            // "about 500 trucks a day before the war", "100 lorries per day are needed": a rate, not a count
            return "rate";
        }
        if (q1 != null && q1.is("in") && core.value == 1 && q2 != null && (q2.isDigits() || q2.is("one"))) {
            return "rate";
        }
        if (q1 != null && Lexicon.IDENTIFIER_WORDS.contains(q1.lower()) && (q1.isCapitalized() || q1.is("no"))
                && core.form == NumberPhrase.Form.DIGITS && core.currency == null) {
            return "identifier";
        }
        if (num.is("one") && (q1 != null && (q1.is("no") || q1.is("any") || q1.is("every") || q1.is("someone"))
                || next != null && (next.is("another") || next.is("by") || next.is("after") || next.is("way")
                || next.is("side") || next.is("thing") || next.is("point") || next.is("hand")))) {
            return "idiom";
        }
        if (next != null && (next.is("in") && next2 != null && (next2.isDigits() || UNITS.containsKey(next2.lower())))
                && core.form != NumberPhrase.Form.VAGUE && core.currency == null) {
            // "one in 10 Gazans": a ratio
            return "rate";
        }
        return null;
    }


    private static final java.util.Set<String> PERIODS = Lexicon.words("day", "week", "month", "night", "hour");

    /**
     * Whether the figure's own phrase (up to six words, not past a comma or clause end) is "a/per/each/every
     * [working] day|week|month|night|hour" or "daily"/"weekly": the number is then a rate. "a day after/before/
     * earlier/later/ago" is a time reference, not a rate.
     */
    static boolean perPeriodFollows(List<Token> t, int from) {
        int limit = Math.min(t.size(), from + 6);
        for (int i = from; i < limit; i++) {
            Token tk = t.get(i);
            if (tk.isPunct() || tk.isDigits()) {
                return false;
            }
            if (tk.is("daily") || tk.is("weekly") || tk.is("nightly")) {
                return true;
            }
            if (tk.is("a") || tk.is("per") || tk.is("each") || tk.is("every")) {
                int j = i + 1;
                if (j < t.size() && (t.get(j).is("working") || t.get(j).is("single"))) {
                    j++;
                }
                if (j < t.size() && PERIODS.contains(t.get(j).lower())) {
                    Token after = j + 1 < t.size() ? t.get(j + 1) : null;
                    return after == null || !(after.is("after") || after.is("before") || after.is("earlier")
                            || after.is("later") || after.is("ago"));
                }
            }
        }
        return false;
    }

    private static boolean isMonth(Token tk) {
        return tk.isCapitalized() && Lexicon.MONTHS.containsKey(tk.lower());
    }
}
