package io.liveblog.streams.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The test oracles' revisions: every revision of a walk collected, then the documented choice made once at the end
 * (the {@value RevisionListing#MAX_LISTED} latest by first report of the lower figure, ties by its claim id, oldest
 * first), independently of how {@link RevisionListing} keeps its choice as results merge.
 */
final class OracleRevisions {

    private record Revision(long reported, String claimId, String note) {
    }

    private final List<Revision> all = new ArrayList<>();

    /** Collects every revision among one authority's running totals at one place, in report order. */
    void addAll(String authority, List<Fact> ordered, String place) {
        for (int i = 1; i < ordered.size(); i++) {
            Fact before = ordered.get(i - 1);
            Fact after = ordered.get(i);
            if (AggregateCalculator.isRevision(before, after)) {
                all.add(new Revision(after.firstReported(), after.first().getClaimId(),
                        RevisionListing.note(authority, before, after, place)));
            }
        }
    }

    void addAll(OracleRevisions other) {
        all.addAll(other.all);
    }

    int count() {
        return all.size();
    }

    /** @return the listed notes: the latest, oldest first */
    List<String> listed() {
        List<Revision> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong(Revision::reported).thenComparing(Revision::claimId));
        return sorted.subList(Math.max(0, sorted.size() - RevisionListing.MAX_LISTED), sorted.size()).stream()
                .map(Revision::note).toList();
    }
}
