package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes the phrase around a number once the number itself is read: the qualifier words before it ("at least",
 * "nearly", "up to", "fewer than"), a range ("between 20 and 30", "20 to 30", "two or three"), a suffix qualifier
 * ("100 or more", "400-plus", "100 or so") and the {@link Quantity} with the bounds its qualifier gives (the
 * conventions are listed on {@link QuantityReader}).
 *
 * <p>Separate from {@link NumberInDigits} and {@link NumberInWords}, which read the number alone, and from
 * {@link NonFigureChecks}, which only says whether the completed phrase is a figure.
 */
final class QualifiersAndRanges {

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

    /** Qualifier phrases indexed by their last word (the word right before the number). */
    private static final Map<String, List<QualifierWords>> PREFIXES_BY_LAST_WORD = indexPrefixes();

    private static Map<String, List<QualifierWords>> indexPrefixes() {
        Map<String, List<QualifierWords>> index = new java.util.HashMap<>();
        for (QualifierWords q : PREFIXES) {
            index.computeIfAbsent(q.words()[q.words().length - 1], k -> new ArrayList<>()).add(q);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Lexicon.hashed(index);
    }

    private QualifiersAndRanges() {
    }

    // ---- context: qualifiers, ranges, non-figures -------------------------------------------------------------

    static NumberPhrase complete(List<Token> t, NumberCore core, List<NumberPhrase> earlier) {
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
                NumberCore second = QuantityReader.readCore(t, end + 1);
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
        String rejection = core.rejection != null ? core.rejection : NonFigureChecks.nonFigure(t, phrase, core);
        return rejection == null ? phrase : phrase.reject(rejection);
    }

    private static long scaleOf(NumberCore c) {
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

    private static NumberPhrase phrase(int first, NumberCore core, Qualifier q, boolean noValue, double value,
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
}
