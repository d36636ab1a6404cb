package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People reached with aid, including targets an agency aims at and participle clauses after a delivery. */
class AssistanceTargetsTest {

    @Test
    void anAimToReachPeopleIsAPlannedCumulativeTarget() {
        ExtractedClaim c = Posts.only("UNICEF said it aimed to reach 300,000 children with clean water this winter.");
        assertEquals(Metric.PEOPLE_ASSISTED, c.metric());
        assertEquals(300_000L, c.quantity().value());
        assertEquals(Modality.PLANNED, c.modality());
        assertEquals(Scope.CUMULATIVE, c.scope());
        assertEquals("reach 300,000 children", c.text());
    }

    @Test
    void anElidedTargetAfterAssistCountsAndTheReachedFigureBeforeItStaysReported() {
        List<ExtractedClaim> claims = Posts.claims("The agency said it had reached 220,000 people with food "
                + "parcels and aimed to assist 800,000 by the end of the year.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(220_000L, claims.get(0).quantity().value());
        assertEquals(Modality.REPORTED, claims.get(0).modality());
        assertEquals(Metric.PEOPLE_ASSISTED, claims.get(1).metric());
        assertEquals(800_000L, claims.get(1).quantity().value());
        assertEquals(Modality.PLANNED, claims.get(1).modality());
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
    }

    @Test
    void aParticipleClauseReachingPeopleAfterADistributionIsAssistance() {
        ExtractedClaim c = Posts.only(
                "Volunteers began handing out flour in the northern districts on Sunday, reaching 6,500 people.");
        assertEquals(Metric.PEOPLE_ASSISTED, c.metric());
        assertEquals(6_500L, c.quantity().value());
        assertEquals(Scope.INCREMENTAL, c.scope());
    }

    @Test
    void reachingPeopleWithoutAnyAidWordIsNoFigure() {
        Posts.none("The march grew through the afternoon, reaching 6,500 people by nightfall.");
    }
}
