package io.liveblog.producer.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofMinutes(5));

    @Test
    void delaysDoubleUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), policy.backoff(1, 1.0));
        assertEquals(Duration.ofSeconds(4), policy.backoff(2, 1.0));
        assertEquals(Duration.ofSeconds(32), policy.backoff(5, 1.0));
        assertEquals(Duration.ofSeconds(60), policy.backoff(6, 1.0));
        assertEquals(Duration.ofSeconds(60), policy.backoff(1_000, 1.0), "no overflow after many failures");
    }

    @Test
    void jitterKeepsAtLeastHalfOfTheDelay() {
        assertEquals(Duration.ofSeconds(1), policy.backoff(1, 0.0));
        assertEquals(Duration.ofMillis(1500), policy.backoff(1, 0.5));
        assertEquals(Duration.ofSeconds(30), policy.backoff(100, 0.0));
    }

    @Test
    void retryAfterWinsWhenLongerButIsCapped() {
        assertEquals(Duration.ofSeconds(10), policy.withRetryAfter(Duration.ofSeconds(10), Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(90), policy.withRetryAfter(Duration.ofSeconds(10), Duration.ofSeconds(90)));
        assertEquals(Duration.ofMinutes(5), policy.withRetryAfter(Duration.ofSeconds(10), Duration.ofDays(1)));
        assertEquals(Duration.ofSeconds(10), policy.withRetryAfter(Duration.ofSeconds(10), null));
    }

    @Test
    void nonsenseBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
