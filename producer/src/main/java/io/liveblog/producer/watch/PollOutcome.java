package io.liveblog.producer.watch;

import java.time.Duration;

/**
 * What one poll did, for logs, tests and the end-of-run summary.
 *
 * @param kind how the poll went
 * @param httpStatus the HTTP status, or -1 when no response came
 * @param newPosts posts published for the first time
 * @param editedPosts posts published again because their content changed
 * @param unchangedPosts posts seen again unchanged (not published)
 * @param deletions deletions published
 * @param rejections new rejections sent to the dead-letter topic
 * @param nextDelay how long the watcher waits before the next poll
 * @param detail a human-readable explanation (the error, for failures)
 */
public record PollOutcome(Kind kind, int httpStatus, int newPosts, int editedPosts, int unchangedPosts, int deletions,
                          int rejections, Duration nextDelay, String detail) {

    /** How a poll went. */
    public enum Kind {
        /** A response was parsed and its changes (possibly none) published and recorded. */
        FETCHED,
        /** 304 Not Modified: nothing to do. */
        NOT_MODIFIED,
        /** Network error, timeout, 429 or 5xx: retried with backoff. */
        TRANSIENT_FAILURE,
        /** A 4xx other than 408/429, or an unexpected status: logged, polled again at the normal interval. */
        CLIENT_ERROR,
        /** Publishing or flushing failed: nothing recorded, so the changes are published again next time. */
        SINK_FAILURE,
        /** The thread was interrupted during the poll. */
        INTERRUPTED
    }

    /** @return the number of records this poll sent */
    public int published() {
        return newPosts + editedPosts + deletions + rejections;
    }
}
