package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures told as more ({@link ToldAsMore}) and sentences that turn to an earlier event ({@link IncidentDescriptors#focus}). */
class ToldAsMoreTest {

    private static final String DEPOT = "Five more people were killed this evening when drones struck a bus depot.";
    private static final String CLINIC = "It was the second deadly attack on the city on Thursday, after the morning "
            + "missile strike on a clinic that killed five.";

    @Test
    void moreButNotMoreThanMarksAnIncrement() {
        assertTrue(ToldAsMore.of(claim("a").text("Five more people were killed").build()));
        assertTrue(ToldAsMore.of(claim("a").text("killed another 15").build()));
        assertFalse(ToldAsMore.of(claim("a").text("more than 150 wounded").build()));
        assertFalse(ToldAsMore.of(claim("a").text("Five people were killed").build()));
    }

    @Test
    void aSlimClaimKeepsTheMarkAndNothingElseOfItsWords() {
        Claim more = FactIdentity.slim(claim("a").text("killed another 15").sentence("Israeli strikes killed another "
                + "15 people in Jabalia.").build());
        Claim plain = FactIdentity.slim(claim("b").text("killed 15").sentence("Strikes killed 15.").build());
        assertEquals(ToldAsMore.MARK, more.getText());
        assertEquals("", plain.getText());
        assertTrue(ToldAsMore.of(more));
    }

    @Test
    void oneBlogsFiveMoreIsNotTheFiveItToldBefore() {
        Claim morning = claim("a").post("p1").blog("local").at("2024-05-23T08:00:00Z").text("Five people were killed")
                .sentence("Five people were killed when a missile hit a building in the city.").build();
        Claim evening = claim("b").post("p2").blog("local").at("2024-05-23T19:00:00Z").text("Five more people were "
                + "killed").sentence("Five more people were killed when drones hit a building in the city.").build();
        assertEquals(2, FactIdentity.group(List.of(morning, evening)).size());
        assertTrue(FactIdentity.whyApart(morning, evening).orElseThrow().contains("more"));
    }

    @Test
    void anotherOutletsPlainTellingMayStillBeTheSameIncrement() {
        Claim more = claim("a").post("p1").blog("wire").at("2024-05-23T19:00:00Z").text("Five more people were killed")
                .sentence(DEPOT).build();
        Claim plain = claim("b").post("p2").blog("local").at("2024-05-23T20:00:00Z").text("Five people were killed")
                .sentence("Five people were killed this evening when drones struck a bus depot.").build();
        assertEquals(1, FactIdentity.group(List.of(more, plain)).size());
    }

    @Test
    void aFigureInTheTurnToAnEarlierEventIsDescribedByThatEvent() {
        Claim clinic = claim("a").text("that killed five").sentence(CLINIC).build();
        assertEquals(", after the morning missile strike on a clinic that killed five.", IncidentDescriptors.focus(clinic));
        Claim depot = claim("b").text("killed two").sentence("Drones hit a bus depot on Thursday evening, killing two "
                + "people, hours after a missile strike on a clinic in the city.").text("killing two").build();
        String focus = IncidentDescriptors.focus(depot);
        assertFalse(focus.contains("clinic"), focus);
        assertTrue(focus.contains("depot"), focus);
    }

    @Test
    void aBackReferenceNoLongerJoinsTwoIncidentsOfTheSameToll() {
        Claim clinicMorning = claim("a").post("p1").blog("wire").at("2024-05-23T08:00:00Z").text("killing five")
                .sentence("A missile struck a clinic in the city, killing five").build();
        Claim depotEvening = claim("b").post("p2").blog("local").at("2024-05-23T19:00:00Z").text("killed five")
                .sentence("Drones hit a bus depot and killed five, hours after a missile strike on a clinic in the "
                        + "city.").build();
        assertEquals(2, FactIdentity.group(List.of(clinicMorning, depotEvening)).size());
    }

    @Test
    void twoFiguresOfOneHeadlineRestateTwoBodyFiguresAndAreNeverOneFact() {
        Claim h1 = twoPlacesHeadline("h1", 20, "kill 15", "beit-lahia", "Beit Lahia");
        Claim h2 = twoPlacesHeadline("h2", 44, "15", "jabalya", "Jabalya");
        Claim morning = claim("b1").value(15).post("p").span(10, 30).text("killed 15 people").sentence("An air strike on a "
                + "family home in Beit Lahia killed 15 people on Wednesday morning.")
                .path("ps", "Palestinian territories", "beit-lahia", "Beit Lahia").build();
        Claim evening = claim("b2").value(15).post("p").span(90, 110).text("killed another 15").sentence("In the evening, a "
                + "strike on a building near the market in Jabalia killed another 15.")
                .path("ps", "Palestinian territories", "jabalya", "Jabalya").build();
        List<Fact> facts = FactIdentity.group(List.of(h1, h2, morning, evening));
        assertEquals(2, facts.size(), facts::toString);
        for (Fact f : facts) {
            assertEquals(1, f.citations().stream().filter(c -> c.getField().equals("headline")).count(), f::toString);
            assertEquals(1, f.citations().stream().map(Claim::getLocationId).distinct().count(), f::toString);
        }
    }

    @Test
    void aClauseBetweenSemicolonsDescribesItsOwnFigure() {
        String headline = "Drone strike in Kharkiv kills two; shelling kills two more in region";
        assertEquals("Drone strike in Kharkiv kills two",
                IncidentDescriptors.focus(claim("a").text("kills two").sentence(headline).build()));
        assertEquals(" shelling kills two more in region",
                IncidentDescriptors.focus(claim("b").text("kills two more").sentence(headline).build()));
    }

    @Test
    void orMoreIsApproximateNotAnIncrement() {
        assertFalse(ToldAsMore.of(claim("a").text("50 or more people").build()));
        assertFalse(ToldAsMore.of(claim("a").text("more\u00A0than 150 wounded").build()));
    }

    @Test
    void aCauseAfterTheFigureIsTheFiguresOwnDescription() {
        Claim c = claim("a").text("Four people were killed").sentence("Four people were killed, after a drone hit a "
                + "car near the market.").build();
        assertTrue(IncidentDescriptors.focus(c).contains("car"), IncidentDescriptors.focus(c));
    }

    @Test
    void slimClaimsAgreeWithFullOnesAboutSentences() {
        Claim first = claim("a").value(5).post("p").span(0, 10).text("Five people were killed")
                .sentence("Five people were killed in a strike on a house in the camp.").build();
        Claim second = claim("b").value(5).post("p").span(80, 90).text("killed five people")
                .sentence("The strike on the house in the camp killed five people.").build();
        assertEquals(FactIdentity.group(List.of(first, second)).size(),
                FactIdentity.group(List.of(FactIdentity.slim(first), FactIdentity.slim(second))).size(),
                "two sentences of one post with the same descriptors: one answer, slim or full");
        Claim one = claim("c").value(15).post("q").span(0, 10).text("kill 15").sentence("Strikes kill 15 in "
                + "the camp and 15 in the town centre.").build();
        Claim two = claim("d").value(15).post("q").span(30, 32).text("15").sentence("Strikes kill 15 in "
                + "the camp and 15 in the town centre.").build();
        assertEquals(2, FactIdentity.group(List.of(one, two)).size());
        assertEquals(2, FactIdentity.group(List.of(FactIdentity.slim(one), FactIdentity.slim(two))).size());
    }

    @Test
    void aHeadlineFigureRestatesTheBodyFigureAtItsOwnPlaceWhateverTheBodysOrder() {
        Claim h1 = twoPlacesHeadline("h1", 20, "kill 15", "beit-lahia", "Beit Lahia");
        Claim h2 = twoPlacesHeadline("h2", 44, "15", "jabalya", "Jabalya");
        Claim jabalia = claim("b1").value(15).post("p").span(10, 30).text("killed 15 people").sentence("A strike on a "
                + "building killed 15 people in Jabalia.").path("ps", "Palestinian territories", "jabalya", "Jabalya")
                .build();
        Claim beitLahia = claim("b2").value(15).post("p").span(90, 110).text("killed 15 people").sentence("A strike on a "
                + "building killed 15 people in Beit Lahia.")
                .path("ps", "Palestinian territories", "beit-lahia", "Beit Lahia").build();
        for (Fact f : FactIdentity.group(List.of(h1, h2, jabalia, beitLahia))) {
            assertEquals(1, f.citations().stream().map(Claim::getLocationId).distinct().count(), f::toString);
        }
    }

    @Test
    void eachBodyFigureIsRestatedByOneHeadlineFigureAtMost() {
        String headline = "Two strikes kill four each in the camp";
        Claim h1 = claim("h1").value(4).post("p").headline().span(17, 21).text("kill four").sentence(headline).build();
        Claim h2 = claim("h2").value(4).post("p").headline().span(22, 26).text("four").sentence(headline).build();
        Claim b1 = claim("b1").value(4).post("p").span(10, 30).text("killed four").sentence("A strike on a house in "
                + "the camp killed four at dawn.").build();
        Claim b2 = claim("b2").value(4).post("p").span(90, 110).text("killed four").sentence("A strike on a tent in "
                + "the camp killed four in the evening.").build();
        List<Fact> facts = FactIdentity.group(List.of(h1, h2, b1, b2));
        assertEquals(2, facts.size(), facts::toString);
        for (Fact f : facts) {
            assertEquals(1, f.citations().stream().filter(c -> "headline".equals(c.getField())).count(),
                    f::toString);
        }
    }

    /** A figure of the headline "Israeli strikes kill 15 in Beit Lahia, 15 in Jabalia", at its own place. */
    private static Claim twoPlacesHeadline(String id, int at, String text, String placeId, String place) {
        return claim(id).value(15).post("p").headline().span(at, at + text.length()).text(text)
                .sentence("Israeli strikes kill 15 in Beit Lahia, 15 in Jabalia - health ministry")
                .path("ps", "Palestinian territories", placeId, place).build();
    }
}
