package io.liveblog.producer.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Delays after consecutive failed polls: exponential from {@link #initial()} up to {@link #max()}, with "equal
 * jitter" (half of the delay fixed, half random) so that many watchers restarted together do not poll in lockstep.
 * A server's {@code Retry-After} is honoured up to {@link #maxRetryAfter()}.
 *
 * @param initial delay after the first failure
 * @param max largest delay between failed attempts
 * @param maxRetryAfter largest {@code Retry-After} obeyed; a server asking for more is polled after this
 */
public record RetryPolicy(Duration initial, Duration max, Duration maxRetryAfter) {

    public RetryPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** @return 5 seconds doubling up to 10 minutes; Retry-After obeyed up to one hour */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(1));
    }

    /**
     * @param consecutiveFailures failures in a row, at least 1
     * @param random a number in [0, 1)
     * @return how long to wait before the next attempt
     */
    public Duration backoff(int consecutiveFailures, double random) {
        int exponent = Math.min(Math.max(consecutiveFailures, 1) - 1, 30);
        long millis = initial.toMillis() << exponent;
        if (millis <= 0 || millis > max.toMillis()) {
            millis = max.toMillis();
        }
        double jitter = Math.min(Math.max(random, 0.0), 1.0);
        return Duration.ofMillis(millis / 2 + Math.round(millis / 2.0 * jitter));
    }

    /**
     * @param backoff the computed backoff
     * @param retryAfter what the server asked for, or null
     * @return the longer of both, the server's wish capped at {@link #maxRetryAfter()}
     */
    public Duration withRetryAfter(Duration backoff, Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return backoff;
        }
        Duration capped = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        return capped.compareTo(backoff) > 0 ? capped : backoff;
    }
}
