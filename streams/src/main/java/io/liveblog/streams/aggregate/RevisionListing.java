package io.liveblog.streams.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The revisions an aggregate lists: how many running totals of its subtree an authority revised downwards, and the
 * {@link #MAX_LISTED} latest of them as notes.
 *
 * <p>Why a bound: a place's running totals are revised now and then over months (a ministry corrects a count, a figure
 * of one war is followed by a lower one of the next), and a country's aggregate gathered every revision below it.
 * Each emission built every note again and wrote it out, so the cost of an emission and the size of the record grew
 * with the place's history (50 notes, most of a 5.8 KB record, at the bench's Lebanon total after 20,000 posts). The
 * latest are what an analyst and an alert look at; the places below list their own, and the count says how many
 * there are. The same reasoning bounds claims ({@link ClaimListing}) and authorities.
 *
 * <p>Which ones: the latest by when the lower figure was first reported, ties by its claim id; listed oldest first. A
 * function of the fact set, so replays and any arrival order list the same notes. A note is written only for a
 * revision that is listed.
 */
final class RevisionListing {

    /** Most revisions an aggregate or a series lists. */
    static final int MAX_LISTED = 10;

    /** Oldest first: the head of the kept queue is the one dropped. */
    private static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparingLong(Entry::reported)
            .thenComparing(Entry::claimId);

    /** One revision: an authority's figure {@code after} lower than its {@code before} at a place. */
    private record Entry(long reported, String claimId, String authority, Fact before, Fact after, String place) {
        String note() {
            return RevisionListing.note(authority, before, after, place);
        }
    }

    /** @return the note of one revision: who revised what where, from and to which figure, and the lower claim */
    static String note(String authority, Fact before, Fact after, String place) {
        return authority + " revised " + after.first().getMetric() + " at " + place + " from "
                + before.bounds().value() + " to " + after.bounds().value() + " (claim " + after.first().getClaimId()
                + ")";
    }

    /** No revision; shared, never added to. */
    static final RevisionListing NONE = new RevisionListing();

    private final PriorityQueue<Entry> kept = new PriorityQueue<>(4, CHRONOLOGICAL);
    private int count;

    /**
     * Counts one revision.
     *
     * @param authority whose figure fell
     * @param before the authority's figure reported before
     * @param after the lower figure
     * @param place the place, as the note names it
     */
    void add(String authority, Fact before, Fact after, String place) {
        count++;
        offer(new Entry(after.firstReported(), after.first().getClaimId(), authority, before, after, place));
    }

    /**
     * Counts the revisions another listing counted, of other running totals than this one's (a subtree's, or another
     * authority's): the latest among both are among those each lists.
     */
    void addAll(RevisionListing other) {
        count += other.count;
        other.kept.forEach(this::offer);
    }

    private void offer(Entry e) {
        if (kept.size() < MAX_LISTED) {
            kept.add(e);
        } else if (CHRONOLOGICAL.compare(e, kept.peek()) > 0) {
            kept.poll();
            kept.add(e);
        }
    }

    /** @return how many revisions there are */
    int count() {
        return count;
    }

    /** @return the listed revisions' notes, oldest first */
    List<String> notes() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(CHRONOLOGICAL);
        List<String> notes = new ArrayList<>(sorted.size());
        sorted.forEach(e -> notes.add(e.note()));
        return notes;
    }
}
