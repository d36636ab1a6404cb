package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Incidents told apart by what happened ({@link IncidentSlots}), never by wording alone. */
class IncidentSlotsTest {

    /** The slot values of a claim, as fact identity reads them. */
    private static Set<String> slots(Claim c) {
        Set<String> out = new TreeSet<>(IncidentDescriptors.of(IncidentDescriptors.described(c)));
        out.removeIf(d -> !IncidentSlots.isValue(d));
        return out;
    }

    @Test
    void oneIncidentToldInOtherWordsIsOneFact() {
        Claim ambush = claim("a").value(9).post("p1").text("Nine soldiers were killed")
                .sentence("Nine soldiers were killed in an ambush in a building complex as troops began clearing the "
                        + "neighbourhood.").build();
        Claim commander = claim("b").value(9).post("p2").at("2023-12-02T20:00:00Z").text("nine of its soldiers")
                .sentence("The military said nine of its soldiers were killed, among them a battalion commander and "
                        + "the head of a forward command post.").build();
        assertTrue(FactIdentity.sameFact(ambush, commander), "few shared words, nothing contradicts");
    }

    @Test
    void anEveningStrikeIsLastNightsStrikeButNotTheMorningOne() {
        Claim evening = claim("a").value(7).post("p1").text("killed seven people")
                .sentence("A drone strike on an office in Dahiyeh on Tuesday evening killed seven people.").build();
        Claim lastNight = claim("b").value(7).post("p2").at("2023-12-02T07:40:00Z").text("seven people were killed")
                .sentence("Seven people were killed in last night's strike on the office.").build();
        assertTrue(FactIdentity.sameFact(evening, lastNight), FactIdentity.whyApart(evening, lastNight)::toString);
        Claim morning = claim("c").value(7).post("p3").text("seven people were killed")
                .sentence("Seven people were killed in a strike on an office on Tuesday morning.").build();
        assertEquals(java.util.Optional.of("different parts of the day: [%drone, &attack, @evening] / "
                + "[&attack, @early]"), FactIdentity.whyApart(evening, morning));
    }

    @Test
    void whoWasHitIsReadFromTheFiguresOwnWords() {
        Claim fighters = claim("a").value(4).post("p1").text("four of its fighters had been killed")
                .sentence("Hezbollah said that four of its fighters had been killed in clashes.").build();
        Claim civilians = claim("b").value(4).post("p2").text("killed four civilians")
                .sentence("An Israeli strike killed four civilians, the state news agency said.").build();
        assertEquals("who was hit differs (fighters / civilians): [^fighter] / [&attack, ^civilian]",
                FactIdentity.whyApart(fighters, civilians).orElseThrow());
        // fighters as the attackers and residents as the witnesses say nothing of who was detained
        Claim raid = claim("c").value(15).metric("arrested").post("p3").text("detained 15 men")
                .sentence("RSF fighters detained 15 men in a raid on homes, residents said.").build();
        Claim young = claim("d").value(15).metric("arrested").post("p4").text("detains 15 young men")
                .sentence("RSF detains 15 young men in Wad Madani raid").headline().build();
        assertEquals(Set.of("&attack", "~dwelling"), slots(raid));
        assertTrue(FactIdentity.sameFact(raid, young), FactIdentity.whyApart(raid, young).orElse(""));
    }

    @Test
    void aWireStorysDatelineIsWhereItWasFiledNotWhatWasHit() {
        String filed = "PORT SUDAN, Aug 21 (Global Wire) - An attack on villages near Hasaheisa on Tuesday killed 28 "
                + "people, an activist group said.";
        Claim wire = claim("a").value(28).post("p1").text("killed 28 people").sentence(filed).build();
        assertEquals(Set.of(), slots(wire), "PORT of the dateline is no port that was hit");
        Claim storm = claim("b").value(28).post("p2").text("28 people were killed")
                .sentence("Fighters stormed the villages and shot residents in their homes; 28 people were killed.")
                .build();
        assertTrue(FactIdentity.sameFact(wire, storm), FactIdentity.whyApart(wire, storm).orElse(""));
        Claim port = claim("c").value(4).post("p3").text("killed four")
                .sentence("ODESA, Ukraine (Global Wire) - A missile strike on the port killed four.").build();
        assertEquals(Set.of("~port", "%missile", "&attack"), slots(port), "the story's own words still count");
    }

