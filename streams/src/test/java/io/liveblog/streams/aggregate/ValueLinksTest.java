package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueLinksTest {

    private static final String MINISTRY = "Gaza health ministry";

    @Test
    void anOpenEndedTollAndTheExactOneOfTheSameMorningAreOneFactWithTheExactFigure() {
        Claim exact = claim("a").value(10_022).cumulative().source(MINISTRY).post("p1")
                .at("2023-11-06T11:20:00Z").build();
        Claim rounded = claim("b").moreThan(10_000).cumulative().source(MINISTRY).post("p2")
                .at("2023-11-06T13:45:00Z").build();
        List<Fact> facts = FactIdentity.group(List.of(exact, rounded));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(10_022L, facts.get(0).bounds().value());
        assertEquals(10_022L, facts.get(0).bounds().high(), "the exact telling gives the fact its bounds");
        assertTrue(FactIdentity.whyTogether(exact, rounded).orElseThrow().contains("different numbers"));
    }

    /**
     * One sentence telling one running total rounded and exact is one figure; two figures of one sentence otherwise
     * (a number further from the round one than a twentieth of it, or a qualified number that is not round).
     */
    @Test
    void aSentenceTellingOneTollRoundedAndExactIsOneFigure() {
        String sentence = "More than 25,000 people have been killed in Gaza since October 7, the health ministry said "
                + "on Sunday, adding that 25,105 had been killed.";
        Claim rounded = claim("a").moreThan(25_000).cumulative().source(MINISTRY).post("p1").text("More than 25,000")
                .sentence(sentence).span(0, 16).at("2024-01-21T12:30:00Z").build();
        Claim exact = claim("b").value(25_105).cumulative().source(MINISTRY).post("p1").text("25,105")
                .sentence(sentence).span(120, 126).at("2024-01-21T12:30:00Z").build();
        assertEquals(1, FactIdentity.group(List.of(rounded, exact)).size(),
                () -> ValueLinkRules.whyApart(rounded, exact));
        Claim further = claim("c").value(27_200).cumulative().source(MINISTRY).post("p1").text("27,200")
                .sentence(sentence).span(120, 126).at("2024-01-21T12:30:00Z").build();
        assertEquals("two figures of one sentence", ValueLinkRules.whyApart(rounded, further));
        Claim notRound = claim("d").moreThan(25_050).cumulative().source(MINISTRY).post("p1")
                .text("More than 25,050").sentence(sentence).span(0, 16).at("2024-01-21T12:30:00Z").build();
        assertEquals("two figures of one sentence", ValueLinkRules.whyApart(notRound, exact),
                "a number that is not round is no rounding of the other");
    }

    @Test
    void anAboutFigureAndAnExactOneWithinItsRangeAreOneFact() {
        Claim about = claim("a").about(60_000).cumulative().path("lb", "Lebanon").post("p1").build();
        Claim exact = claim("b").value(60_322).cumulative().path("lb", "Lebanon").post("p2")
                .at("2023-12-02T16:00:00Z").build();
        assertEquals(1, FactIdentity.group(List.of(about, exact)).size());
    }

    @Test
    void aProvincesOpenEndedRunningTotalIsAPartOfTheCountrysNotItsTelling() {
        Claim country = claim("a").value(9_057).cumulative().source("AFAD").path("tr", "Turkey").post("p1")
                .at("2023-02-08T20:00:00Z").build();
        Claim province = claim("b").atLeast(3_400).cumulative().source("AFAD")
                .path("tr", "Turkey", "km", "Kahramanmaras Province").post("p2").at("2023-02-09T06:00:00Z").build();
        assertEquals(2, FactIdentity.group(List.of(country, province)).size());
        assertEquals(java.util.Optional.of("running totals of a place and a place inside it"),
                FactIdentity.whyApart(country, province));
        Claim sameLevel = claim("c").moreThan(9_000).cumulative().source("AFAD").path("tr", "Turkey").post("p3")
                .at("2023-02-09T07:00:00Z").build();
        assertEquals(1, FactIdentity.group(List.of(country, sameLevel)).size(), "one total, rounded");
    }

    @Test
    void twoOpenEndedFiguresSayOnlyManyAndAreNeverJoined() {
        Claim atLeast = claim("a").atLeast(100).post("p1").sentence("at least 100 killed in the strike").build();
        Claim moreThan = claim("b").moreThan(150).post("p2").sentence("more than 150 killed in the strike").build();
        assertEquals(2, FactIdentity.group(List.of(atLeast, moreThan)).size());
    }

    /**
     * Except one running total told precisely and rounded down ("at least 11,126 civilians killed", then "more than
     * 11,000" from the same mission that morning); a round number further below, or a lower bound that is not round,
     * still says only "many".
     */
    @Test
    void aRunningTotalRoundedDownIsTheTotalItRounds() {
        String mission = "UN Human Rights Monitoring Mission in Ukraine";
        Claim precise = claim("a").atLeast(11_126).cumulative().source(mission).path("ua", "Ukraine").post("p1")
                .at("2024-05-22T08:00:00Z").build();
        Claim rounded = claim("b").moreThan(11_000).cumulative().source(mission).path("ua", "Ukraine").post("p2")
                .at("2024-05-22T12:30:00Z").build();
        assertEquals(1, FactIdentity.group(List.of(precise, rounded)).size(),
                () -> ValueLinkRules.whyApart(precise, rounded));
        assertEquals(null, ValueLinkRules.whyApart(precise, rounded), "as a pair too (explain)");
        Claim further = claim("c").moreThan(10_000).cumulative().source(mission).path("ua", "Ukraine").post("p3")
                .at("2024-05-22T12:30:00Z").build();
        assertEquals("numbers that cannot be one figure", ValueLinkRules.whyApart(precise, further));
        Claim notRound = claim("d").moreThan(11_050).cumulative().source(mission).path("ua", "Ukraine").post("p4")
                .at("2024-05-22T12:30:00Z").build();
        assertEquals("numbers that cannot be one figure", ValueLinkRules.whyApart(precise, notRound));
    }

    @Test
    void exactFiguresThatDifferAreTwoFacts() {
        Claim a = claim("a").value(12).post("p1").build();
        Claim b = claim("b").value(13).post("p2").build();
        assertEquals(2, FactIdentity.group(List.of(a, b)).size());
    }

    @Test
    void aVagueTellingJoinsOnePreciseFigureButNeverChainsTwo() {
        Claim vague = claim("a").moreThan(50).post("p1").sentence("more than 50 people were killed").build();
        Claim first = claim("b").value(55).post("p2").at("2023-12-02T13:00:00Z")
                .sentence("55 people were killed").build();
        Claim second = claim("c").value(62).post("p3").at("2023-12-02T14:00:00Z")
                .sentence("62 people were killed").build();
        List<Fact> facts = FactIdentity.group(List.of(vague, first, second));
        assertEquals(2, facts.size(), facts::toString);
        assertEquals(117L, facts.stream().mapToLong(f -> f.bounds().value()).sum(),
                "55 and 62 both counted; the vague telling joins one of them");
    }

    @Test
    void aHeadlineOverItsOwnBodyJoinsWhateverScopeItWasReadWith() {
        Claim headline = claim("h").about(32_000).headline().post("p1").source(MINISTRY)
                .sentence("nearly 32,000 killed").build();
        Claim body = claim("b").value(31_923).cumulative().post("p1").source(MINISTRY)
                .sentence("At least 31,923 Palestinians have been killed").build();
        List<Fact> facts = FactIdentity.group(List.of(headline, body));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(31_923L, facts.get(0).bounds().value());
        assertTrue(facts.get(0).isRunningTotal(), "the body's reading stands for the fact");
    }

    @Test
    void visiblyDifferentIncidentsAreNotJoinedForTheirNumbers() {
        Claim morning = claim("a").atLeast(5).post("p1").at("2023-12-02T08:00:00Z")
                .sentence("at least five killed when a missile hit a clinic on Thursday morning").build();
        Claim evening = claim("b").value(6).post("p2").at("2023-12-02T20:00:00Z")
                .sentence("six killed when drones hit a bus depot on Thursday evening").build();
        assertEquals(2, FactIdentity.group(List.of(morning, evening)).size());
    }

    @Test
    void aTollToldAsRisenIsTheIncidentItUpdates() {
        Claim first = claim("a").value(3).post("p1").blog("wire").at("2024-05-23T07:05:00Z").text("killing three people")
                .sentence("A missile struck a private clinic in the city on Thursday morning, killing three people")
                .path("ua", "Ukraine", "dp", "Dnipropetrovsk Oblast", "dnipro", "Dnipro").build();
        Claim risen = claim("b").value(5).cumulative().post("p2").blog("tv").at("2024-05-23T11:00:00Z")
                .text("has risen to five").sentence("The number of people killed in the missile strike on a private "
                        + "clinic in the city has risen to five")
                .path("ua", "Ukraine", "dp", "Dnipropetrovsk Oblast", "dnipro", "Dnipro").build();
        List<Fact> facts = FactIdentity.group(List.of(first, risen));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(5L, facts.get(0).bounds().value(), "the toll only rises: the larger number stands");
        assertTrue(FactIdentity.whyTogether(first, risen).orElseThrow().contains("risen"));
        Claim slimRisen = FactIdentity.slim(risen);
        assertEquals(1, FactIdentity.group(List.of(FactIdentity.slim(first), slimRisen)).size(),
                "the aggregation's slim claims keep the mark of a risen toll");
    }

    @Test
    void aRisenWarTollIsNotAnIncidentsUpdate() {
        Claim earlier = claim("a").value(8_574).cumulative().path("tr", "Turkey").text("rose to 8,574").post("p1")
                .build();
        Claim later = claim("b").value(9_057).cumulative().path("tr", "Turkey").text("has climbed to 9,057").post("p2")
                .at("2023-12-02T20:00:00Z").build();
        assertEquals(2, FactIdentity.group(List.of(earlier, later)).size(),
                "a country's running totals stay separate figures (the later is the latest, not a merge)");
    }

    @Test
    void aRisenTollJoinsOneEarlierNumberNeverTwoThatDiffer() {
        String[] place = {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah", "Rafah"};
        Claim three = claim("a").value(3).post("p1").path(place).sentence("three killed in a strike on a house").build();
        Claim four = claim("b").value(4).post("p2").path(place).at("2023-12-02T13:00:00Z")
                .sentence("four killed in a strike on a house").build();
        Claim five = claim("c").value(5).cumulative().post("p3").path(place).at("2023-12-02T15:00:00Z")
                .text("toll has risen to five").sentence("the toll from the strike on a house has risen to five").build();
        List<Fact> facts = FactIdentity.group(List.of(three, four, five));
        assertEquals(2, facts.size(), facts::toString);
    }

    /**
     * The incremental join ({@link ValueLinks#update}, one change at a time) gives exactly the whole-set join of
     * what is held ({@link ValueLinks#link}), in any order of additions and removals.
     */
    @Test
    void incrementalJoinsEqualTheWholeSetJoin() {
        Random random = new Random(17);
        int compared = 0;
        for (int run = 0; run < 40; run++) {
            List<Fact> pool = randomFacts(random, 30);
            ValueLinks links = new ValueLinks();
            Set<Fact> joined = new HashSet<>();
            Set<Fact> held = new HashSet<>();
            List<Fact> order = new ArrayList<>(pool);
            Collections.shuffle(order, random);
            for (int step = 0; step < 60; step++) {
                Fact f = order.get(random.nextInt(order.size()));
                boolean remove = held.contains(f);
                if (remove) {
                    held.remove(f);
                    links.update(List.of(f), List.of(), joined::remove, joined::add);
                } else {
                    held.add(f);
                    links.update(List.of(), List.of(f), joined::remove, joined::add);
                }
                assertEquals(new HashSet<>(ValueLinks.link(held)), joined, "run " + run + " step " + step);
                compared++;
            }
        }
        assertEquals(2_400, compared);
    }

    /**
     * A running total quoted again the next evening is looked for around each of its citations: the exact figure
     * that came out 18 hours after the repeat (38 after the first quote) is found when the repeated total arrives
     * after it, as it is when the whole set is joined.
     */
    @Test
    void aFactCitedOverTwoDaysIsLinkedThroughItsLatestCitation() {
        Claim quoted = claim("a1").moreThan(10_000).cumulative().source(MINISTRY).post("p1")
                .at("2023-11-06T06:00:00Z").build();
        Claim requoted = claim("a2").moreThan(10_000).cumulative().source(MINISTRY).post("p2")
                .at("2023-11-07T02:00:00Z").build();
        Claim exact = claim("b").value(10_022).cumulative().source(MINISTRY).post("p3")
                .at("2023-11-07T20:00:00Z").build();
        Fact repeated = new Fact(List.of(quoted, requoted));
        Fact precise = new Fact(List.of(exact));
        assertEquals(1, ValueLinks.link(List.of(repeated, precise)).size(), "the whole-set join links them");
        ValueLinks links = new ValueLinks();
        Set<Fact> joined = new HashSet<>();
        links.update(List.of(), List.of(precise), joined::remove, joined::add);
        links.update(List.of(), List.of(repeated), joined::remove, joined::add);
        assertEquals(new HashSet<>(ValueLinks.link(List.of(repeated, precise))), joined);
    }

    /** Primary facts of a few nearby numbers and qualifiers, at nested places, over two days. */
    private static List<Fact> randomFacts(Random random, int n) {
        String[] sentences = {"killed in a strike on a house", "killed in a strike on a house in the camp",
            "killed when a drone hit a car", ""};
        Map<String, Claim> claims = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "c" + i;
            ClaimBuilder b = claim(id).post("p" + random.nextInt(n))
                    .at(String.format("2023-12-0%dT%02d:00:00Z", 2 + random.nextInt(2), random.nextInt(24)))
                    .sentence(sentences[random.nextInt(sentences.length)]);
            long v = 50 + random.nextInt(8);
            switch (random.nextInt(4)) {
                case 0 -> b.value(v);
                case 1 -> b.moreThan(v - 5);
                case 2 -> b.about(v);
                default -> b.atLeast(v);
            }
            if (random.nextBoolean()) {
                b.path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "jabalya", "Jabalya");
            }
            if (random.nextInt(5) == 0) {
                b.cumulative();
            }
            Claim c = b.build();
            claims.put(id, c);
            facts.add(new Fact(List.of(c)));
        }
        return facts;
    }
}
