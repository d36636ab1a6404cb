package io.liveblog.producer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLineParserTest {

    private final TimeLineParser parser = new TimeLineParser(ZoneAbbreviations.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12:28 p.m. ET, December 2, 2023      | 2023-12-02T17:28:00Z",
            "12:28 pm ET, December 2, 2023        | 2023-12-02T17:28:00Z",
            "12:28 PM ET December 2 2023          | 2023-12-02T17:28:00Z",
            "9:16 a.m. ET, December 2, 2023       | 2023-12-02T14:16:00Z",
            "9 a.m. ET, Dec. 2, 2023              | 2023-12-02T14:00:00Z",
            "12:00 p.m. ET, December 2, 2023      | 2023-12-02T17:00:00Z",
            "noon ET, December 2, 2023            | 2023-12-02T17:00:00Z",
            "12:00 a.m. ET, December 2, 2023      | 2023-12-02T05:00:00Z",
            "12:30 a.m. ET, December 2, 2023      | 2023-12-02T05:30:00Z",
            "Midnight ET, December 2, 2023        | 2023-12-02T05:00:00Z",
            "12:28 p.m. ET, July 2, 2023          | 2023-07-02T16:28:00Z",
            "12:28 p.m. EST, July 2, 2023         | 2023-07-02T16:28:00Z",
            "12:28 p.m. EDT, January 2, 2023      | 2023-01-02T17:28:00Z",
            "17:28 GMT, December 2, 2023          | 2023-12-02T17:28:00Z",
            "5:28 p.m. UTC, Sept 2, 2023          | 2023-09-02T17:28:00Z",
            "6:28 p.m. BST, July 2, 2023          | 2023-07-02T17:28:00Z",
            "6:28 p.m. CET, July 2, 2023          | 2023-07-02T16:28:00Z",
            "6:28 p.m. CET, December 2, 2023      | 2023-12-02T17:28:00Z",
            "7:28 p.m. EET, July 2, 2023          | 2023-07-02T16:28:00Z",
            "7:28 p.m. EET, December 2, 2023      | 2023-12-02T17:28:00Z",
            "9:28 p.m. GST, December 2, 2023      | 2023-12-02T17:28:00Z",
            "1:28 a.m. HKT, December 3, 2023      | 2023-12-02T17:28:00Z",
            "2:28 a.m. JST, December 3, 2023      | 2023-12-02T17:28:00Z",
            "4:28 a.m. AEDT, December 3, 2023     | 2023-12-02T17:28:00Z",
            "4:28 a.m. AEST, December 3, 2023     | 2023-12-02T17:28:00Z",
            "9:28 a.m. PT, December 2, 2023       | 2023-12-02T17:28:00Z",
            "10:28 a.m. PDT, July 2, 2023         | 2023-07-02T17:28:00Z",
            "11:28 a.m. CT, December 2, 2023      | 2023-12-02T17:28:00Z",
            "10:28 a.m. MT, December 2, 2023      | 2023-12-02T17:28:00Z",
            "8:28 p.m. MSK, December 2, 2023      | 2023-12-02T17:28:00Z",
            "7:28 p.m. IDT, December 2, 2023      | 2023-12-02T17:28:00Z",
            "8:28 p.m. IDT, July 2, 2023          | 2023-07-02T17:28:00Z",
            "7:28 p.m. GMT+2, December 2, 2023    | 2023-12-02T17:28:00Z",
            "10:58 p.m. UTC+05:30, December 2, 2023 | 2023-12-02T17:28:00Z",
            "12:28 p.m. UTC-5, December 2, 2023   | 2023-12-02T17:28:00Z",
            "11:59 p.m. ET, December 31, 2023     | 2024-01-01T04:59:00Z",
            "12:28 p.m. ET, February 29, 2024     | 2024-02-29T17:28:00Z",
    })
    void resolvesTimeLines(String line, String expected) throws Exception {
        assertEquals(Instant.parse(expected), parser.parse(line.strip()));
    }

    @Test
    void fallBackOverlapUsesTheLabelToChooseTheReading() throws Exception {
        // New York clocks went back from 2:00 EDT to 1:00 EST on 5 November 2023: 1:30 happened twice
        assertEquals(Instant.parse("2023-11-05T05:30:00Z"), parser.parse("1:30 a.m. EDT, November 5, 2023"));
        assertEquals(Instant.parse("2023-11-05T06:30:00Z"), parser.parse("1:30 a.m. EST, November 5, 2023"));
        assertEquals(Instant.parse("2023-11-05T05:30:00Z"), parser.parse("1:30 a.m. ET, November 5, 2023"));
    }

    @Test
    void springForwardGapIsRejected() {
        // New York skipped from 2:00 to 3:00 on 12 March 2023
        var e = assertThrows(TimeLineParser.TimeLineException.class,
                () -> parser.parse("2:30 a.m. ET, March 12, 2023"));
        assertTrue(e.getMessage().contains("does not exist in America/New_York"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13:28 p.m. ET, December 2, 2023",
            "0:28 a.m. ET, December 2, 2023",
            "12:60 p.m. ET, December 2, 2023",
            "24:00 GMT, December 2, 2023",
            "12:28 p.m. ET, February 30, 2023",
            "12:28 p.m. ET, Decembre 2, 2023",
            "12:28 p.m. XYZ, December 2, 2023",
            "12:28 p.m. IST, December 2, 2023",
            "12:28 p.m. AST, December 2, 2023",
            "12:28 p.m. GMT+15, December 2, 2023",
            "12:28 p.m., December 2, 2023",
            "12:28 p.m. ET",
    })
    void rejectsWhatCannotBeAnInstant(String line) {
        var e = assertThrows(TimeLineParser.TimeLineException.class, () -> parser.parse(line));
        assertTrue(e.getMessage().contains(line) || e.getMessage().contains("'"), e.getMessage());
    }

    @Test
    void ambiguousLabelSaysWhyAndCanBeConfigured() throws Exception {
        var e = assertThrows(TimeLineParser.TimeLineException.class,
                () -> parser.parse("12:28 p.m. IST, December 2, 2023"));
        assertTrue(e.getMessage().contains("India") && e.getMessage().contains("Israel"), e.getMessage());

        TimeLineParser israeli = new TimeLineParser(ZoneAbbreviations.standard().with("IST",
                ZoneId.of("Asia/Jerusalem")));
        assertEquals(Instant.parse("2023-12-02T10:28:00Z"), israeli.parse("12:28 p.m. IST, December 2, 2023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:28 p.m. ET, December 2, 2023", "9 a.m. ET, Dec. 2, 2023", "noon ET, May 1, 2024",
            "12:28 p.m. XYZ, December 2, 2023", "10:00 a.m. E", "4:61 p.m. ET, August 10, 2023", "12:28 p.m."})
    void recognisesTimeLines(String line) {
        assertTrue(TimeLineParser.looksLikeTimeLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:30 a.m. was when the first strike hit.", "9 apples", "Noonan said", "1,200 people",
            "12:28 p.m. ET, December 2, 2023 and a long sentence follows that makes this line far too long to be one",
            "9:45 a.m.: sirens sounded.", "2023 was a hard year"})
    void doesNotTakeProseForTimeLines(String line) {
        assertFalse(TimeLineParser.looksLikeTimeLine(line));
    }

    @Test
    void everyTableEntryResolvesAnOrdinaryDate() {
        LocalDateTime local = LocalDateTime.of(2023, 12, 2, 12, 0);
        ZoneAbbreviations.standard().entries().forEach((label, entry) -> {
            Instant instant = local.atZone(entry.zone()).toInstant();
            try {
                assertEquals(instant, parser.parse("12:00 p.m. " + label + ", December 2, 2023"), label);
            } catch (TimeLineParser.TimeLineException e) {
                throw new AssertionError(label + ": " + e.getMessage(), e);
            }
        });
        assertEquals(ZoneOffset.UTC, ZoneAbbreviations.standard().lookup("GMT").orElseThrow().zone());
    }
}
