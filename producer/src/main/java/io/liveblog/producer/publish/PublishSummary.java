package io.liveblog.producer.publish;

/**
 * What a sink did, for the end-of-run summary.
 *
 * @param read post versions and rejects handed to the sink
 * @param published post versions acknowledged on the updates topic (or written, in a dry run)
 * @param unchanged post versions skipped because this sink had already published the same id with the same hash
 * @param deleted tombstones acknowledged
 * @param deadLettered rejects acknowledged on the dead-letter topic
 * @param failed records whose send failed (see {@link UpdateSink#flush()})
 */
public record PublishSummary(long read, long published, long unchanged, long deleted, long deadLettered,
                             long failed) {

    /** Nothing done yet. */
    public static final PublishSummary EMPTY = new PublishSummary(0, 0, 0, 0, 0, 0);

    /** @return the counts of this summary minus an earlier one (what happened in between) */
    public PublishSummary minus(PublishSummary earlier) {
        return new PublishSummary(read - earlier.read, published - earlier.published, unchanged - earlier.unchanged,
                deleted - earlier.deleted, deadLettered - earlier.deadLettered, failed - earlier.failed);
    }

    /** @return both summaries added up */
    public PublishSummary plus(PublishSummary other) {
        return new PublishSummary(read + other.read, published + other.published, unchanged + other.unchanged,
                deleted + other.deleted, deadLettered + other.deadLettered, failed + other.failed);
    }

    /** @return one line for people, e.g. {@code read 12: 9 published, 1 unchanged, 0 deleted, 2 dead-lettered} */
    @Override
    public String toString() {
        return "read " + read + ": " + published + " published, " + unchanged + " unchanged, " + deleted
                + " deleted, " + deadLettered + " dead-lettered" + (failed > 0 ? ", " + failed + " FAILED" : "");
    }
}
