package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The claims an aggregate lists as its evidence: how many claims its estimate rests on, and at most
 * {@link #MAX_LISTED} of them by name.
 *
 * <p>Why a bound: a country's running total rests on every incident reported below it, so a list of every claim grows
 * with the whole history of the country, and each emission of the aggregate (many a second) wrote it out again, to
 * the topic, to the dashboard's table and to every consumer: the aggregation's cost per post grew with history. The
 * full list stays one query away (the aggregation's stored claims, {@link StoredClaims}); the record names the claims
 * an analyst or an alert looks at first.
 *
 * <p>An authority's figure names at most {@link #MAX_LISTED_PER_AUTHORITY}.
 *
 * <p>Which ones: the running totals reported for the place itself (they usually are the figure), then the newest
 * claims by event time; ties by claim id. A function of the claim set, so replays and any arrival order list the
 * same claims. The listed ids are sorted, like the complete list was.
 */
final class ClaimListing {

    /** Most claims an aggregate or a series names. */
    static final int MAX_LISTED = 20;

    /**
     * Most claims one authority's figure names: a country's aggregate can hold dozens of authorities (every hospital
     * and local official quoted), and each names its own claims beside the aggregate's list.
     */
    static final int MAX_LISTED_PER_AUTHORITY = 5;

    /** Listed first: own running totals, then the newest, then by claim id. */
    private static final Comparator<Entry> PRIORITY = Comparator.comparing(Entry::own)
            .thenComparingLong(Entry::eventTime)
            .thenComparing(Entry::claimId, Comparator.reverseOrder());

    private record Entry(boolean own, long eventTime, String claimId) {
    }

    private final String placeId;
    private final int limit;
    /** The kept entries, the least wanted at the head so it is the one dropped. */
    private final PriorityQueue<Entry> kept;
    private int count;

    /**
     * @param placeId the aggregate's place: its own running totals are listed first
     * @param limit most claims named
     */
    ClaimListing(String placeId, int limit) {
        this.placeId = placeId;
        this.limit = limit;
        this.kept = new PriorityQueue<>(limit + 1, PRIORITY);
    }

    /** Counts the citations of a fact the estimate rests on (a claim cites one fact, so none is counted twice). */
    void addAll(Fact fact) {
        boolean own = fact.isRunningTotal() && placeId.equals(fact.placeId());
        for (Claim c : fact.citations()) {
            count++;
            offer(new Entry(own, c.getEventTime().toEpochMilli(), c.getClaimId()));
        }
    }

    /**
     * Counts the claims another listing counted, of facts disjoint from this one's (a subtree's, {@link FactTree}):
     * the claims to name among both are among those each names, as the choice is a fixed order.
     */
    void addAll(ClaimListing other) {
        count += other.count;
        other.kept.forEach(this::offer);
    }

    private void offer(Entry e) {
        if (kept.size() < limit) {
            kept.add(e);
        } else if (PRIORITY.compare(e, kept.peek()) > 0) {
            kept.poll();
            kept.add(e);
        }
    }

    /** @return how many claims the estimate rests on */
    int count() {
        return count;
    }

    /** @return the listed claim ids, sorted */
    List<String> ids() {
        List<String> ids = new ArrayList<>(kept.size());
        kept.forEach(e -> ids.add(e.claimId()));
        ids.sort(null);
        return ids;
    }
}
