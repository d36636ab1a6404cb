package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>This class finds where each number starts (a currency before it included) and hands the rest on: the number
 * itself is read by {@link NumberInDigits} and {@link NumberInWords}, the phrase around it by
 * {@link QualifiersAndRanges}, and {@link NonFigureChecks} marks the numbers that are no figure.
 */
final class QuantityReader {

    /** Words that can start a number; any other word is skipped with one lookup. */
    private static final Set<String> NUMBER_STARTS = numberStarts();

    /** @return the words that can start a number (for {@link WordClasses}) */
    static Set<String> numberStartWords() {
        return NUMBER_STARTS;
    }

    private static Set<String> numberStarts() {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        words.addAll(NumberInWords.UNITS.keySet());
        words.addAll(NumberInWords.TENS.keySet());
        words.addAll(NumberInWords.VAGUE.keySet());
        words.addAll(List.of("a", "an", "half", "several", "few", "many", "numerous", "us"));
        words.addAll(MoneyWords.CURRENCIES.keySet());
        return Lexicon.lookup(words);
    }

    private QuantityReader() {
    }

    /** @return every number of the sentence in order, candidates and rejected ones */
    static List<NumberPhrase> read(List<Token> t) {
        List<NumberPhrase> out = new ArrayList<>();
        int i = 0;
        int n = t.size();
        while (i < n) {
            NumberCore core = readCore(t, i);
            if (core == null) {
                i++;
                continue;
            }
            NumberPhrase phrase = QualifiersAndRanges.complete(t, core, out);
            out.add(phrase);
            i = Math.max(phrase.end(), i + 1);
        }
        return out;
    }

    // ---- the number itself ------------------------------------------------------------------------------------

    static NumberCore readCore(List<Token> t, int i) {
        Token tk = t.get(i);
        if (!tk.isDigits() && !tk.hasClass(WordClasses.NUMBER_START) && !(tk.isCompound() && tk.isWord())) {
            return null;
        }
        int j = i;
        String currency = null;
        if (tk.isPunct() && MoneyWords.CURRENCIES.containsKey(tk.lower())) {
            currency = MoneyWords.CURRENCIES.get(tk.lower());
            j++;
        } else if (tk.is("us") && i + 1 < t.size() && t.get(i + 1).is("$") && !t.get(i + 1).spaceBefore()) {
            currency = "USD";
            j += 2;
        } else if (tk.lower().length() == 3 && tk.isWord() && Character.isUpperCase(tk.text().charAt(1))
                && MoneyWords.CURRENCIES.containsKey(tk.lower()) && i + 1 < t.size() && t.get(i + 1).isDigits()) {
            currency = MoneyWords.CURRENCIES.get(tk.lower());
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        NumberCore core;
        Token num = t.get(j);
        if (num.isDigits()) {
            core = NumberInDigits.readDigits(t, j);
        } else if (currency == null && num.isWord()) {
            core = NumberInWords.readWords(t, j);
            if (core == null) {
                core = NumberInWords.readVague(t, j);
            }
            if (core == null) {
                core = NumberInWords.readIndefinite(t, j);
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
}
