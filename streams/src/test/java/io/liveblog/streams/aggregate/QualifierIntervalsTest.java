package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import org.junit.jupiter.api.Test;

/** What a figure's words allow the number to be ({@link QualifierIntervals}). */
class QualifierIntervalsTest {

    private static boolean agree(Claim a, Claim b) {
        return QualifierIntervals.compatible(a, b);
    }

    @Test
    void aVagueCountStopsWhereTheNextWordWouldBeUsed() {
        Claim dozens = claim("a").vague("dozens", 12).build();
        assertTrue(agree(dozens, claim("b").atLeast(50).build()), "dozens killed / at least 50 killed");
        assertTrue(agree(dozens, claim("c").value(80).build()));
        assertFalse(agree(dozens, claim("d").atLeast(150).build()), "a writer with 150 says hundreds");
        Claim hundreds = claim("e").vague("hundreds", 100).build();
        assertTrue(agree(hundreds, claim("f").value(450).build()));
        assertFalse(agree(hundreds, claim("g").value(1200).build()), "1,200 are thousands");
        Claim thousands = claim("h").vague("thousands", 1000).build();
        assertTrue(agree(thousands, claim("i").moreThan(5000).build()));
        assertFalse(agree(thousands, claim("j").value(1_200_000).build()), "1.2 million are millions");
        assertTrue(QualifierIntervals.of(dozens).bounded(), "so a vague count can meet an open one");
    }

    @Test
    void exactAndOpenFiguresKeepTheirIntervals() {
        assertEquals(new QualifierIntervals.Interval(55, 55), QualifierIntervals.of(claim("a").value(55).build()));
        assertEquals(new QualifierIntervals.Interval(56, Long.MAX_VALUE),
                QualifierIntervals.of(claim("b").moreThan(55).build()));
        // "at least 100" and "more than 150" meet as intervals, but neither bounds the number: ValueLinks needs one
        // that does before it joins two numbers
        Claim atLeast = claim("c").atLeast(100).build();
        Claim moreThan = claim("d").moreThan(150).build();
        assertTrue(agree(atLeast, moreThan));
        assertFalse(QualifierIntervals.of(atLeast).bounded() || QualifierIntervals.of(moreThan).bounded());
    }
}
