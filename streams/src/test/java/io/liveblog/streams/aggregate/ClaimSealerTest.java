package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ClaimSealerTest {

    private static final String[] CAMP = {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip",
        "north-gaza", "North Gaza Governorate", "jabalya", "Jabalya Camp"};
    private static final Predicate<Claim> BEFORE_DEC_10 = c -> c.getEventDate().compareTo("2023-12-10") < 0;

    private static Long total(String place, List<Claim> claims) {
        return AggregateCalculator.compute(place, "killed", "total", claims).orElseThrow().getValue();
    }

    private static List<Claim> history() {
        List<Claim> claims = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            String date = String.format("2023-12-%02dT10:00:00Z", day);
            claims.add(claim("inc" + day).value(day).path(CAMP).sentence("incident number " + day + " at a well "
                    + "site " + "x".repeat(day)).at(date).build());
            claims.add(claim("toll" + day).atLeast(100 + day * 10L).cumulative().source("MoH").at(date).build());
        }
        return claims;
    }

    @Test
    void sealingKeepsEveryTotalAndShrinksTheSet() {
        List<Claim> claims = history();
        List<Claim> sealed = ClaimSealer.seal(claims, BEFORE_DEC_10);
        assertEquals(11 * 2 + 2, sealed.size(), "open days 10..20, one incident sum, one running total");
        for (String place : List.of("ps", "gaza-strip", "north-gaza", "jabalya")) {
            assertEquals(total(place, claims), total(place, sealed), place);
        }
        Claim sum = sealed.stream().filter(ClaimSealer::isSealed).findFirst().orElseThrow();
        assertEquals(45L, sum.getValue(), "days 1..9 summed");
        assertEquals("sealed sum of 9 incident figures", sum.getText());
    }

    @Test
    void sealingAgainLaterAddsToTheSameSummary() {
        List<Claim> once = ClaimSealer.seal(history(), BEFORE_DEC_10);
        List<Claim> twice = ClaimSealer.seal(once, c -> c.getEventDate().compareTo("2023-12-15") < 0);
        assertEquals(total("ps", history()), total("ps", twice));
        Claim sum = twice.stream().filter(ClaimSealer::isSealed).findFirst().orElseThrow();
        assertEquals("sealed sum of 14 incident figures", sum.getText());
        assertEquals(1, twice.stream().filter(c -> "cumulative".equals(c.getScope())
                && c.getEventDate().compareTo("2023-12-15") < 0).count(), "one running total kept");
    }

    @Test
    void anOldIncidentRestatedInAnOpenPostStaysOpen() {
        String s = "Three people were killed when a missile hit a family home near the market.";
        Claim old = claim("old").value(3).path(CAMP).sentence(s).at("2023-12-09T20:00:00Z").build();
        Claim restated = claim("new").value(3).path(CAMP).sentence(s).at("2023-12-10T06:00:00Z").build();
        List<Claim> sealed = ClaimSealer.seal(List.of(old, restated), BEFORE_DEC_10);
        assertEquals(List.of("new", "old"), sealed.stream().map(Claim::getClaimId).toList());
        assertEquals(3L, total("jabalya", sealed));
    }

    @Test
    void nothingSealableLeavesTheSetUntouched() {
        List<Claim> claims = history();
        assertSame(claims, ClaimSealer.seal(claims, c -> false));
    }

    @Test
    void aPassTellsWhetherItKeptAFactOpenAndAKeptRunningTotalDoesNot() {
        ClaimSealer.Sealed history = ClaimSealer.sealAndTell(history(), BEFORE_DEC_10);
        assertFalse(history.keptOpen(), "totals kept as summaries and sealed sums hold nothing open");
        assertFalse(ClaimSealer.sealAndTell(history.claims(), BEFORE_DEC_10).keptOpen(), "nor on the next pass");
        String s = "Three people were killed when a missile hit a family home near the market.";
        Claim old = claim("old").value(3).path(CAMP).sentence(s).at("2023-12-09T20:00:00Z").build();
        Claim restated = claim("new").value(3).path(CAMP).sentence(s).at("2023-12-10T06:00:00Z").build();
        assertTrue(ClaimSealer.sealAndTell(List.of(old, restated), BEFORE_DEC_10).keptOpen(),
                "an old incident restated in an open post is kept open");
    }

    @Test
    void aSealedRunningTotalOfSeveralNumbersKeepsTheNumberItsFactStandsFor() {
        // the rounded telling comes first, so it stands for the fact's place and time; the number is the exact one
        Claim rounded = claim("a").moreThan(10_000).cumulative().source("MoH").at("2023-12-02T11:20:00Z").build();
        Claim exact = claim("b").value(10_022).cumulative().source("MoH").at("2023-12-02T13:45:00Z").build();
        Claim kept = ClaimSealer.seal(List.of(rounded, exact), BEFORE_DEC_10).get(0);
        assertEquals(10_022L, kept.getValue());
        assertEquals("exact", kept.getQualifier(), "bounds and qualifier from the same telling");
        assertEquals(10_022L, kept.getHigh());
    }
}
