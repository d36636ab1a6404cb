package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.geo.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A toll broken down by place: each named part is a located running total of its own. */
class BreakdownByPlaceTest {

    private static Place last(ExtractedClaim c) {
        return c.locationPath().get(c.locationPath().size() - 1);
    }

    @Test
    void worstHitPlaceAndTheNamedPartAfterItAreEachLocatedTotals() {
        List<ExtractedClaim> claims = Posts.claims(
                "Floods have swept the coast for a week. Hatay province has been the worst hit, with 212 deaths, "
                        + "followed by North Gaza with 97.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.KILLED, claims.get(0).metric());
        assertEquals(212L, claims.get(0).quantity().value());
        assertEquals(TestPlaces.HATAY, last(claims.get(0)));
        assertEquals(Scope.CUMULATIVE, claims.get(0).scope());
        assertEquals(Metric.KILLED, claims.get(1).metric());
        assertEquals(97L, claims.get(1).quantity().value());
        assertEquals(TestPlaces.NORTH_GAZA, last(claims.get(1)));
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
    }

    @Test
    void aPlaceThatAccountedForPartOfTheDeadIsAFigureNotASkippedSubset() {
        List<ExtractedClaim> claims = Posts.claims(
                "Rafah Governorate accounted for 640 of the dead, and Khan Younis Governorate with 310.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(640L, claims.get(0).quantity().value());
        assertEquals(Metric.KILLED, claims.get(0).metric());
        assertEquals(TestPlaces.RAFAH_GOV, last(claims.get(0)));
        assertEquals(Scope.CUMULATIVE, claims.get(0).scope());
        assertEquals(310L, claims.get(1).quantity().value());
        assertEquals(TestPlaces.KHAN_YOUNIS_GOV, last(claims.get(1)));
    }

    @Test
    void aSubsetOfTheDeadWithoutAPlaceShareIsStillSkipped() {
        Posts.none("Nine of the dead were children, medics at the clinic said.");
    }

    @Test
    void aNumberAfterWithAndANameButNoEarlierCasualtyFigureIsNoFigure() {
        Posts.none("The team arrived in Hatay with 40 on Monday.");
    }
}
