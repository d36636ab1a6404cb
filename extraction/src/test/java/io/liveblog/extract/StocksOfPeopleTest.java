package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** People counted by the condition they live in: patients in care, people sleeping rough, a camp's residents. */
class StocksOfPeopleTest {

    @Test
    void peopleBeingTreatedInHospitalsAreACumulativeInjuredStock() {
        ExtractedClaim c = Posts.only("Some 4,200 people are being treated in hospitals across the region.");
        assertEquals(Metric.INJURED, c.metric());
        assertEquals(4_200L, c.quantity().value());
        assertEquals(Scope.CUMULATIVE, c.scope());
    }

    @Test
    void peopleSleepingInCarsAreDisplaced() {
        ExtractedClaim c = Posts.only("Thousands of families are sleeping in cars along the coastal road.");
        assertEquals(Metric.DISPLACED, c.metric());
        assertEquals(Scope.CUMULATIVE, c.scope());
    }

    @Test
    void aCampThatSheltersPeopleHoldsADisplacedStock() {
        ExtractedClaim c = Posts.only("The school, which shelters around 2,300 people, lost power on Monday.");
        assertEquals(Metric.DISPLACED, c.metric());
        assertEquals(2_300L, c.quantity().value());
        assertEquals(Qualifier.ABOUT, c.quantity().qualifier());
        assertEquals(Scope.CUMULATIVE, c.scope());
    }

    @Test
    void foodDeliveredToPeopleInSheltersStaysAnIncrement() {
        ExtractedClaim c = Posts.only("The agency said it managed to deliver food to about 9,000 people in shelters "
                + "over the weekend.");
        assertEquals(Metric.PEOPLE_ASSISTED, c.metric());
        assertEquals(Scope.INCREMENTAL, c.scope());
    }
}
