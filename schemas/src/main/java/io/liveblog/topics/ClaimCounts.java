package io.liveblog.topics;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.SeriesFigure;

/**
 * How many claims an aggregate (or one of its figures) rests on, how many authorities it combines and how many
 * revisions lie below it. An aggregate
 * names at most a few claims in {@code claimIds} and counts them all in {@code claimCount}; records written before
 * that field existed have it at 0 and name every claim, so the count is then the length of the list.
 */
public final class ClaimCounts {

    private ClaimCounts() {
    }

    /** @return the number of claims behind the aggregate */
    public static int of(LocationAggregate a) {
        return Math.max(a.getClaimCount(), a.getClaimIds().size());
    }

    /** @return the number of claims behind one authority's figure */
    public static int of(AuthorityFigure f) {
        return Math.max(f.getClaimCount(), f.getClaimIds().size());
    }

    /**
     * @return the number of authorities whose figures the aggregate combines: it lists at most a few of them in
     *     {@code authorities} and counts them all in {@code authorityCount}, which records written before that field
     *     existed have at 0
     */
    public static int authoritiesOf(LocationAggregate a) {
        return Math.max(a.getAuthorityCount(), a.getAuthorities().size());
    }

    /**
     * @return the number of revisions below the aggregate's place: it lists at most a few of them in {@code revisions}
     *     and counts them all in {@code revisionCount}, which records written before that field existed have at 0
     */
    public static int revisionsOf(LocationAggregate a) {
        return Math.max(a.getRevisionCount(), a.getRevisions().size());
    }

    /** @return the number of claims behind another series */
    public static int of(SeriesFigure f) {
        return Math.max(f.getClaimCount(), f.getClaimIds().size());
    }

    /** @return the number of authorities whose figures another series combines */
    public static int authoritiesOf(SeriesFigure f) {
        return Math.max(f.getAuthorityCount(), f.getAuthorities().size());
    }

    /** @return the number of revisions in another series */
    public static int revisionsOf(SeriesFigure f) {
        return Math.max(f.getRevisionCount(), f.getRevisions().size());
    }
}
