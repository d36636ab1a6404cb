package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactIdentityTest {

    private static final String HOSPITAL_1 = "A doctor at the hospital said more than 150 wounded people had arrived "
            + "from neighbourhoods in the area.";
    private static final String HOSPITAL_2 = "The doctor said more than 150 wounded people had arrived at the "
            + "hospital from neighbourhoods in the area on Saturday.";

    @Test
    void sameFigureRestatedInAnotherPostIsOneFact() {
        Claim a = claim("a").atLeast(150).source("Dr Naim").sentence(HOSPITAL_1).post("p1").build();
        Claim b = claim("b").atLeast(150).source("Dr Naim").sentence(HOSPITAL_2).post("p2")
                .at("2023-12-02T20:00:00Z").build();
        assertTrue(FactIdentity.sameFact(a, b));
        List<Fact> facts = FactIdentity.group(List.of(a, b));
        assertEquals(1, facts.size());
        assertEquals(List.of("a", "b"), facts.get(0).claimIds());
    }

    /**
     * A telling placed only at the country looks like either of two incidents in towns of different states; it may
     * join one of them, but never chains the two into one.
     */
    @Test
    void aCountryLevelTellingDoesNotChainTownsOfTwoStates() {
        Claim capital = claim("a").value(6).post("p1").at("2024-08-20T17:45:00Z").text("killing six people")
                .sentence("Shelling hit a market in Omdurman, killing six people.")
                .path("lb:sd", "Sudan", "lb:sd-khartoum-state", "Khartoum State", "lb:sd-omdurman", "Omdurman").build();
        Claim country = claim("b").value(6).post("p2").at("2024-08-20T19:00:00Z").text("Six people were killed")
                .sentence("Six people were killed in shelling, local reports said.")
                .path("lb:sd", "Sudan").build();
        Claim camp = claim("c").value(6).post("p3").at("2024-08-21T08:40:00Z").text("Six killed")
                .sentence("Six killed as shells fall on a displacement camp").headline()
                .path("lb:sd", "Sudan", "lb:sd-north-darfur", "North Darfur", "lb:sd-el-fasher", "El Fasher").build();
        assertTrue(FactIdentity.sameFact(capital, country) && FactIdentity.sameFact(country, camp),
                "pairwise, the country-level telling could be either");
        List<Fact> facts = FactIdentity.group(List.of(capital, country, camp));
        assertTrue(facts.stream().noneMatch(f -> f.citations().contains(capital) && f.citations().contains(camp)),
                facts.toString());
    }

    /**
     * A running total counted "since May" (a month without a day, {@code phase:may 2024}) and the same total counted
     * "since fighting escalated on 10 May" are one count told less and more precisely; "since June" is another.
     */
    @Test
    void aMonthWithoutADayAndADayOfThatMonthStartOneRunningTotal() {
        String[] city = {"sd", "Sudan", "sd-north-darfur", "North Darfur", "sd-el-fasher", "El Fasher"};
        Claim sinceMay = claim("a").atLeast(782).cumulative().baseline("phase:may 2024").source("OHCHR").post("p1")
                .at("2024-08-21T17:30:00Z").text("at least 782 civilians have been killed")
                .sentence("The UN human rights office says at least 782 civilians have been killed in the city since"
                        + " fighting intensified in May.").path(city).build();
        Claim sinceTenth = claim("b").atLeast(782).cumulative().baseline("2024-05-10").source("OHCHR").post("p2")
                .at("2024-08-22T09:00:00Z").text("At least 782 civilians have been killed")
                .sentence("At least 782 civilians have been killed in El Fasher since fighting escalated on 10 May,"
                        + " the UN Human Rights Office has documented.").path(city).build();
        assertTrue(FactIdentity.sameFact(sinceMay, sinceTenth), FactIdentity.whyApart(sinceMay, sinceTenth).orElse(""));
        Claim sinceJune = claim("c").atLeast(782).cumulative().baseline("phase:june 2024").source("OHCHR").post("p3")
                .at("2024-08-22T09:00:00Z").text("At least 782 civilians have been killed")
                .sentence("At least 782 civilians have been killed in El Fasher since June.").path(city).build();
        assertEquals("running totals of two baselines", FactIdentity.whyApart(sinceJune, sinceTenth).orElseThrow());
    }

    /**
     * A city's running total since a stated day and the risen toll of one strike in it are two figures, even when
     * they are the same number the next morning; the strike's own tellings still join.
     */
    @Test
    void aRunningTotalSinceADayIsNotOneStrikesRisenToll() {
        String[] city = {"ua", "Ukraine", "ua-kh-oblast", "Kharkiv Oblast", "ua-kharkiv", "Kharkiv"};
        Claim sinceMonday = claim("a").value(5).cumulative().baseline("2024-06-03").post("p1")
                .at("2024-06-05T16:00:00Z").text("killed five people")
                .sentence("Russian attacks have killed five people in Kharkiv since Monday, the governor said.")
                .path(city).build();
        Claim risen = claim("b").value(5).cumulative().post("p2").at("2024-06-06T09:00:00Z")
                .text("toll from this morning's strike on a bus has risen to five")
                .sentence("The toll from this morning's strike on a bus has risen to five, the governor said.")
                .path(city).build();
        assertEquals("a running total since a day and one incident's risen toll",
                FactIdentity.whyApart(sinceMonday, risen).orElseThrow());
        Claim risenAgain = claim("c").value(5).cumulative().post("p3").at("2024-06-06T10:00:00Z")
                .text("bus strike toll rises to five").sentence("Bus strike toll rises to five").headline()
                .path(city).build();
        assertTrue(FactIdentity.sameFact(risen, risenAgain), FactIdentity.whyApart(risen, risenAgain).orElse(""));
    }

    /**
     * A figure told of a region that spans several states and the same figure told of a town in one of them are
     * compared as one place (the gazetteer's overlaps); a state outside the region is not.
     */
    @Test
    void aRegionAndATownOfOneOfItsStatesAreNestedPlaces() {
        Claim region = claim("a").value(9).post("p1").sentence("Nine people were killed in shelling in Darfur.")
                .path("lb:sd", "Sudan", "lb:sd-darfur", "Darfur").build();
        Claim town = claim("b").value(9).post("p2").at("2023-12-02T18:00:00Z")
                .sentence("Shelling killed nine people in El Fasher on Saturday.")
                .path("lb:sd", "Sudan", "lb:sd-north-darfur", "North Darfur", "lb:sd-el-fasher", "El Fasher").build();
        assertTrue(FactIdentity.sameFact(region, town), FactIdentity.whyApart(region, town).orElse(""));
        Claim elsewhere = claim("c").value(9).post("p3").at("2023-12-02T18:00:00Z")
                .sentence("Shelling killed nine people in Omdurman on Saturday.")
                .path("lb:sd", "Sudan", "lb:sd-khartoum-state", "Khartoum State", "lb:sd-omdurman", "Omdurman").build();
        assertEquals(SameFactRules.PLACES_APART,
                FactIdentity.whyApart(region, elsewhere).orElseThrow());
    }

    /**
     * Two look-alike incidents a day apart, each told twice. Joined in claim-id order, the evening telling of the
     * first ("a") met the next morning's telling of the second ("b") first and took it in, and the cluster then had
     * to refuse the second's later telling ("d") under the 36-hour window. Joined closest in time first, each
     * incident's tellings gather before the two can chain.
     */
    @Test
    void tellingsJoinClosestInTimeFirst() {
        Claim firstEvening = claim("a").value(4).post("p1").at("2024-01-01T10:00:00Z").build();
        Claim secondMorning = claim("b").value(4).post("p2").at("2024-01-02T06:00:00Z").build();
        Claim firstMorning = claim("c").value(4).post("p3").at("2024-01-01T00:00:00Z").build();
        Claim secondLater = claim("d").value(4).post("p4").at("2024-01-02T16:00:00Z").build();
        List<Fact> facts = FactIdentity.groupSameValue(List.of(firstEvening, secondMorning, firstMorning,
                secondLater));
        assertEquals(List.of(List.of("a", "c"), List.of("b", "d")),
                facts.stream().map(Fact::claimIds).sorted(java.util.Comparator.comparing(l -> l.get(0))).toList());
    }

    @Test
    void unattributedRepetitionJoinsTheAttributedFigure() {
        Claim attributed = claim("a").atLeast(178).cumulative().source("Gaza health ministry").build();
        Claim repeated = claim("b").atLeast(178).cumulative().build();
        assertTrue(FactIdentity.sameFact(attributed, repeated));
        assertEquals("Gaza health ministry", FactIdentity.group(List.of(attributed, repeated)).get(0).authority());
    }

    @Test
    void differentAuthoritiesGivingTheSameRunningTotalAreDifferentFacts() {
        Claim a = claim("a").value(40).cumulative().source("UNRWA").post("p1").build();
        Claim b = claim("b").value(40).cumulative().source("Egyptian Red Crescent").post("p2").build();
        assertFalse(FactIdentity.sameFact(a, b));
    }

    @Test
    void headlineAndBodyOfOnePostAreOneFactWhoeverTheyName() {
        Claim headline = claim("h").value(55).source("Border spokesperson").post("p1")
                .sentence("55 trucks of aid enter Gaza through the crossing").build();
        Claim body = claim("b").value(55).source("Crossings Authority").post("p1")
                .sentence("Fifty-five aid trucks with medicine and food entered Gaza through the crossing").build();
        assertTrue(FactIdentity.sameFact(headline, body));
        Claim totalH = claim("th").atLeast(178).cumulative().source("Health officials").post("p2").build();
        Claim totalB = claim("tb").atLeast(178).cumulative().source("Gaza health ministry").post("p2").build();
        assertTrue(FactIdentity.sameFact(totalH, totalB));
    }

    /**
     * One post tells two strikes with the same toll; its headline names the second. The headline restates that one
     * only, so the two strikes stay two facts, and another outlet's telling of the first joins the first.
     */
    @Test
    void aHeadlineRestatesOneOfTwoBodyIncidentsWithItsFigureNotBoth() {
        Claim headline = claim("a-head").value(4).headline().post("p1").source("Civil Defence")
                .sentence("Rafah: four killed in strike on car near market").build();
        Claim car = claim("b-car").value(4).post("p1").source("Civil Defence").span(0, 20)
                .sentence("Four men were killed when a strike hit their car near the central market in the evening")
                .build();
        Claim house = claim("c-house").value(4).post("p1").source("Civil Defence").span(120, 150)
                .sentence("Earlier, a strike on a house in the east of the city killed four members of one family")
                .build();
        Claim houseElsewhere = claim("d-wire").value(4).post("p2").source("Civil Defence")
                .sentence("Four members of one family were killed in a strike on their house in the east of the city")
                .build();
        List<List<String>> facts = FactIdentity.group(List.of(headline, car, house, houseElsewhere)).stream()
                .map(Fact::claimIds).sorted(java.util.Comparator.comparing(List::toString)).toList();
        assertEquals(List.of(List.of("a-head", "b-car"), List.of("c-house", "d-wire")), facts);
    }

    @Test
    void aHeadlineFigureIsTheBodyFigureItSummarisesReadAtTheBodysPlace() {
        Claim headline = claim("a-headline").value(40).headline().post("p1").source("Egyptian official")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate")
                .sentence("Forty aid trucks cross into Gaza through Rafah").build();
        Claim body = claim("z-body").atLeast(40).post("p1").source("Egyptian border official")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate",
                        "rafah-crossing", "Rafah Crossing")
                .sentence("At least forty aid trucks entered Gaza from Egypt through the Rafah crossing").build();
        assertTrue(FactIdentity.sameFact(headline, body));
        List<Fact> facts = FactIdentity.group(List.of(headline, body));
        assertEquals(1, facts.size());
        assertEquals("z-body", facts.get(0).first().getClaimId());
        assertEquals("rafah-crossing", facts.get(0).placeId());
        Claim otherPost = claim("x").value(40).headline().post("p2").at("2023-12-05T12:00:00Z").build();
        assertFalse(FactIdentity.sameFact(otherPost, body), "only within one post");
    }

    @Test
    void oneIncidentNamedAtTheTerritoryAndAtTheCampIsOneFactAtTheCamp() {
        String s = "Twelve people were killed when a strike hit a school sheltering families.";
        Claim general = claim("a").value(12).post("p1").sentence(s).build();
        Claim specific = claim("b").value(12).post("p2").sentence(s).at("2023-12-02T15:00:00Z")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "north-gaza", "North Gaza",
                        "jabalya", "Jabalya Camp").build();
        assertTrue(FactIdentity.sameFact(general, specific));
        Fact fact = FactIdentity.group(List.of(general, specific)).get(0);
        assertEquals("jabalya", fact.placeId());
        assertEquals(general.getEventTime().toEpochMilli(), fact.firstReported());
        assertTrue(SameFactRules.placesNested(List.of("ps"), List.of("ps", "gaza-strip")));
        assertFalse(SameFactRules.placesNested(List.of("ps", "wb"), List.of("ps", "gaza-strip")));
        assertFalse(SameFactRules.placesNested(List.of(), List.of("ps")));
    }

    @Test
    void oneIncidentReportedByTwoAuthoritiesIsOneFact() {
        Claim a = claim("a").value(55).source("UNRWA").post("p1")
                .sentence("55 aid trucks crossed into Gaza on Saturday").build();
        Claim b = claim("b").value(55).source("Egyptian officials").post("p2").at("2023-12-02T18:00:00Z")
                .sentence("55 aid trucks crossed on Saturday, officials said").build();
        assertTrue(FactIdentity.sameFact(a, b));
    }

    @Test
    void twoIncidentsWithTheSameNumberStayApart() {
        Claim a = claim("a").value(3).sentence("Three people were killed when a missile hit a family home near the "
                + "market.").build();
        Claim b = claim("b").value(3).sentence("Three people were killed when a drone struck a car on the coastal "
                + "road.").at("2023-12-02T19:00:00Z").build();
        assertFalse(FactIdentity.sameFact(a, b));
        assertEquals(2, FactIdentity.group(List.of(a, b)).size());
    }

    @Test
    void incidentFiguresFarApartInTimeAreDifferentIncidents() {
        Claim a = claim("a").value(3).sentence("Three killed in a strike.").build();
        Claim b = claim("b").value(3).sentence("Three killed in a strike.").at("2023-12-05T12:00:00Z").build();
        assertFalse(FactIdentity.sameFact(a, b));
    }

    @Test
    void differentPlacesValuesOrScopesNeverMerge() {
        Claim base = claim("a").value(10).build();
        assertFalse(FactIdentity.sameFact(base, claim("b").value(11).build()));
        assertFalse(FactIdentity.sameFact(base, claim("c").value(10).cumulative().build()));
        assertFalse(FactIdentity.sameFact(base, claim("d").value(10)
                .path("ps", "Palestinian territories", "wb", "West Bank").build()));
        assertFalse(FactIdentity.sameFact(base, claim("f").value(10).path("lb", "Lebanon").build()));
        assertFalse(FactIdentity.sameFact(base, claim("e").moreThan(10).build()), "more than 10 is not 10");
    }

    @Test
    void qualifiersAgreeWhenTheirIntervalsMeet() {
        Claim exact = claim("a").value(55).build();
        assertTrue(FactIdentity.sameFact(exact, claim("b").about(55).build()), "some 55 and 55");
        assertTrue(FactIdentity.sameFact(exact, claim("c").atLeast(55).build()), "at least 55 and 55");
        assertTrue(FactIdentity.sameFact(claim("d").about(55).build(), claim("e").moreThan(55).build()),
                "about 55 reaches above 55");
        assertFalse(FactIdentity.sameFact(exact, claim("f").moreThan(55).build()), "more than 55 is not 55");
        assertFalse(FactIdentity.sameFact(claim("g").upTo(55).build(),
                claim("h").moreThan(55).build()), "up to 55 and more than 55 never meet");
    }

    @Test
    void groupingIsIndependentOfInputOrder() {
        List<Claim> claims = new ArrayList<>(List.of(
                claim("a").atLeast(150).sentence(HOSPITAL_1).build(),
                claim("b").atLeast(150).sentence(HOSPITAL_2).build(),
                claim("c").atLeast(150).build(),
                claim("d").value(3).sentence("Three were killed when a drone struck a car.").build(),
                claim("e").value(3).sentence("Three were killed when shells hit a tent camp.").build()));
        List<Fact> reference = FactIdentity.group(claims);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(claims, new java.util.Random(i));
            assertEquals(reference, FactIdentity.group(claims));
        }
    }

    @Test
    void aDailyTemplateRepeatedForDaysIsNotOneIncident() {
        List<Claim> claims = new ArrayList<>();
        for (int h = 0; h < 24 * 6; h += 12) {
            claims.add(claim("k" + h).value(3).sentence("Three people were killed in shelling near the market.")
                    .at(java.time.Instant.parse("2023-12-01T00:00:00Z").plusSeconds(h * 3600L).toString()).build());
        }
        List<Fact> facts = FactIdentity.group(claims);
        assertEquals(3, facts.size(), "six days of twice-daily reports, 36-hour facts");
        for (Fact f : facts) {
            long span = f.citations().stream().mapToLong(c -> c.getEventTime().toEpochMilli()).max().orElseThrow()
                    - f.firstReported();
            assertTrue(span <= FactIdentity.INCIDENT_WINDOW.toMillis(), "fact spans " + span + " ms");
        }
    }

    @Test
    void aidCountsOfTwoDaysAreTwoDeliveries() {
        Claim sat = claim("sat").value(55).sentence("55 aid trucks entered through the crossing.")
                .at("2023-12-02T12:00:00Z").build();
        Claim sun = claim("sun").value(55).sentence("55 aid trucks entered through the crossing.")
                .at("2023-12-03T12:00:00Z").build();
        Claim.Builder aid = Claim.newBuilder(sat).setKind("aid").setMetric("aid_trucks");
        Claim aidSat = aid.build();
        Claim aidSun = Claim.newBuilder(sun).setKind("aid").setMetric("aid_trucks").build();
        assertFalse(FactIdentity.sameFact(aidSat, aidSun));
        Claim roundup = Claim.newBuilder(aidSat).setClaimId("roundup").setPostId("roundup")
                .setEventTime(java.time.Instant.parse("2023-12-03T01:20:00Z")).setEventDate("2023-12-03")
                .setSentence("Aid: the agency said 55 aid trucks had entered, far below the pre-war average.").build();
        assertTrue(FactIdentity.sameFact(aidSat, roundup), "a roundup retelling the day's delivery");
        Claim casualtyLater = claim("later").value(55).sentence("55 aid trucks entered through the crossing.")
                .at("2023-12-03T06:00:00Z").build();
        assertTrue(FactIdentity.sameFact(sat, casualtyLater), "a casualty figure restated 18 hours later");
    }

    @Test
    void slimClaimsKeepTheirIdentity() {
        Claim a = claim("a").value(3).sentence("Three people were killed when a missile hit a family home.").build();
        Claim b = claim("b").value(3).sentence("Three people were killed when a drone struck a car on the road.")
                .build();
        Claim c = claim("c").value(3).sentence("Medics said three were killed as a missile hit the family home.")
                .build();
        assertEquals(FactIdentity.sameFact(a, b), FactIdentity.sameFact(FactIdentity.slim(a), FactIdentity.slim(b)));
        assertEquals(FactIdentity.sameFact(a, c), FactIdentity.sameFact(FactIdentity.slim(a), FactIdentity.slim(c)));
        assertTrue(FactIdentity.sameFact(FactIdentity.slim(a), FactIdentity.slim(c)));
        assertEquals("", FactIdentity.slim(a).getText());
        assertEquals(IncidentDescriptors.of(IncidentDescriptors.described(a)),
                IncidentDescriptors.of(FactIdentity.slim(a).getSentence()));
        Claim empty = claim("e").value(3).sentence("Three were killed.").build();
        assertEquals(java.util.Set.of(), IncidentDescriptors.of(FactIdentity.slim(empty).getSentence()));
    }

    @Test
    void descriptorsIgnoreNumbersCountedNounsProperNamesAndWordsEveryStrikeSharesAndMarkSlots() {
        assertEquals(java.util.Set.of("missile", "%missile", "&attack", "family", "^civilian", "home", "~dwelling",
                        "near", "market", "~commerce"),
                IncidentDescriptors.of("Medics said three people were killed when a missile hit a family home "
                        + "near the market in Rafah."));
    }

    @Test
    void attributionWordsDescribeNothingAndPartsOfTheDayTellIncidentsApart() {
        Claim home = claim("a").value(4).sentence("Four people were killed when a strike hit a family home on "
                + "Tuesday morning, the civil defence said.").build();
        Claim car = claim("b").value(4).at("2023-12-02T18:00:00Z").sentence("Four people were killed when a drone "
                + "struck a car near a market, according to the civil defence.").build();
        assertEquals(java.util.Optional.of("what was hit differs (a house / a car): [&attack, @early, ~dwelling] / "
                + "[%drone, &attack, ~commerce, ~vehicle]"), FactIdentity.whyApart(home, car),
                "the civil defence's words are shared but describe nothing; the morning is a part of the day");
        Claim evening = claim("c").value(4).at("2023-12-02T18:00:00Z")
                .sentence("Four people were killed in a strike on a family home on Tuesday evening.").build();
        assertEquals(java.util.Optional.of("different parts of the day: [&attack, @early, ~dwelling] / "
                + "[&attack, @evening, ~dwelling]"),
                FactIdentity.whyApart(home, evening));
    }

    @Test
    void aTerseTellingJoinsOneOfTwoIncidentsButNeverChainsThem() {
        Claim home = claim("a").value(4).sentence("Four people were killed when a strike hit a family home.")
                .post("p1").build();
        Claim terse = claim("b").value(4).sentence("Four killed in Rafah.").post("p2").build();
        Claim car = claim("c").value(4).sentence("Four people were killed when a drone struck a car near a market.")
                .post("p3").build();
        assertTrue(FactIdentity.sameFact(home, terse));
        assertTrue(FactIdentity.sameFact(terse, car));
        List<Fact> facts = FactIdentity.group(List.of(home, terse, car));
        assertEquals(2, facts.size(), facts::toString);
    }

    @Test
    void incidentsStatedOnDifferentDaysAreDifferent() {
        Claim saturday = claim("a").aid().value(55).at("2023-12-02T14:00:00Z").statedDay("2023-12-02", "on Saturday")
                .build();
        Claim sunday = claim("b").aid().value(55).at("2023-12-02T20:00:00Z").statedDay("2023-12-03", "on Sunday")
                .build();
        assertEquals(java.util.Optional.of("different event days"), FactIdentity.whyApart(saturday, sunday));
        Claim unstatedEarlier = claim("c").aid().value(55).at("2023-11-30T10:00:00Z").build();
        Claim unstatedSameDay = claim("d").aid().value(55).at("2023-12-02T09:00:00Z").build();
        assertTrue(SameFactRules.statedDaysDiffer(saturday, unstatedEarlier), "reported two days before it happened");
        assertFalse(SameFactRules.statedDaysDiffer(saturday, unstatedSameDay));
    }

    @Test
    void aTellingOfAnEarlierStatedDayMeetsTheTellingsOfThatDay() {
        Claim sameEvening = claim("a").atLeast(50).at("2023-10-31T19:15:00Z").statedDay("2023-10-31", "on Tuesday")
                .sentence("An air strike on the Jabalia camp on Tuesday killed at least 50 people.").build();
        Claim twoDaysLater = claim("b").atLeast(50).at("2023-11-02T09:10:00Z").statedDay("2023-10-31", "Tuesday's")
                .sentence("Tuesday's strike on the camp killed at least 50, the hospital director said.").build();
        assertEquals(java.util.Optional.empty(), FactIdentity.whyApart(sameEvening, twoDaysLater));
        assertEquals(1, FactIdentity.group(List.of(sameEvening, twoDaysLater)).size());
        // told of at the end of its stated day, but never later than its report nor more than 36 h before it
        assertEquals(java.time.Instant.parse("2023-11-01T00:00:00Z").toEpochMilli(), FactIdentity.toldOf(twoDaysLater));
        assertEquals(sameEvening.getEventTime().toEpochMilli(), FactIdentity.toldOf(sameEvening));
        Claim weekLater = claim("g").atLeast(50).at("2023-11-07T12:00:00Z").statedDay("2023-10-31", "on October 31")
                .build();
        assertEquals(java.time.Instant.parse("2023-11-06T00:00:00Z").toEpochMilli(), FactIdentity.toldOf(weekLater));
        // unstated, the same words two days later are another day's incident
        Claim unstated = claim("c").atLeast(50).at("2023-11-02T09:10:00Z")
                .sentence("A strike on the camp killed at least 50, the hospital director said.").build();
        assertEquals(java.util.Optional.of("reported more than 36 h apart"), FactIdentity.whyApart(sameEvening, unstated));
        // deliveries: "102 trucks entered on 15 January" two days later is Monday's delivery, not Tuesday's
        Claim monday = claim("d").aid().value(102).at("2024-01-15T18:10:00Z").statedDay("2024-01-15", "on Monday")
                .build();
        Claim roundup = claim("e").aid().value(102).at("2024-01-17T18:00:00Z").statedDay("2024-01-15", "on 15 January")
                .build();
        Claim tuesday = claim("f").aid().value(102).at("2024-01-16T19:00:00Z").statedDay("2024-01-16", "today")
                .build();
        assertEquals(java.util.Optional.empty(), FactIdentity.whyApart(monday, roundup));
        assertEquals(java.util.Optional.of("different event days"), FactIdentity.whyApart(roundup, tuesday));
        assertEquals(2, FactIdentity.group(List.of(monday, roundup, tuesday)).size());
    }

    @Test
    void aConvoyAtABorderCrossingIsTheConvoyIntoTheAreaItLeadsTo() {
        Claim atCrossing = claim("a").aid().value(17).at("2024-08-20T16:30:00Z")
                .sentence("Seventeen WFP trucks crossed at Adre on Tuesday, our correspondent said.")
                .path("lb:td", "Chad", "lb:td-adre", "Adre").build();
        Claim intoDarfur = claim("b").aid().value(17).at("2024-08-20T16:30:00Z")
                .sentence("A convoy of 17 trucks crossed from Chad into West Darfur on Tuesday, WFP said.")
                .path("lb:sd", "Sudan", "lb:sd-west-darfur", "West Darfur").build();
        assertEquals(java.util.Optional.empty(), FactIdentity.whyApart(atCrossing, intoDarfur));
        Claim killedAtCrossing = claim("c").value(17).at("2024-08-20T16:30:00Z")
                .path("lb:td", "Chad", "lb:td-adre", "Adre").build();
        Claim killedInDarfur = claim("d").value(17).at("2024-08-20T16:30:00Z")
                .path("lb:sd", "Sudan", "lb:sd-west-darfur", "West Darfur").build();
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART),
                FactIdentity.whyApart(killedAtCrossing, killedInDarfur), "only deliveries cross the border");
    }

    /** The real gazetteer's path down to a place of the North Gaza or Gaza governorates, with its names. */
    private static String[] gazaPath(String governorate, String... idNamePairs) {
        List<String> path = new ArrayList<>(List.of("lb:ps", "Palestinian territories", "lb:ps-gaza-strip",
                "Gaza Strip", "lb:ps-" + governorate + "-gov", governorate + " governorate"));
        path.addAll(List.of(idNamePairs));
        return path.toArray(String[]::new);
    }

    @Test
    void aHospitalCountsTheDeadOfItsAreaAsOneIncident() {
        Claim camp = claim("a").atLeast(50).at("2023-11-01T08:00:00Z")
                .sentence("Israeli strikes on the Jabalya camp killed at least 50 people, its director said.")
                .path(gazaPath("north-gaza", "lb:ps-jabalya-camp", "Jabalya camp")).build();
        Claim hospital = claim("b").value(50).at("2023-11-01T06:30:00Z")
                .sentence("The Indonesian Hospital received 50 bodies overnight, its director said.")
                .path(gazaPath("north-gaza", "lb:ps-beit-lahia", "Beit Lahia", "lb:ps-indonesian-hospital",
                        "Indonesian Hospital")).build();
        assertTrue(FactIdentity.sameFact(camp, hospital));
        assertEquals(java.util.Optional.of("one incident: the same figure at a hospital and a place of its area within "
                + FactIdentity.INCIDENT_WINDOW.toHours() + " h, and what happened agrees"),
                FactIdentity.whyTogether(camp, hospital));

        // a place across the Gaza Strip (another governorate) is not the hospital's area
        Claim gazaCity = claim("c").value(50).at("2023-11-01T07:00:00Z")
                .sentence("Fifty people were killed in Gaza City, officials said.")
                .path(gazaPath("gaza", "lb:ps-gaza-city", "Gaza City")).build();
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART), FactIdentity.whyApart(hospital, gazaCity));
        // two hospitals of one area each count their own patients
        Claim otherHospital = claim("d").value(50).at("2023-11-01T07:30:00Z")
                .sentence("Kamal Adwan Hospital received 50 bodies, its director said.")
                .path(gazaPath("north-gaza", "lb:ps-beit-lahia", "Beit Lahia", "lb:ps-kamal-adwan-hospital",
                        "Kamal Adwan Hospital")).build();
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART),
                FactIdentity.whyApart(hospital, otherHospital));
        // only the tolls a hospital counts: not people displaced or arrested in its area
        Claim displacedAtHospital = claim("e").metric("displaced").value(50).at("2023-11-01T06:30:00Z")
                .sentence("Some 50 families sheltered at the Indonesian Hospital.")
                .path(gazaPath("north-gaza", "lb:ps-beit-lahia", "Beit Lahia", "lb:ps-indonesian-hospital",
                        "Indonesian Hospital")).build();
        Claim displacedInCamp = claim("f").metric("displaced").value(50).at("2023-11-01T08:00:00Z")
                .sentence("Some 50 families fled the Jabalya camp.")
                .path(gazaPath("north-gaza", "lb:ps-jabalya-camp", "Jabalya camp")).build();
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART),
                FactIdentity.whyApart(displacedAtHospital, displacedInCamp));
    }

    @Test
    void aDirectionalPhraseReadAsOneGovernorateMeetsTheVillagesOfTheNextOne() {
        // "southern Lebanon" is read as South Lebanon governorate; Houla is filed in Nabatieh governorate
        Claim south = claim("a").value(5).at("2023-11-21T10:00:00Z")
                .sentence("An Israeli strike killed five people in southern Lebanon, state media said.")
                .path("lb:lb", "Lebanon", "lb:lb-south-gov", "South Lebanon Governorate").build();
        Claim houla = claim("b").value(5).at("2023-11-21T12:30:00Z")
                .sentence("An Israeli strike on a house in Houla killed five people.")
                .path("lb:lb", "Lebanon", "lb:lb-nabatieh-gov", "Nabatieh Governorate", "lb:lb-houla", "Houla").build();
        assertTrue(FactIdentity.sameFact(south, houla));
        // the overlap is the phrase's, not the villages': a town of one governorate never nests in a town of the other
        Claim tyre = claim("c").value(5).at("2023-11-21T11:00:00Z")
                .sentence("An Israeli strike killed five people in Tyre.")
                .path("lb:lb", "Lebanon", "lb:lb-south-gov", "South Lebanon Governorate", "lb:lb-tyre", "Tyre").build();
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART), FactIdentity.whyApart(tyre, houla));
    }

    @Test
    void anIncidentsRisenTollMeetsATerseTellingOfItAtTheProvince() {
        Claim province = claim("a").value(5).at("2023-11-21T13:00:00Z").text("Five killed")
                .sentence("Five killed in Israeli strike in southern Lebanon, state media says.")
                .path("lb:lb", "Lebanon", "lb:lb-south-gov", "South Lebanon Governorate").build();
        Claim risen = claim("b").value(5).cumulative().at("2023-11-21T12:30:00Z")
                .text("toll from strike on Houla house rises to five")
                .sentence("The toll from the strike on a house in Houla rises to five, the news agency says.")
                .path("lb:lb", "Lebanon", "lb:lb-nabatieh-gov", "Nabatieh Governorate", "lb:lb-houla", "Houla").build();
        assertTrue(FactIdentity.sameFact(province, risen));
        // a running total not told as an incident's risen toll stays a running total
        Claim sinceMonday = claim("c").value(5).cumulative().at("2023-11-21T12:30:00Z").text("five people killed")
                .sentence("Israeli strikes have killed five people in Houla since Monday.")
                .path("lb:lb", "Lebanon", "lb:lb-nabatieh-gov", "Nabatieh Governorate", "lb:lb-houla", "Houla").build();
        assertEquals(java.util.Optional.of("one is a running total, the other an incident"),
                FactIdentity.whyApart(province, sinceMonday));
    }

    /**
     * A toll told as risen at a province ("the death toll from Tuesday's strike in Sumy region has risen to 12") is
     * that incident's toll wherever the telling places it, so the terse telling of the incident meets it; at the
     * first admin level a running total not told as risen stays a running total.
     */
    @Test
    void aTollToldAsRisenAtAProvinceMeetsTheIncidentItUpdates() {
        String[] sumy = {"ua", "Ukraine", "ua-sumy-oblast", "Sumy Oblast"};
        Claim incident = claim("a").value(12).at("2024-05-21T16:00:00Z").text("12 killed")
                .sentence("Russian strike on Sumy region kills 12, governor says.").path(sumy).build();
        Claim risen = claim("b").value(12).cumulative().at("2024-05-21T18:30:00Z")
                .text("death toll from Tuesday's strike in Sumy region has risen to 12")
                .sentence("The death toll from Tuesday's strike in Sumy region has risen to 12, the governor said.")
                .path(sumy).build();
        assertTrue(FactIdentity.sameFact(incident, risen), FactIdentity.whyApart(incident, risen).orElse(""));
        Claim sinceMonday = claim("c").value(12).cumulative().at("2024-05-21T18:30:00Z").text("12 people killed")
                .sentence("Russian strikes have killed 12 people in Sumy region since Monday.").path(sumy).build();
        assertEquals(java.util.Optional.of("one is a running total, the other an incident"),
                FactIdentity.whyApart(incident, sinceMonday));
    }

    @Test
    void aTownAndTheFacilityNamedAfterItBesideItAreOnePlace() {
        Claim town = claim("a").value(70).sentence("Seventy people were killed in Maghazi.")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "dab", "Deir al-Balah Governorate",
                        "maghazi", "Maghazi").build();
        Claim camp = claim("b").value(70).sentence("Seventy people were killed in the Maghazi camp.")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "dab", "Deir al-Balah Governorate",
                        "maghazi-camp", "Maghazi camp").build();
        Claim other = claim("c").value(70).sentence("Seventy people were killed in Nuseirat.")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "dab", "Deir al-Balah Governorate",
                        "nuseirat", "Nuseirat").build();
        assertTrue(FactIdentity.sameFact(town, camp));
        assertEquals(java.util.Optional.of(SameFactRules.PLACES_APART),
                FactIdentity.whyApart(camp, other));
    }

    @Test
    void anIncidentsTollToldAsARunningTotalIsTheIncidentOnlyBelowTheFirstAdminLevel() {
        String[] town = {"lb", "Lebanon", "south", "South Lebanon Governorate", "bint-jbeil", "Bint Jbeil District",
                "houla", "Houla"};
        Claim risen = claim("a").value(5).cumulative().path(town).post("p1")
                .sentence("The toll from the strike on a house in Houla rose to five.").build();
        Claim killed = claim("b").value(5).path(town).post("p2").at("2023-12-02T16:00:00Z")
                .sentence("Five people were killed in a strike on a house in Houla.").build();
        assertEquals(java.util.Optional.of("one incident: the same figure at the same or nested places within 36 h, "
                + "and what happened agrees"), FactIdentity.whyTogether(risen, killed));
        Claim warToll = claim("c").value(5).cumulative().path("lb", "Lebanon").post("p3").build();
        Claim incident = claim("d").value(5).path("lb", "Lebanon").post("p4").build();
        assertEquals(java.util.Optional.of("one is a running total, the other an incident"),
                FactIdentity.whyApart(warToll, incident), "a country's running total is a war's, not an incident's");
    }

    @Test
    void incidentsToldWithWeaponsOfDifferentKindsAreDifferentIncidents() {
        Claim port = claim("a").value(4).post("p1").at("2024-05-21T07:00:00Z")
                .sentence("A ballistic missile struck port infrastructure in the city, killing four workers").build();
        Claim block = claim("b").value(4).post("p2").at("2024-05-21T19:00:00Z")
                .sentence("Shahed drones struck an apartment block in the city, killing four residents").build();
        assertFalse(FactIdentity.sameFact(port, block));
        assertTrue(FactIdentity.whyApart(port, block).orElseThrow().contains("weapons"));
        Claim both = claim("c").value(4).post("p3").at("2024-05-21T09:00:00Z")
                .sentence("A drone fired a missile at port infrastructure in the city, killing four workers").build();
        assertTrue(FactIdentity.sameFact(port, both), "a kind in common is no difference");
    }

    @Test
    void clockTimesArePartsOfTheDayAndWordsEveryStrikeSharesDescribeNothing() {
        Claim dawn = claim("a").value(4).post("p1").sentence("Four members of one family were killed when their home "
                + "was struck shortly after 5 a.m.").build();
        Claim dusk = claim("b").value(4).post("p2").at("2023-12-02T18:00:00Z").sentence("At about 7 p.m., a strike "
                + "on a car parked beside the market killed four men.").build();
        assertTrue(FactIdentity.whyApart(dawn, dusk).orElseThrow().startsWith("different parts of the day: [@early"),
                FactIdentity.whyApart(dawn, dusk).orElseThrow());
        Claim terse = claim("c").value(4).post("p3").headline().sentence("Israeli strike on car near market kills "
                + "four").build();
        Claim home = claim("d").value(4).post("p4").sentence("An Israeli air strike on a family home killed four "
                + "people, a mother and three of her children").build();
        assertFalse(FactIdentity.sameFact(terse, home), "a strike on a car and one on a home share only 'strike'");
    }
}
