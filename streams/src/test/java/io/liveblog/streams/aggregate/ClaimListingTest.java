package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimListingTest {

    private static final Instant START = Instant.parse("2023-12-02T00:00:00Z");

    /** One incident at a town below the strip, reported {@code minute} minutes after the start. */
    private static Claim incident(int minute) {
        return claim(String.format("i%03d", minute)).value(1 + minute % 7)
                .at(START.plusSeconds(60L * minute).toString())
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "khan-younis", "Khan Younis")
                .build();
    }

    @Test
    void aShortListNamesEveryClaim() {
        List<Claim> claims = List.of(incident(1), incident(2), incident(3));
        LocationAggregate a = AggregateCalculator.compute("gaza-strip", "killed", "total", claims).orElseThrow();
        assertEquals(List.of("i001", "i002", "i003"), a.getClaimIds());
        assertEquals(3, a.getClaimCount());
        assertEquals(3, a.getAuthorities().get(0).getClaimCount());
    }

    @Test
    void aLongListNamesThePlacesOwnRunningTotalsThenTheNewestClaims() {
        List<Claim> claims = new ArrayList<>();
        for (int minute = 0; minute < 50; minute++) {
            claims.add(incident(minute));
        }
        // reported early, so the newest incidents would crowd it out: it is the strip's own running total
        claims.add(claim("toll-early").value(400).cumulative().source("MoH").at("2023-12-01T06:00:00Z").build());
        // a running total of a town is not the strip's own: it competes by time like any claim
        claims.add(claim("town-toll").value(30).cumulative().source("MoH").at("2023-12-01T07:00:00Z")
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah", "Rafah").build());

        LocationAggregate a = AggregateCalculator.compute("gaza-strip", "killed", "total", claims).orElseThrow();

        List<String> expected = new ArrayList<>(List.of("toll-early"));
        for (int minute = 49; expected.size() < ClaimListing.MAX_LISTED; minute--) {
            expected.add(String.format("i%03d", minute));
        }
        expected.sort(null);
        assertEquals(expected, a.getClaimIds());
        assertEquals(52, a.getClaimCount(), "every claim the estimate rests on is counted");
        io.liveblog.schema.AuthorityFigure unattributed = a.getAuthorities().stream()
                .filter(f -> f.getAuthority().equals("unattributed")).findFirst().orElseThrow();
        assertEquals(50, unattributed.getClaimCount());
        assertEquals(List.of("i045", "i046", "i047", "i048", "i049"), unattributed.getClaimIds(),
                "an authority names fewer claims, the newest");
        List<String> all = WalkOracle.allClaimIds("gaza-strip",
                FactIdentity.group(claims.stream().filter(c -> AggregateCalculator.relevant(c, "gaza-strip",
                        "killed")).toList()));
        assertEquals(52, all.size());
        assertEquals(all.stream().sorted().toList(), all);
    }

    @Test
    void claimsOfOneTimeAreChosenByIdWhateverTheOrderTheyCameIn() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(claim(String.format("c%02d", i)).value(2 + i).at("2023-12-02T12:00:00Z")
                    .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "town" + i, "Town " + i)
                    .build());
        }
        LocationAggregate forward = AggregateCalculator.compute("ps", "killed", "total", claims).orElseThrow();
        List<Claim> reversed = new ArrayList<>(claims);
        java.util.Collections.reverse(reversed);
        LocationAggregate backward = AggregateCalculator.compute("ps", "killed", "total", reversed).orElseThrow();
        assertEquals(forward, backward);
        // ties in time go to the lowest ids
        List<String> lowest = new ArrayList<>();
        for (int i = 0; i < ClaimListing.MAX_LISTED; i++) {
            lowest.add(String.format("c%02d", i));
        }
        assertEquals(lowest, forward.getClaimIds());
        assertEquals(30, forward.getClaimCount());
    }
}
