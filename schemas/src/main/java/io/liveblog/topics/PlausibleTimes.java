package io.liveblog.topics;

import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an update's times can be a live blog's. Times drive everything downstream: each blog's clock (what is
 * forgotten, which day windows close, what is sealed) only moves forward, so one update dated 9999 by a broken feed
 * or a record written straight to the topic would close every day of its blog and forget all its posts for good,
 * and one dated 0001 would open a day window no report belongs to. Such an update is dead-lettered before any clock
 * sees it.
 *
 * <p>The checks use only what the record carries, so a replay decides as the first run did: the record's timestamp
 * and the publication and update times must fall between {@link #EARLIEST} and {@link #LATEST}, and the post's times
 * must not be later than the time the producer read it (its fetch-time header) by more than {@link #CLOCK_SKEW} (a
 * feed that mislabels its time zone is off by hours, not days); without that header the publication time must not be
 * later than the record's timestamp by more than that.
 */
public final class PlausibleTimes {

    /** No live blog is older than the web's first ones. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** A date beyond this is a placeholder or a parse error, whatever the record's own timestamp says. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** How far a source's clock or time zone may be off. */
    public static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private PlausibleTimes() {
    }

    /**
     * @param update the update (not a deletion)
     * @param recordTimestamp the record's timestamp (the producer sets the publication time; others the send time)
     * @param fetchedAt when the producer read the post, or null when the record does not say
     * @return what is wrong with the update's times, or empty when they are plausible
     */
    public static Optional<String> problem(LiveBlogUpdate update, long recordTimestamp, Instant fetchedAt) {
        Instant stamped = Instant.ofEpochMilli(recordTimestamp);
        Optional<String> p = outside("record timestamp", stamped);
        if (p.isEmpty()) {
            p = outside("published", update.getPublishedAt());
        }
        if (p.isEmpty()) {
            // the producer stamps a record with the publication time: without a fetch time, the stamp bounds only
            // the publication (an edit days later carries a later update time and the same stamp)
            p = after("published", update.getPublishedAt(), fetchedAt != null ? fetchedAt : stamped,
                    fetchedAt != null);
        }
        if (p.isEmpty() && update.getUpdatedAt() != null) {
            p = outside("updated", update.getUpdatedAt());
            if (p.isEmpty() && fetchedAt != null) {
                p = after("updated", update.getUpdatedAt(), fetchedAt, true);
            }
        }
        return p;
    }

    private static Optional<String> outside(String what, Instant time) {
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
            return Optional.of(what + " " + time + ", outside " + EARLIEST + " .. " + LATEST
                    + ": a placeholder or a misread date, not a live blog's time");
        }
        return Optional.empty();
    }

    private static Optional<String> after(String what, Instant time, Instant bound, boolean fetched) {
        if (time.isAfter(bound.plus(CLOCK_SKEW))) {
            return Optional.of(what + " " + time + ", more than " + CLOCK_SKEW.toHours() + " h after "
                    + (fetched ? "the producer read the post (" : "the record's timestamp (") + bound
                    + "): a post cannot come from the future");
        }
        return Optional.empty();
    }

    /** @return the fetch time a header value gives, or null when it is absent, unknown or not a time */
    public static Instant fetchedAt(byte[] header) {
        if (header == null) {
            return null;
        }
        try {
            return Instant.parse(new String(header, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
