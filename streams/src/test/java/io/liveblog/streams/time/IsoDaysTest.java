package io.liveblog.streams.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fast reading of ISO days gives exactly what {@link LocalDate#parse} gives, and fails where it fails. */
class IsoDaysTest {

    @Test
    void everyDayOfSeveralYearsReadsAsLocalDateReadsIt() {
        // leap years (2000, 2024), a century that is not one (1900), month and year ends
        for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(1901, 3, 1)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), IsoDays.epochDay(d.toString()), d::toString);
        }
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2026, 3, 1)); d = d.plusDays(1)) {
            String day = d.toString();
            assertEquals(d.toEpochDay(), IsoDays.epochDay(day), day);
            assertEquals(d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    IsoDays.endMillis(day), day);
            assertEquals(d.plusDays(7).toString(), IsoDays.plusDays(day, 7), day);
            assertEquals(d.minusDays(7).toString(), IsoDays.plusDays(day, -7), day);
        }
    }

    @Test
    void anInvalidDayFailsAsParsingDoes() {
        assertThrows(java.time.DateTimeException.class, () -> IsoDays.epochDay("2023-02-30"));
        assertThrows(java.time.DateTimeException.class, () -> IsoDays.epochDay("2023-13-01"));
        assertThrows(java.time.DateTimeException.class, () -> IsoDays.epochDay("2023-1-01"));
        assertThrows(java.time.DateTimeException.class, () -> IsoDays.epochDay("late:2023-01-01"));
        assertThrows(java.time.DateTimeException.class, () -> IsoDays.epochDay("2023-0a-01"));
    }
}
