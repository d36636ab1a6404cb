package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A lower bound that distributes over the numbers listed after it under one verb (gold/README.md, "Qualifiers and
 * bounds"): "At least 502 were detained in Moscow and 524 in St. Petersburg", "at least 23 civilians and 17 soldiers
 * have been killed", "delivered more than 50,000 meals, 75,000 litres of water, 5,000 cots and 10,000 blankets" —
 * every number of the list is at least, or more than, what it says.
 *
 * <p>Only a number joined to the one before it by "and" or a comma, with no verb of its own between ("killing at
 * least 632 people and injuring 329": the 329 is exact), read as the same metric (or both as aid, a list of what one
 * delivery brought), and not told as a part of the one before ("at least 20 killed, 15 of them children").
 */
final class SharedQualifiers {

    private SharedQualifiers() {
    }

    /**
     * @param readings the sentence's readings, in phrase order
     * @return the phrases, with the exact numbers of such lists given the bound of the list's first number
     */
    static List<NumberPhrase> distribute(List<Token> t, List<NumberPhrase> phrases, List<Reading> readings) {
        List<NumberPhrase> out = null;
        Reading before = null;
        for (Reading r : readings) {
            List<NumberPhrase> now = out != null ? out : phrases;
            NumberPhrase p = now.get(r.phrase());
            if (before != null && listedAfter(t, now, before.phrase(), r.phrase())
                    && sameList(before.metric(), r.metric())) {
                Quantity bound = now.get(before.phrase()).quantity();
                if (isLowerBound(bound.qualifier()) && p.quantity().qualifier() == Qualifier.EXACT
                        && p.quantity().value() != null) {
                    if (out == null) {
                        out = new ArrayList<>(phrases);
                    }
                    long v = p.quantity().value();
                    out.set(r.phrase(), new NumberPhrase(p.first(), p.numFirst(), p.end(),
                            new Quantity(v, v, null, bound.qualifier()), p.form(), p.currency(), p.rejection()));
                }
            }
            before = r;
        }
        return out != null ? out : phrases;
    }

    /** @return whether the phrases after {@code from} up to {@code to} each join the list of the one before */
    private static boolean listedAfter(List<Token> t, List<NumberPhrase> phrases, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (!joinsTheListBefore(t, phrases.get(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean joinsTheListBefore(List<Token> t, NumberPhrase p) {
        int k = p.first();
        return k > 0 && (t.get(k - 1).is("and") || t.get(k - 1).is(",")) && p.form() != NumberPhrase.Form.INDEFINITE
                && p.form() != NumberPhrase.Form.VAGUE && !FigureParts.isPartOfTheOneBefore(t, p);
    }

    private static boolean sameList(Metric a, Metric b) {
        return a == b || a.kind() == Metric.Kind.AID && b.kind() == Metric.Kind.AID;
    }

    private static boolean isLowerBound(Qualifier q) {
        return q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
    }
}