    @Test
    void eachFigureTakesTheSlotsOfItsOwnClause() {
        String headline = "Odesa hit twice in one day: four killed at port, four more in apartment strike";
        Claim port = claim("a").value(4).post("p1").headline().text("four killed")
                .span(headline.indexOf("four killed"), headline.indexOf("four killed") + 11).sentence(headline)
                .build();
        assertEquals(Set.of("~port"), slots(port));
        // a clause that names nothing keeps what the clauses around it tell, unless they tell a count of their own
        String toll = "Abu Shouk: morning shelling toll rises to nine, four more killed at water point";
        Claim more = claim("b").value(4).post("p2").headline().text("four more killed")
                .span(toll.indexOf("four more"), toll.indexOf("four more") + 16).sentence(toll).build();
        assertEquals(Set.of(), slots(more), "the morning shelling is the nine's");
        Claim trolleybus = claim("c").value(2).post("p3").text("killing two people")
                .sentence("A drone struck a trolleybus in Sumy at 7:55 this morning, killing two people and injuring "
                        + "10, the governor said.").build();
        assertEquals(Set.of("%drone", "&attack", "@early", "~vehicle"), slots(trolleybus),
                "a clock time is no clause mark");
    }

    @Test
    void aHeadlineRestatesTheBodyFigureItsSlotsAgreeWith() {
        // the headline shares a word with the home's sentence ("residential") and a target with the harbour's
        String headline = "Odesa residential district hit twice: four killed at port";
        // the body's words share nothing with the headline's ("harbour"), and the home is told first
        String body = "In the evening, drones struck a residential building, killing four people; in the morning, a "
                + "missile hit the harbour, killing four workers";
        Claim head = claim("h").value(4).post("p1").headline().text("four killed")
                .span(headline.indexOf("four"), headline.indexOf("four") + 11).sentence(headline).build();
        Claim home = claim("b1").value(4).post("p1").text("killing four people")
                .span(body.indexOf("killing four people"), body.indexOf(";")).sentence(body).build();
        Claim portBody = claim("b2").value(4).post("p1").text("killing four workers")
                .span(body.indexOf("killing four workers"), body.length()).sentence(body).build();
        List<Fact> facts = FactIdentity.group(List.of(home, head, portBody));
        assertEquals(2, facts.size());
        Fact withHeadline = facts.stream().filter(f -> f.citations().contains(head)).findFirst().orElseThrow();
        assertTrue(withHeadline.citations().contains(portBody), "the port's headline restates the port's figure");
        assertFalse(withHeadline.citations().contains(home));
    }

