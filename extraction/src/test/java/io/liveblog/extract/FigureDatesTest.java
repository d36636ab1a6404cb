package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Baselines of running totals and event days of incidents; the test posts are published on Saturday 2 December 2023
 * at 16:00 UTC.
 */
class FigureDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "15,207 people have been killed in Gaza since October 7, the health ministry said. | 2023-10-07 | since October 7",
        "Since Oct. 7, more than 15,000 Palestinians have been killed in Gaza. | 2023-10-07 | Since Oct. 7",
        "At least 178 people have been killed in Gaza since Israel resumed military operations on Friday. | 2023-12-01 | since Israel resumed military operations on Friday",
        "193 people have been killed in Gaza since the truce ended on Friday morning. | 2023-12-01 | since the truce ended on Friday morning",
        "More than 15,000 Palestinians have been killed in Gaza since the war began. | 2023-10-07 | since the war began",
        "At least 10,000 civilians have been killed in Ukraine since the start of the full-scale invasion. | 2022-02-24 | since the start of the full-scale invasion",
        "The toll in Gaza has risen to 240 since fighting resumed. | phase:fighting resumed | since fighting resumed",
        "More than 2,000 people have been killed in Yemen since the war began. | phase:war | since the war began",
        "The number of people killed in Gaza since Saturday has risen to 800. | 2023-11-25 | since Saturday",
        "At least 40 people have been killed in Khan Younis since yesterday. | 2023-12-01 | since yesterday",
        "So far this year, some 400 aid trucks have entered Gaza. | 2023-01-01 | this year",
        "More than 17,700 Palestinians have been killed in the war in Gaza. | 2023-10-07 | in the war",
        "A week after the earthquake, the death toll in Hatay Province stands at 2,946. | 2023-02-06 | after the earthquake",
        "So far, 1,200 trucks of aid have entered the strip. | unstated | ",
        "The death toll rises to 15,207. | unstated | ",
        "From 24 February 2022 to 30 April 2023, the mission recorded at least 8,700 civilians killed. | 2022-02-24 | From 24 February 2022",
        "Nearly 800 civilians have been killed in El Fasher since May, the UN said. | phase:may 2023 | since May",
        "At least 782 civilians have been killed in the city since fighting intensified in May. | "
                + "phase:may 2023 | since fighting intensified in May",
        "At least 10,582 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022. | 2022-02-24 | since Russia's full-scale invasion in February 2022",
        "At least 10,582 civilians have been killed in Ukraine since February 2022. "
                + "| phase:february 2022 | since February 2022",
        "More than 50 people have been killed in Ukraine since the fighting on 10 February 2022. | 2022-02-10 | since the fighting on 10 February 2022",
        "The ministry said 12 people had been killed in the camp since the incursion began two days "
                + "earlier. | 2023-11-30 | since the incursion began two days earlier",
        "The toll in Khan Younis has risen to 240 since the truce collapsed a week ago. "
                + "| 2023-11-25 | since the truce collapsed a week ago",
        "A total of 53 aid trucks have crossed into Darfur since the crossing reopened last week. | "
                + "2023-11-25 | since the crossing reopened last week",
    })
    void readsTheBaselineOfARunningTotal(String sentence, String baseline, String words) {
        ExtractedClaim c = onlyRunningTotal(sentence, baseline, words);
        assertNull(c.dates().eventDay(), "a running total has no event day");
    }

    /** @return the one claim of the text, after checking it is a running total counted from {@code baseline} */
    private static ExtractedClaim onlyRunningTotal(String text, String baseline, String words) {
        ExtractedClaim c = Posts.only(text);
        assertEquals(Scope.CUMULATIVE, c.scope(), c::toString);
        assertEquals(baseline, c.dates().baseline(), c::toString);
        assertEquals(words, c.dates().baselineText(), c::toString);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fighting resumed in Gaza on Friday. Since then, 193 people have been killed in Gaza. | 2023-12-01 | Since then (Fighting resumed in Gaza on Friday)",
        "Israel resumed strikes in Gaza on Saturday. Since then, 60 people have been killed there. | 2023-12-02 | Since then (Israel resumed strikes in Gaza on Saturday)",
        "Two months after the October 7 attack, the war shows no sign of ending. More than 17,700 Palestinians have been killed in Gaza since then. | 2023-10-07 | since then (Two months after the October 7 attack, the war shows no sign of ending)",
        "The war in Gaza grinds on. Since then, 15,000 people have been killed in Gaza. | 2023-10-07 | Since then (The war in Gaza grinds on)",
        "It was a quiet night in Gaza. Since then, 12 people have been killed in Gaza. | unstated | ",
        "Since then, 12 people have been killed in Gaza. | unstated | ",
    })
    void sinceThenCountsFromWhatTheSentenceBeforeNames(String text, String baseline, String words) {
        onlyRunningTotal(text, baseline, words);
    }

    @Test
    void aBaselineInAnotherFiguresClauseIsThatFiguresOwn() {
        List<ExtractedClaim> claims = Posts.claims("Two soldiers were killed in Gaza on Thursday, bringing the number "
                + "of soldiers killed since the ground operation began to 78.");
        assertEquals(2, claims.size(), () -> Posts.describe(claims));
        assertEquals(Scope.INCREMENTAL, claims.get(0).scope());
        assertNull(claims.get(0).dates().baseline(), "an incident has no baseline");
        assertEquals(LocalDate.parse("2023-11-30"), claims.get(0).dates().eventDay());
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
        assertEquals("phase:ground operation began", claims.get(1).dates().baseline());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Five people were killed in an airstrike in Khan Younis on Thursday. | 2023-11-30 | on Thursday",
        "On Thursday night, five people were killed in an airstrike in Khan Younis. | 2023-11-30 | On Thursday",
        "Twelve people were killed in a strike on a school in Rafah yesterday. | 2023-12-01 | yesterday",
        "Eight people were killed in Jabalia on November 30, medics said. | 2023-11-30 | on November 30",
        "Seven people were killed in Deir al-Balah last night. | 2023-12-01 | last night",
        "Three paramedics were killed in Gaza City two days ago. | 2023-11-30 | two days ago",
        "Fifty-five aid trucks entered Gaza through the Rafah crossing on Saturday. | 2023-12-02 | on Saturday",
        "Israel says 102 lorries of aid crossed into Gaza today, the same as yesterday. | 2023-12-02 | today",
        "Four people were killed in a strike on a house in Rafah this morning. | 2023-12-02 | this morning",
        "Troops left the camp on Saturday, a day after a drone strike there killed five people. | 2023-12-01 | a day after",
        "JENIN, West Bank, Dec 2 (LPA) - Troops withdrew on Friday, two days after a raid on the camp killed seven people. | 2023-11-29 | two days after",
    })
    void readsTheDayOfAnIncident(String sentence, String day, String words) {
        ExtractedClaim c = Posts.only(sentence);
        assertEquals(Scope.INCREMENTAL, c.scope(), c::toString);
        assertEquals(LocalDate.parse(day), c.dates().eventDay(), c::toString);
        assertEquals(words, c.dates().eventDayText());
        assertNull(c.dates().note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Twelve people were killed in a strike on a school in Khan Younis.",
        "At least 30 people were killed overnight in Rafah.",
        "Aid agencies said 100 trucks would enter Gaza by Monday.",
        "JENIN, West Bank, Dec 1 (LPA) - Twelve people were killed in a raid on the camp, medics said.",
        "Twelve people were killed in a strike on a school in Rafah, a day after troops entered the city.",
        "The strikes came a day after a drone hit an apartment building in Tel Aviv, killing one man.",
    })
    void statesNoDayWhenTheWordsGiveNone(String sentence) {
        ExtractedClaim c = Posts.only(sentence);
        assertNull(c.dates().eventDay(), c::toString);
    }

    @Test
    void anAnniversaryDatesTheEventItMarksThatSpanBack() {
        ExtractedClaim c = Posts.only("Survivors marked a year on Saturday since the December 2 floods, which killed "
                + "more than 4,000 people in the valley.");
        assertEquals(Scope.BACKGROUND, c.scope(), c::toString);
        assertEquals(LocalDate.parse("2022-12-02"), c.dates().eventDay(), "a year since, not today's December 2");
        assertEquals("December 2", c.dates().eventDayText());
        ExtractedClaim period = Posts.only("In the two years since the war began, more than 10,000 civilians were "
                + "killed.");
        assertEquals(Scope.CUMULATIVE, period.scope(), "a period since an event is no anniversary");
        // a count that is no plain number ("9m") is read as no span, not parsed
        assertEquals(Scope.CUMULATIVE, Posts.only("It is 9m years since the flood, which killed 300 people.").scope());
    }

    @Test
    void overnightIsThePreviousDayInAMorningPost() {
        PostText morning = new PostText("p", Instant.parse("2023-12-02T07:30:00Z"), "", null,
                "At least 30 people were killed overnight in Rafah.", ZoneOffset.ofHours(2));
        ExtractedClaim c = Posts.EXTRACTOR.extract(morning).get(0);
        assertEquals(LocalDate.parse("2023-12-01"), c.dates().eventDay());
        assertEquals("overnight", c.dates().eventDayText());
    }

    @Test
    void relativeDaysResolveInThePostsOwnZone() {
        // 01:30 UTC on Saturday is still Friday evening in New York: "on Thursday" is the day before
        PostText evening = new PostText("p", Instant.parse("2023-12-02T01:30:00Z"), "", null,
                "Five people were killed in an airstrike in Khan Younis on Thursday.", ZoneOffset.ofHours(-5));
        assertEquals(LocalDate.parse("2023-11-30"), Posts.EXTRACTOR.extract(evening).get(0).dates().eventDay());
        PostText utc = new PostText("p", Instant.parse("2023-12-02T01:30:00Z"), "", null,
                "Five people were killed in an airstrike in Khan Younis on Friday.");
        assertEquals(LocalDate.parse("2023-12-01"), Posts.EXTRACTOR.extract(utc).get(0).dates().eventDay());
    }

    @Test
    void aDayAfterThePostIsKeptAsTheReportDateWithANote() {
        ExtractedClaim c = Posts.only("Twenty people were killed in Rafah on December 5, 2023.");
        assertNull(c.dates().eventDay());
        assertEquals("on December 5, 2023", c.dates().eventDayText());
        assertTrue(c.dates().note().contains("after the post"), c.dates().note());
    }

    @Test
    void aHeadlineTakesTheBaselineOfItsBodyStatement() {
        List<ExtractedClaim> claims = Posts.claims("Gaza toll since truce ended reaches 193",
                "193 people have been killed in Gaza since the truce ended on Friday morning, the ministry said.");
        assertEquals(2, claims.size(), () -> Posts.describe(claims));
        assertEquals("2023-12-01", claims.get(0).dates().baseline());
        assertEquals("2023-12-01", claims.get(1).dates().baseline());
    }
}
