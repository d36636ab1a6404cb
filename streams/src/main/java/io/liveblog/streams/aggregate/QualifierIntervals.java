package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;

/**
 * What a figure's words allow the true number to be, as an interval, so that two tellings of one figure agree when
 * their intervals meet: "some 55", "55" and "at least 55" can all be the same 55 trucks; "more than 55" cannot be
 * exactly 55. Claims of one best value reach this from {@link FactIdentity}, claims of different ones from
 * {@link ValueLinks}.
 *
 * <pre>
 * qualifier                               interval
 * exact 55                                [55, 55]
 * at_least 55                             [55, +inf)
 * more_than 55                            [56, +inf)
 * about 55 ("some", "around")             [55 - 10%, 55 + 10%]
 * nearly 55                               [55 - 10%, 55]
 * up_to 55, range 40-55                   [low or 0, high]
 * dozens, hundreds, thousands             [low, 99], [low, 999], [low, 999,999]
 * several                                 [low, +inf)
 * </pre>
 */
final class QualifierIntervals {

    /** How far an "about" figure may lie from its stated number, in percent. */
    static final int ABOUT_PERCENT = 10;

    private QualifierIntervals() {
    }

    /** An interval of counts; {@code high} is {@link Long#MAX_VALUE} when unbounded. */
    record Interval(long low, long high) {
        boolean meets(Interval o) {
            return Math.max(low, o.low) <= Math.min(high, o.high);
        }

        /** @return whether the figure has an upper bound ("55", "about 55", "up to 55"; not "more than 55") */
        boolean bounded() {
            return high != Long.MAX_VALUE;
        }
    }

    /** @return whether the two figures' intervals meet (unknown figures meet anything) */
    static boolean compatible(Claim a, Claim b) {
        return of(a).meets(of(b));
    }

    /**
     * The most a vague count can be: a writer who had a hundred would say "hundreds", one who had a thousand
     * "thousands", and a million is told in millions. So "dozens killed" and "at least 50 killed" can be one toll, and
     * "dozens" and "at least 150" cannot.
     */
    static long vagueCeiling(String q) {
        return switch (q) {
            case "dozens" -> 99;
            case "hundreds" -> 999;
            default -> 999_999;
        };
    }

    /** @return the interval a claim's figure allows */
    static Interval of(Claim c) {
        Long v = c.getValue();
        long low = c.getLow() != null ? c.getLow() : 0;
        long high = c.getHigh() != null ? c.getHigh() : Long.MAX_VALUE;
        if (v == null) {
            return new Interval(low, high);
        }
        long slack = Math.max(1, v * ABOUT_PERCENT / 100);
        return switch (c.getQualifier()) {
            case "exact" -> new Interval(v, v);
            case "at_least" -> new Interval(v, Long.MAX_VALUE);
            case "more_than" -> new Interval(v + 1, Long.MAX_VALUE);
            case "about" -> new Interval(v - slack, v + slack);
            case "nearly" -> new Interval(v - slack, v);
            case "up_to", "range" -> new Interval(low, c.getHigh() != null ? high : v);
            case "dozens", "hundreds", "thousands" -> new Interval(c.getLow() != null ? low : v,
                    vagueCeiling(c.getQualifier()));
            default -> new Interval(c.getLow() != null ? low : v, high);
        };
    }
}
