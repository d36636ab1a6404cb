package io.liveblog.streams.aggregate;

/**
 * A figure as best estimate with lower and upper bound. Null means "no information" for {@code value} and
 * {@code low}, and "unbounded" for {@code high}.
 *
 * @param value best estimate
 * @param low lower bound
 * @param high upper bound
 */
public record Bounds(Long value, Long low, Long high) {

    /** Nothing known: the neutral element of {@link #plus} and {@link #atLeast}. */
    public static final Bounds NONE = new Bounds(null, null, null);

    /** @return whether nothing is known */
    public boolean isNone() {
        return value == null && low == null && high == null;
    }

    /**
     * Figures of disjoint sets added up: best and low add (missing counts as 0 when the other side is known), the
     * upper bound is unbounded if either side is.
     */
    public Bounds plus(Bounds o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        return new Bounds(addNullable(value, o.value), addNullable(low, o.low),
                high == null || o.high == null ? null : high + o.high);
    }

    /**
     * Two estimates of the same set (an authority's running total and the sum of its parts): the set is at least as
     * large as each, so best and low take the maximum; the upper bound is the larger one, unbounded if either is.
     */
    public Bounds atLeast(Bounds o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        Long h = high == null || o.high == null ? null : Math.max(high, o.high);
        return new Bounds(maxNullable(value, o.value), maxNullable(low, o.low), h).consistent();
    }

    /**
     * Conservative combination of different authorities' estimates of the same set (the ACLED rule: when sources
     * disagree take the most conservative figure): best and low are the minimum, the upper bound the maximum
     * (unbounded if any is).
     */
    public Bounds conservativeWith(Bounds o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        Long h = high == null || o.high == null ? null : Math.max(high, o.high);
        return new Bounds(minNullable(value, o.value), minNullable(low, o.low), h).consistent();
    }

    /** Keeps low <= value <= high where the bounds are known. */
    Bounds consistent() {
        Long v = value;
        Long l = low;
        Long h = high;
        if (v != null && l != null && l > v) {
            l = v;
        }
        if (v != null && h != null && h < v) {
            h = v;
        }
        return new Bounds(v, l, h);
    }

    private static Long addNullable(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }

    private static Long maxNullable(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    private static Long minNullable(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }
}