    @Test
    void aHeadlineDoesNotChainTwoIncidentsItsOwnPostTellsApart() {
        // a terse headline of the morning's post joins a terse evening report first; its own body (artillery in the
        // morning) must not then be chained to the evening's drone strike on the market
        Claim evening = claim("e").value(5).post("p1").at("2024-08-22T19:30:00Z").text("killing five people")
                .sentence("A drone struck the main market in the evening, killing five people.").build();
        Claim terse = claim("t").value(5).post("p2").at("2024-08-22T20:40:00Z").headline().text("five dead")
                .sentence("Five dead in El Fasher").build();
        Claim shelling = claim("s").value(5).post("p2").at("2024-08-22T20:40:00Z").text("killing five people")
                .sentence("An artillery shell hit the hospital's outpatient ward in the morning, killing five people.")
                .build();
        List<Fact> facts = FactIdentity.group(List.of(evening, terse, shelling));
        assertEquals(2, facts.size(), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.citations().contains(evening) && f.citations().contains(shelling)));
    }

    @Test
    void aHeadlineTellingAnotherTargetKeepsATerseReportFromChainingIt() {
        Claim car = claim("a").value(4).post("p1").headline().text("Four killed")
                .sentence("Four killed in strike on car near Khan Younis").build();
        Claim home = claim("b").value(4).post("p2").at("2023-12-02T13:00:00Z").text("killed four")
                .sentence("A strike on a family home killed four.").build();
        Claim terse = claim("c").value(4).post("p3").at("2023-12-02T14:00:00Z").text("four were killed")
                .sentence("Medics said four were killed.").build();
        List<Fact> facts = FactIdentity.group(List.of(car, home, terse));
        assertEquals(2, facts.size(), facts.toString());
    }

    @Test
    void twoFiguresOfOneHeadlineNeverEndInOneFact() {
        String headline = "Two hospitals, one day: 30 wounded at Al-Aqsa, 30 at Nasser";
        Claim first = claim("h1").value(30).metric("injured").post("p1").headline().text("30 wounded")
                .span(headline.indexOf("30 wounded"), headline.indexOf("30 wounded") + 10).sentence(headline).build();
        Claim second = claim("h2").value(30).metric("injured").post("p1").headline().text("30")
                .span(headline.lastIndexOf("30"), headline.lastIndexOf("30") + 2).sentence(headline).build();
        Claim aqsa = claim("b1").value(30).metric("injured").post("p1").text("Thirty wounded people")
                .path("ps", "Gaza Strip", "db", "Deir al-Balah", "aqsa", "Al-Aqsa Martyrs Hospital")
                .sentence("Thirty wounded people were brought to Al-Aqsa Martyrs Hospital, doctors said.").build();
        Claim nasser = claim("b2").value(30).metric("injured").post("p1").text("another 30 wounded")
                .path("ps", "Gaza Strip", "ky", "Khan Younis", "nasser", "Nasser Hospital")
                .sentence("Nasser Hospital took in another 30 wounded, its emergency department said.").build();
        // a roundup at the level of the whole strip fits either hospital's figure
        Claim roundup = claim("r").value(30).metric("injured").post("p2").at("2023-12-02T13:00:00Z")
                .text("30 wounded").sentence("Medics reported 30 wounded.").build();
        List<Fact> facts = FactIdentity.group(List.of(first, second, aqsa, nasser, roundup));
        assertTrue(facts.stream().noneMatch(f -> f.citations().contains(first) && f.citations().contains(second)),
                facts.toString());
        assertEquals(2, facts.size(), facts.toString());
    }

    @Test
    void whoWasHitIsAlsoReadFromTheWordsRightAfterTheFigure() {
        Claim girls = claim("a").value(3).post("p1").text("killed three").headline()
                .sentence("Officials say strike on van killed three, two of them boys").build();
        assertEquals(Set.of("&attack", "~vehicle", "^civilian"), slots(girls));
        Claim including = claim("b").value(7).post("p2").text("killed seven people")
                .sentence("The shelling killed seven people, including four children, the governor said.").build();
        assertTrue(slots(including).contains("^civilian"), slots(including).toString());
        Claim speakers = claim("c").value(7).post("p3").text("killed seven people")
                .sentence("The shelling killed seven people, residents said.").build();
        assertFalse(slots(speakers).contains("^civilian"), "the clause after the figure names who spoke");
        // a terse telling of the same toll no longer chains the van's boys to the group's fighters
        Claim mayor = claim("d").value(3).post("p1").text("Three people were killed")
                .sentence("Three people were killed when a strike hit their van, the mayor said.").build();
        Claim fighters = claim("e").value(3).post("p4").at("2023-12-02T20:00:00Z").text("three fighters killed")
                .sentence("Armed group says three fighters killed in border clashes").headline().build();
        List<Fact> facts = FactIdentity.group(List.of(girls, mayor, fighters));
        assertTrue(facts.stream().noneMatch(f -> f.citations().contains(girls) && f.citations().contains(fighters)),
                facts.toString());
    }

    @Test
    void aStrikeOnACrossroadsIsNotTheStrikeOnAHouse() {
        Claim house = claim("a").value(6).post("p1").at("2024-01-09T17:00:00Z").text("has risen to six")
                .sentence("The toll from this morning's strike on a house in the village has risen to six, the "
                        + "ministry said.").build();
        Claim junction = claim("b").value(6).post("p2").at("2024-01-10T14:00:00Z").text("Six people were killed")
                .sentence("Six people were killed when a strike hit a crossroads at the edge of the village, the "
                        + "ministry said.").build();
        assertEquals(Set.of("&attack", "~road"), slots(junction));
        assertFalse(FactIdentity.sameFact(house, junction), "two places hit, two incidents");
    }

    @Test
    void slotsBothFillDifferentlyTellIncidentsApartAndOneSidedSlotsDoNot() {
        Set<String> house = Set.of("~dwelling", "@early");
        Set<String> car = Set.of("~vehicle", "~commerce");
        assertEquals(IncidentSlots.Slot.TARGET, IncidentSlots.conflicting(house, car));
        assertNull(IncidentSlots.conflicting(house, Set.of("%drone")), "only one tells a weapon");
        assertNull(IncidentSlots.conflicting(car, Set.of("~commerce")), "a kind in common");
        assertEquals(IncidentSlots.Slot.TIME, IncidentSlots.conflicting(house, Set.of("@night",
                "~dwelling")));
    }

    @Test
    void anAccidentOfReliefIsNotAStrike() {
        // three tellings four hours apart: the airdrop twice, then a strike on a home with the same toll
        String[][] told = {
            {"Five people were killed", "Five people were killed when a pallet of airdropped aid crashed to the "
                + "ground after its parachute failed."},
            {"Five killed", "Five killed in Gaza when airdropped aid falls on them, officials say."},
            {"Five members of one family were killed", "Five members of one family were killed when an Israeli "
                + "strike hit their home in the camp."}};
        List<Claim> tellings = new java.util.ArrayList<>();
        for (int i = 0; i < told.length; i++) {
            tellings.add(claim("c" + i).value(5).post("p" + i).at(String.format("2023-12-02T%02d:00:00Z", 12 + 4 * i))
                    .text(told[i][0]).sentence(told[i][1]).build());
        }
        Claim airdrop = tellings.get(0);
        Claim airdropAgain = tellings.get(1);
        Claim strike = tellings.get(2);
        assertTrue(slots(airdrop).contains("&accident"), slots(airdrop).toString());
        assertTrue(slots(strike).contains("&attack"), slots(strike).toString());
        assertTrue(FactIdentity.sameFact(airdrop, airdropAgain), FactIdentity.whyApart(airdrop, airdropAgain)
                .orElse(""));
        assertTrue(FactIdentity.whyApart(airdrop, strike).orElseThrow()
                .startsWith("what killed them differs (an attack / an accident)"));
        assertFalse(FactIdentity.sameFact(airdropAgain, strike), "a terse telling of the airdrop is no strike either");
    }

    /**
     * Fuel and cooking gas cross in separate tankers, often in the same number on the same day: what each figure's
     * own words say it carried keeps them two deliveries, though their sentences list both; two words for fuel
     * ("diesel", "fuel") are one cargo, and a figure that names none joins either.
     */
    @Test
    void fuelAndCookingGasAreTwoDeliveries() {
        String both = "Two hundred aid trucks entered on Friday, along with four tankers of diesel and four tankers of "
                + "cooking gas, officials said.";
        String listed = "The Red Crescent said 200 trucks, 4 fuel tankers and 4 cooking gas tankers crossed on Friday.";
        Claim diesel = tanker("d", "four tankers of diesel", both, "2023-11-24T18:35:00Z");
        Claim gas = tanker("g", "four tankers of cooking gas", both, "2023-11-24T18:35:00Z");
        Claim fuel = tanker("f", "4 fuel tankers", listed, "2023-11-25T07:00:00Z");
        Claim gasAgain = tanker("h", "4 cooking gas tankers", listed, "2023-11-25T07:00:00Z");
        Claim unnamed = tanker("u", "four tankers", "Four tankers crossed into Gaza on Friday.",
                "2023-11-24T20:00:00Z");
        assertTrue(slots(diesel).contains("$fuel") && !slots(diesel).contains("$gas"), slots(diesel).toString());
        assertTrue(slots(gas).contains("$gas") && !slots(gas).contains("$fuel"), slots(gas).toString());
        assertTrue(FactIdentity.whyApart(diesel, gas).orElseThrow().startsWith("deliveries of different cargo"));
        assertTrue(FactIdentity.whyApart(fuel, gasAgain).orElseThrow().startsWith("deliveries of different cargo"));
        assertTrue(FactIdentity.sameFact(diesel, fuel), FactIdentity.whyApart(diesel, fuel).orElse(""));
        assertTrue(FactIdentity.sameFact(gas, gasAgain), FactIdentity.whyApart(gas, gasAgain).orElse(""));
        assertTrue(FactIdentity.sameFact(unnamed, gas) && FactIdentity.sameFact(unnamed, fuel),
                "no cargo named: no conflict");
        // slimmed as the aggregation stores them, the claims keep their cargo
        assertTrue(FactIdentity.whyApart(FactIdentity.slim(diesel), FactIdentity.slim(gas)).isPresent());
    }

    private static Claim tanker(String id, String text, String sentence, String at) {
        return claim(id).aid().metric("fuel_trucks").value(4).post("p-" + id).at(at).text(text).sentence(sentence)
                .build();
    }
}
