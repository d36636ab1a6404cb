package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.Comparator;
import java.util.List;

/**
 * One real-world figure, however many posts cite it. Its figures are those of its citations (which agree by
 * construction: one best value, or numbers whose words agree as intervals, of which the most precise stands); its time is when it was first reported, so a stale figure quoted again in a later roundup does not
 * become the "latest" running total.
 *
 * <p>Immutable. What the aggregation asks of a fact on every evaluation (the citation standing for it, when it was
 * first reported, its authority) is worked out once here, because facts are kept between claim changes
 * ({@link PlaceMetricClaims}) and evaluated many times.
 */
public final class Fact {

    static final String UNATTRIBUTED = "unattributed";

    private static final Comparator<Claim> STANDS_FOR = Comparator
            .comparing((Claim c) -> -c.getLocationIds().size())
            .thenComparing(c -> "headline".equals(c.getField()))
            .thenComparing(Claim::getEventTime)
            .thenComparing(Claim::getClaimId);

    private final List<Claim> citations;
    private final Claim first;
    private final long firstReported;
    private final String authority;
    private final String baseline;
    private final String baselineText;
    private final Bounds bounds;
    /** The most precise citation, whose number is the fact's when its citations tell several. */
    private final Claim figure;
    /** The citation whose number (value, bounds, qualifier) is the fact's: {@link #first}, or {@link #figure}. */
    private final Claim number;
    private final List<String> claimIds;
    /** Facts are kept in hash sets and compared on every regrouping: the hash of the citations is worked out once. */
    private final int hash;

    /** Citations are kept in claim id order. */
    private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::getClaimId);
    /** A stated baseline counts from its earliest start, then the smaller claim id. */
    private static final Comparator<Claim> EARLIEST_STATED = Comparator
            .comparing((Claim c) -> Baselines.order(c.getBaseline())).thenComparing(Claim::getClaimId);
    private static final Comparator<Claim> MOST_PRECISE = Comparator.comparingInt(Fact::vagueness)
            .thenComparing((Claim c) -> c.getValue() == null ? Long.MAX_VALUE : -c.getValue())
            .thenComparing(Claim::getClaimId);

    /** @param citations the claims citing the fact (at least one), in any order */
    public Fact(List<Claim> citations) {
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one citation");
        }
        // plain loops, not streams: facts are made on every regrouping, most of them of one citation
        Claim[] sorted = citations.toArray(new Claim[0]);
        if (sorted.length > 1) {
            java.util.Arrays.sort(sorted, BY_ID);
        }
        this.citations = List.of(sorted);
        Claim standing = sorted[0];
        long reported = Long.MAX_VALUE;
        String source = null;
        Claim stated = null;
        String[] ids = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            Claim c = sorted[i];
            ids[i] = c.getClaimId();
            if (STANDS_FOR.compare(c, standing) < 0) {
                standing = c;
            }
            reported = Math.min(reported, c.getEventTime().toEpochMilli());
            String s = c.getSource();
            if (s != null && !s.isBlank() && (source == null || s.compareTo(source) < 0)) {
                source = s;
            }
            if (Baselines.isStated(c.getBaseline()) && (stated == null || EARLIEST_STATED.compare(c, stated) < 0)) {
                stated = c;
            }
        }
        this.first = standing;
        this.firstReported = reported;
        this.authority = source == null ? UNATTRIBUTED : source;
        this.baseline = stated == null ? Baselines.UNSTATED : stated.getBaseline();
        this.baselineText = stated == null ? null : stated.getBaselineText();
        this.figure = mostPrecise(this.citations);
        // tellings of one number keep the bounds of the citation standing for the fact, as before numbers could differ
        this.number = oneValue(this.citations) ? first : figure;
        this.bounds = new Bounds(number.getValue(), number.getLow(), number.getHigh());
        this.claimIds = List.of(ids);
        this.hash = this.citations.hashCode();
    }

    private static boolean oneValue(List<Claim> citations) {
        Long v = citations.get(0).getValue();
        for (Claim c : citations) {
            if (!java.util.Objects.equals(v, c.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The telling whose figure says the most, which gives a fact told with different numbers ({@link ValueLinks}:
     * "more than 10,000" and "10,022") its figure: an exact number before an approximate one or a range, those
     * before open-ended words ("more than", "dozens"); then the larger number (a toll only rises), then claim id.
     *
     * @param citations at least one claim
     * @return the most precise of them
     */
    static Claim mostPrecise(List<Claim> citations) {
        Claim best = citations.get(0);
        for (int i = 1; i < citations.size(); i++) {
            if (MOST_PRECISE.compare(citations.get(i), best) < 0) {
                best = citations.get(i);
            }
        }
        return best;
    }

    private static int vagueness(Claim c) {
        if (c.getValue() == null) {
            return 3;
        }
        if ("exact".equals(c.getQualifier())) {
            return 0;
        }
        return QualifierIntervals.of(c).bounded() ? 1 : 2;
    }

    /**
     * @return what the fact counts from when it is a running total: the earliest start any citation states (one
     *     outlet may say "since October 7" where another gives the bare toll), else {@link Baselines#UNSTATED}
     */
    public String baseline() {
        return baseline;
    }

    /** @return the words stating {@link #baseline()}, or null when unstated */
    public String baselineText() {
        return baselineText;
    }

    /** @return whether the fact is a running total (its standing citation's scope is cumulative) */
    public boolean isRunningTotal() {
        return "cumulative".equals(first.getScope());
    }

    /** @return the claims citing the fact, sorted by claim id */
    public List<Claim> citations() {
        return citations;
    }

    /**
     * @return the citation whose figures and place stand for the fact: the most specific place first, then the
     *     body's reading before a headline's, then the earliest; ties broken by claim id
     */
    public Claim first() {
        return first;
    }

    /** @return when the fact was first reported (epoch millis), whichever citation did it */
    public long firstReported() {
        return firstReported;
    }

    /** @return the named authority of the fact; an attributed citation names it even if others are unattributed */
    public String authority() {
        return authority;
    }

    /** @return the place the fact is located at, or null */
    public String placeId() {
        return first.getLocationId();
    }

    /** @return the most precise citation ({@link #mostPrecise}), whose number is the fact's when they tell several */
    public Claim figure() {
        return figure;
    }

    /** Worked out on first use: most facts are never asked (see {@link ValueLinks}). */
    private QualifierIntervals.Interval figureInterval;
    private int risenTelling = -1;

    /** @return the interval the most precise citation's words allow ({@link QualifierIntervals}) */
    QualifierIntervals.Interval figureInterval() {
        if (figureInterval == null) {
            figureInterval = QualifierIntervals.of(figure);
        }
        return figureInterval;
    }

    /** @return a citation telling an incident's toll as risen ({@link ValueLinkRules#roseFrom}), or null */
    Claim risenTelling() {
        if (risenTelling < 0) {
            risenTelling = citations.size();
            for (int i = 0; i < citations.size(); i++) {
                Claim c = citations.get(i);
                if (ValueLinkRules.risenIncidentToll(c)) {
                    risenTelling = i;
                    break;
                }
            }
        }
        return risenTelling < citations.size() ? citations.get(risenTelling) : null;
    }

    /** @return the citation whose number, bounds and qualifier are the fact's */
    public Claim numberCitation() {
        return number;
    }

    /** @return the figure's bounds */
    public Bounds bounds() {
        return bounds;
    }

    /** @return the claim ids of all citations, sorted */
    public List<String> claimIds() {
        return claimIds;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Fact f && hash == f.hash && citations.equals(f.citations);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Fact" + claimIds();
    }
}
