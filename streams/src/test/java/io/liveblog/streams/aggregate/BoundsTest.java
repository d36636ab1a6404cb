package io.liveblog.streams.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void plusAddsBestAndLowAndKeepsUnboundedHigh() {
        Bounds atLeast100 = new Bounds(100L, 100L, null);
        Bounds exact5 = new Bounds(5L, 5L, 5L);
        assertEquals(new Bounds(105L, 105L, null), atLeast100.plus(exact5));
        assertEquals(new Bounds(10L, 10L, 10L), exact5.plus(exact5));
        assertEquals(exact5, Bounds.NONE.plus(exact5));
        assertEquals(exact5, exact5.plus(Bounds.NONE));
    }

    @Test
    void atLeastTakesTheLargerEstimateOfTheSameSet() {
        Bounds runningTotal = new Bounds(178L, 178L, null);
        Bounds parts = new Bounds(100L, 100L, 120L);
        assertEquals(new Bounds(178L, 178L, null), runningTotal.atLeast(parts));
        Bounds bigParts = new Bounds(200L, 190L, 210L);
        assertEquals(new Bounds(200L, 190L, 210L), new Bounds(178L, 178L, 180L).atLeast(bigParts));
    }

    @Test
    void conservativeCombinationTakesTheSmallestBestAndTheWidestRange() {
        Bounds ministry = new Bounds(178L, 178L, null);
        Bounds other = new Bounds(160L, 150L, 170L);
        assertEquals(new Bounds(160L, 150L, null), ministry.conservativeWith(other));
        assertEquals(new Bounds(160L, 150L, 178L), new Bounds(178L, 178L, 178L).conservativeWith(other));
    }

    @Test
    void boundsStayOrdered() {
        assertEquals(new Bounds(10L, 10L, 12L), new Bounds(10L, 11L, 12L).consistent());
        assertEquals(new Bounds(10L, 9L, 10L), new Bounds(10L, 9L, 8L).consistent());
    }
}
