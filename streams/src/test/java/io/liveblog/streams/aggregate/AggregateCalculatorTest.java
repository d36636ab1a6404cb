package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateCalculatorTest {

    private static final String[] HOSPITAL = {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip",
        "gaza-gov", "Gaza Governorate", "al-ahli", "Al-Ahli Hospital"};
    private static final String[] CAMP = {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip",
        "north-gaza", "North Gaza Governorate", "jabalya", "Jabalya Camp"};

    private static LocationAggregate total(String place, List<Claim> claims) {
        return AggregateCalculator.compute(place, "killed", AggregateCalculator.TOTAL, claims).orElseThrow();
    }

    @Test
    void parentShowsItsOwnRunningTotalNotTheSumOfItAndItsParts() {
        List<Claim> claims = List.of(
                claim("toll").atLeast(178).cumulative().source("Gaza health ministry").build(),
                claim("hosp").atLeast(100).path(HOSPITAL).source("Dr Naim").build());
        LocationAggregate strip = total("gaza-strip", claims);
        assertEquals(178L, strip.getValue());
        assertEquals(178L, strip.getLow());
        assertNull(strip.getHigh());
        assertEquals(List.of("hosp", "toll"), strip.getClaimIds());
        assertEquals(100L, total("gaza-gov", claims).getValue());
        assertEquals(List.of("Palestinian territories", "Gaza Strip", "Gaza Governorate"),
                total("gaza-gov", claims).getLocationPath());
    }

    @Test
    void anAggregateListsTheTenAuthoritiesWithTheLargestFiguresAndCountsThemAll() {
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            claims.add(claim("c" + i).value(i).path(i % 2 == 0 ? HOSPITAL : CAMP)
                    .source(String.format("Doctors %02d", i)).sentence("strike number " + i).build());
        }
        LocationAggregate strip = total("gaza-strip", claims);
        assertEquals(105L, strip.getValue(), "every authority's figure is combined");
        assertEquals(14, strip.getAuthorityCount());
        List<String> listed = strip.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        assertEquals(AggregateCalculator.MAX_AUTHORITIES, listed.size());
        assertEquals(listed.stream().sorted().toList(), listed, "sorted by authority");
        assertTrue(strip.getAuthorities().stream().allMatch(a -> a.getValue() >= 5), "the largest figures: " + listed);
        LocationAggregate camp = total("jabalya", claims);
        assertEquals(7, camp.getAuthorityCount());
        assertEquals(7, camp.getAuthorities().size(), "a place below lists its own");
    }

    @Test
    void anAggregateListsTheTenLatestRevisionsOfItsSubtreeAndCountsThemAll() {
        // the ministry's toll at the strip falls seven times (days 1, 3, ..., 13), a hospital's own count six times
        // (half a day later each: days 1.5, ..., 11.5): 13 revisions, of which the 3 oldest are not listed
        List<Claim> claims = new java.util.ArrayList<>();
        List<String> chronological = new java.util.ArrayList<>();
        java.time.Instant start = java.time.Instant.parse("2023-11-01T00:00:00Z");
        for (int i = 0; i < 7; i++) {
            long up = 1000 + 100 * i;
            claims.add(claim("moh-up-" + i).value(up).cumulative().source("MoH")
                    .at(start.plus(java.time.Duration.ofDays(2 * i)).toString()).build());
            claims.add(claim("moh-down-" + i).value(up - 50).cumulative().source("MoH")
                    .at(start.plus(java.time.Duration.ofDays(2 * i + 1)).toString()).build());
            chronological.add("MoH revised killed at Gaza Strip from " + up + " to " + (up - 50) + " (claim moh-down-"
                    + i + ")");
            if (i < 6) {
                long hosp = 100 + 10 * i;
                claims.add(claim("naim-up-" + i).value(hosp).cumulative().source("Dr Naim").path(HOSPITAL)
                        .at(start.plus(java.time.Duration.ofHours(48 * i + 12)).toString()).build());
                claims.add(claim("naim-down-" + i).value(hosp - 5).cumulative().source("Dr Naim").path(HOSPITAL)
                        .at(start.plus(java.time.Duration.ofHours(48 * i + 36)).toString()).build());
                chronological.add("Dr Naim revised killed at Al-Ahli Hospital from " + hosp + " to " + (hosp - 5)
                        + " (claim naim-down-" + i + ")");
            }
        }
        LocationAggregate strip = total("gaza-strip", claims);
        assertEquals(13, strip.getRevisionCount());
        assertEquals(chronological.subList(3, 13), strip.getRevisions(), "the latest ten, oldest first");
        LocationAggregate hospital = total("al-ahli", claims);
        assertEquals(6, hospital.getRevisionCount());
        assertEquals(6, hospital.getRevisions().size(), "a place below lists its own");
    }

    @Test
    void incidentsInDifferentChildrenAddUp() {
        List<Claim> claims = List.of(
                claim("h").value(12).path(HOSPITAL).sentence("a strike on a bakery").build(),
                claim("c").value(7).path(CAMP).sentence("a house collapsed").build());
        assertEquals(19L, total("gaza-strip", claims).getValue());
        assertEquals(19L, total("ps", claims).getValue());
        assertEquals(2, total("ps", claims).getFactCount());
    }

    @Test
    void latestRunningTotalPerAuthorityWinsAndDropsAreNoted() {
        List<Claim> claims = List.of(
                claim("t1").atLeast(200).cumulative().source("MoH").at("2023-12-02T08:00:00Z").build(),
                claim("t2").atLeast(178).cumulative().source("MoH").at("2023-12-02T18:00:00Z").build());
        LocationAggregate strip = total("gaza-strip", claims);
        assertEquals(178L, strip.getValue());
        assertEquals(List.of("t2"), strip.getClaimIds(), "the superseded figure no longer supports the total");
        assertEquals(1, strip.getRevisions().size());
        assertTrue(strip.getRevisions().get(0).startsWith("MoH revised killed at Gaza Strip from 200 to 178"));
    }

    @Test
    void staleRequotedFigureDoesNotBecomeTheLatest() {
        List<Claim> claims = List.of(
                claim("old").atLeast(178).cumulative().source("MoH").at("2023-12-02T08:00:00Z").build(),
                claim("new").atLeast(193).cumulative().source("MoH").at("2023-12-02T12:00:00Z").build(),
                claim("requote").atLeast(178).cumulative().at("2023-12-02T20:00:00Z").build());
        assertEquals(193L, total("gaza-strip", claims).getValue());
    }

    @Test
    void authoritiesAreCombinedConservativelyAndListed() {
        List<Claim> claims = List.of(
                claim("a").value(223).cumulative().source("UNRWA").build(),
                claim("b").atLeast(350).cumulative().source("Egyptian officials").build());
        LocationAggregate agg = total("gaza-strip", claims);
        assertEquals(223L, agg.getValue());
        assertEquals(223L, agg.getLow());
        assertNull(agg.getHigh());
        assertEquals(2, agg.getAuthorities().size());
        assertEquals("Egyptian officials", agg.getAuthorities().get(0).getAuthority());
        assertEquals(350L, agg.getAuthorities().get(0).getValue());
        assertEquals(223L, agg.getAuthorities().get(1).getValue());
    }

    @Test
    void anUnattributedRunningTotalANamedAuthorityReportedSinceDoesNotHoldTheTotalDown() {
        Claim midday = claim("a").value(8574).cumulative().at("2023-02-08T10:00:00Z")
                .text("the death toll rose to 8,574").build();
        Claim evening = claim("b").value(9057).cumulative().source("AFAD").at("2023-02-08T19:30:00Z").build();
        Claim friday = claim("c").value(18342).cumulative().source("AFAD").at("2023-02-10T18:00:00Z").build();
        LocationAggregate agg = total("gaza-strip", List.of(midday, evening, friday));
        assertEquals(18342L, agg.getValue(), "the agency reported after the unattributed figure");
        assertEquals(2, agg.getAuthorities().size(), "the unattributed figure is still listed");
        // an unattributed figure after every named one is another source's newer word: the smaller still holds
        Claim later = claim("d").value(17000).cumulative().at("2023-02-11T08:00:00Z").build();
        assertEquals(17000L, total("gaza-strip", List.of(midday, evening, friday, later)).getValue());
    }

    @Test
    void aVaguerRestatementOfARunningTotalIsNoRevision() {
        Claim exact = claim("a").value(10_700_000).cumulative().source("IOM").at("2024-08-22T10:00:00Z").build();
        Claim vaguer = claim("b").moreThan(10_000_000).cumulative().source("IOM").at("2024-08-24T16:00:00Z").build();
        LocationAggregate agg = total("gaza-strip", List.of(exact, vaguer));
        assertEquals(10_700_000L, agg.getValue(), "\"more than 10 million\" does not take back 10.7 million");
        assertEquals(List.of(), agg.getRevisions());
        Claim lower = claim("c").value(9_800_000).cumulative().source("IOM").at("2024-08-26T10:00:00Z").build();
        LocationAggregate revised = total("gaza-strip", List.of(exact, vaguer, lower));
        assertEquals(9_800_000L, revised.getValue(), "a lower number is a revision");
        assertEquals(1, revised.getRevisions().size(), revised.getRevisions()::toString);
    }

    @Test
    void aRoundLowerBoundUnderAPreciseOneRoundsItDownAndRevisesNothing() {
        Claim precise = claim("a").atLeast(11_126).cumulative().source("UN").at("2024-05-22T08:00:00Z").build();
        Claim round = claim("b").moreThan(11_000).cumulative().source("UN").at("2024-05-22T12:30:00Z").build();
        LocationAggregate agg = total("gaza-strip", List.of(precise, round));
        assertEquals(11_126L, agg.getValue(), "\"more than 11,000\" rounds \"at least 11,126\" down");
        assertEquals(List.of(), agg.getRevisions());
        Claim lower = claim("c").atLeast(10_950).cumulative().source("UN").at("2024-05-23T08:00:00Z").build();
        assertEquals(10_950L, total("gaza-strip", List.of(precise, round, lower)).getValue(),
                "a precise lower bound is a revision");
        assertEquals(10_950L, total("gaza-strip", List.of(precise, lower)).getValue(),
                "a precise lower bound under a precise one revises it");
        Claim roundFirst = claim("d").atLeast(12_000).cumulative().source("UN").at("2024-05-21T08:00:00Z").build();
        assertEquals(11_000L, total("gaza-strip", List.of(roundFirst, round)).getValue(),
                "a round bound after a round bound revises it");
    }

    @Test
    void roundNumbersAreThousandsWithAtMostTwoSignificantDigits() {
        assertTrue(AggregateCalculator.isRound(11_000));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(200));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(190));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(11_500_100));
        assertTrue(AggregateCalculator.isRound(10_000_000));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(11_126));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(178));
        org.junit.jupiter.api.Assertions.assertFalse(AggregateCalculator.isRound(90));
    }

    @Test
    void backgroundPlannedAndProjectedFiguresAreIgnored() {
        List<Claim> claims = List.of(
                claim("bg").value(1200).scope("background").build(),
                claim("plan").value(100).modality("planned").build(),
                claim("fear").value(12).modality("projected").build());
        assertTrue(AggregateCalculator.compute("gaza-strip", "killed", "total", claims).isEmpty());
    }

    @Test
    void dayWindowUsesOnlyThatDaysClaims() {
        List<Claim> claims = List.of(
                claim("d1").value(5).sentence("a raid on a clinic").at("2023-12-01T10:00:00Z").build(),
                claim("d2").value(7).sentence("shelling of a market").at("2023-12-02T10:00:00Z").build());
        assertEquals(12L, total("gaza-strip", claims).getValue());
        assertEquals(7L, AggregateCalculator.compute("gaza-strip", "killed", "2023-12-02", claims).orElseThrow()
                .getValue());
        assertTrue(AggregateCalculator.compute("gaza-strip", "killed", "2023-12-03", claims).isEmpty());
    }

    @Test
    void repeatedCitationsCountOnceButAreAllListed() {
        String s = "More than 150 wounded people had arrived at the hospital from neighbourhoods in the area.";
        List<Claim> claims = List.of(
                claim("a").atLeast(150).path(HOSPITAL).sentence(s).post("p1").build(),
                claim("b").atLeast(150).path(HOSPITAL).sentence(s).post("p2").at("2023-12-02T18:00:00Z").build());
        LocationAggregate agg = total("gaza-strip", claims);
        assertEquals(150L, agg.getValue());
        assertEquals(1, agg.getFactCount());
        assertEquals(List.of("a", "b"), agg.getClaimIds());
    }
}
