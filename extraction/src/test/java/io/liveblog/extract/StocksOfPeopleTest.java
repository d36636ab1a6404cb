package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People counted by the condition they live in: patients in care, people sleeping rough, a camp's residents. */
class StocksOfPeopleTest {

    @Test
    void peopleBeingTreatedInHospitalsAreACumulativeInjuredStock() {
        ExtractedClaim c = Posts.only("Some 4,200 people are being treated in hospitals across the region.");
        assertEquals(Metric.INJURED, c.metric());
        assertEquals(4_200L, c.quantity().value());
        assertEquals(Scope.CUMULATIVE, c.scope());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The regional health ministry said 57 people had been taken to hospital. | 57",
        "Officials said 80 people remained in hospitals in the capital. | 80",
        "The ministry said 1,277 others have been taken to hospital since Friday. | 1277",
        "The health ministry said 551 people had sought medical help since the attack. | 551"})
    void peopleTakenToOrKeptInHospitalAreInjured(String sentence, long value) {
        Posts.onlyFigure(sentence, Metric.INJURED, value);
    }

    @Test
    void aBareNumberStillInHospitalIsPartOfAGroupCountedBefore() {
        ExtractedClaim c = Posts.only("Of the 182 people injured, 101 remain in hospital, the health ministry said.");
        assertEquals(182L, c.quantity().value(), "the injured are counted once, not again by who is still in care");
        Posts.none("Most were treated at the scene and sent home; 54 were still in hospital on Sunday.");
    }

    @Test
    void mealsServedToPeopleArePeopleAssisted() {
        ExtractedClaim c = Posts.only("Volunteers served hot meals to 25,000 people in the city's parks.");
        assertEquals(Metric.PEOPLE_ASSISTED, c.metric());
        assertEquals(25_000L, c.quantity().value());
    }

    @Test
    void peopleSleepingInCarsAreDisplaced() {
        ExtractedClaim c = Posts.only("Thousands of people are sleeping in cars along the coastal road.");
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

    /** Where a displacement count stands, however the state is worded, is a running total, never an incident. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nearly 1.4 million people in Gaza are now internally displaced, according to UNRWA. | 1400000",
        "Nearly 1.9 million people are estimated to be internally displaced across the Gaza Strip. | 1900000",
        "UNHCR warns of 5.3 million homeless in Syria. | 5300000",
        "Up to 5.3 million people may be homeless in Syria after the quake, UNHCR says. | 5300000",
    })
    void aDisplacementStateIsARunningTotal(String sentence, long value) {
        ExtractedClaim c = Posts.onlyFigure(sentence, Metric.DISPLACED, value);
        assertEquals(Scope.CUMULATIVE, c.scope(), c::toString);
    }

    @Test
    void peopleMadeHomelessByOneStrikeAreAnIncident() {
        ExtractedClaim c = Posts.only("Some 300 residents were made homeless when a strike hit a tower in Gaza City.");
        assertEquals(Metric.DISPLACED, c.metric());
        assertEquals(Scope.INCREMENTAL, c.scope(), c::toString);
    }
}
