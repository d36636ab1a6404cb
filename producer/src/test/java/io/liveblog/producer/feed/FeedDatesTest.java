package io.liveblog.producer.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sat, 02 Dec 2023 17:28:00 GMT        | 2023-12-02T17:28:00Z",
            "Sat, 2 Dec 2023 17:28 +0000          | 2023-12-02T17:28:00Z",
            "02 Dec 2023 12:28:00 EST             | 2023-12-02T17:28:00Z",
            "Sat, 02 Dec 23 12:28:00 -0500        | 2023-12-02T17:28:00Z",
            "Sun, 01 Sep 2024 09:00:00 +05:45     | 2024-09-01T03:15:00Z",
            "Tue, 05 Sept 2023 10:00:00 UT        | 2023-09-05T10:00:00Z",
            "2023-12-02T17:28:00Z                 | 2023-12-02T17:28:00Z",
            "2023-12-02T17:28:00.123Z             | 2023-12-02T17:28:00.123Z",
            "2023-12-02T19:28:00+02:00            | 2023-12-02T17:28:00Z",
            "2023-12-02T19:28:00+0200             | 2023-12-02T17:28:00Z",
            "2023-12-02T19:28:00+02               | 2023-12-02T17:28:00Z",
            "2023-12-02 17:28:00Z                 | 2023-12-02T17:28:00Z",
            "2023-12-02t17:28z                    | 2023-12-02T17:28:00Z",
            "1701538080                           | 2023-12-02T17:28:00Z",
            "1701538080000                        | 2023-12-02T17:28:00Z"})
    void readsTheFormatsFeedsUse(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), FeedDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2 hours ago", "2023-12-02T17:28:00", "Sat, 02 Dec 2023 17:28:00",
            "Sat, 02 Foo 2023 17:28:00 GMT", "Sat, 02 Dec 2023 17:28:00 XYZ", "2023-13-45T99:99:99Z",
            "31 Feb 2024 10:00:00 GMT", "12345"})
    void refusesWhatItCannotReadUnambiguously(String text) {
        assertEquals(Optional.empty(), FeedDates.parse(text));
    }

    @Test
    void zonelessTimesNeedAnExplicitZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals(Optional.of(Instant.parse("2023-12-02T17:28:00Z")),
                FeedDates.parse("2023-12-02T12:28:00", newYork));
        assertEquals(Optional.of(Instant.parse("2023-07-02T16:28:00Z")),
                FeedDates.parse("Sun, 02 Jul 2023 12:28:00", newYork), "daylight saving time applies");
        assertEquals(Optional.empty(), FeedDates.parse(null, newYork));
    }

    @Test
    void theOffsetATimeWasWrittenInIsKeptForThePostsOwnDay() {
        Instant at = Instant.parse("2023-12-02T15:28:00Z");
        assertEquals(Optional.of(java.time.ZoneOffset.ofHours(2)),
                FeedDates.offsetOf("Sat, 02 Dec 2023 17:28:00 +0200", null, at));
        assertEquals(Optional.of(java.time.ZoneOffset.ofHours(-5)),
                FeedDates.offsetOf("Sat, 02 Dec 2023 10:28:00 EST", null, at));
        assertEquals(Optional.of(java.time.ZoneOffset.ofHoursMinutes(5, 45)),
                FeedDates.offsetOf("2023-12-02T21:13:00+0545", null, at));
        assertEquals(Optional.of(java.time.ZoneOffset.UTC), FeedDates.offsetOf("2023-12-02T15:28:00Z", null, at));
        assertEquals(Optional.of(java.time.ZoneOffset.ofHours(-5)),
                FeedDates.offsetOf("2023-12-02T10:28:00", ZoneId.of("America/New_York"), at),
                "a local time takes the assumed zone's offset at that instant");
        assertEquals(Optional.empty(), FeedDates.offsetOf("1701530880", null, at), "an epoch number has none");
        assertEquals(Optional.empty(), FeedDates.offsetOf("2023-12-02T10:28:00", null, at));
        assertEquals(Optional.empty(), FeedDates.offsetOf(null, null, at));
    }
}
