package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A terse headline figure restated in the body borrows the body's reading. */
class HeadlineRestatementTest {

    @Test
    void aHeadlineFigureTakesTheScopeOfItsBodyRestatement() {
        List<ExtractedClaim> claims = Posts.claims("Quake kills 320 in Hatay",
                "The number of people killed in Hatay has risen to 320, officials said on Tuesday.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals("headline", claims.get(0).field());
        assertEquals(320L, claims.get(0).quantity().value());
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
        assertEquals(Scope.CUMULATIVE, claims.get(0).scope());
    }

    @Test
    void aHeadlineFigureWithoutARestatementKeepsItsOwnScope() {
        List<ExtractedClaim> claims = Posts.claims("Quake kills 320 in Hatay",
                "Rescuers were still searching collapsed buildings in Antakya on Tuesday.");
        assertEquals(1, claims.size(), Posts.describe(claims));
        assertEquals(Scope.INCREMENTAL, claims.get(0).scope());
    }
}
