package io.liveblog.eval;

import static io.liveblog.eval.Fixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void findsEveryOccurrenceInHeadlineThenBody() {
        GoldPost p = post("s.jsonl", "s1", "12 killed", "A strike killed 12. Later 12 more died; 112 in all.", List.of());
        assertEquals(List.of(new Span("headline", 0, 2), new Span("body", 16, 18), new Span("body", 26, 28),
                new Span("body", 41, 43)), Span.occurrences(p, "12"));
        assertEquals(List.of(), Span.occurrences(p, ""));
    }

    @Test
    void overlapNeedsTheSameFieldAndASharedCharacter() {
        Span body = new Span("body", 10, 20);
        assertTrue(body.overlaps(new Span("body", 19, 25)));
        assertFalse(body.overlaps(new Span("body", 20, 25)), "half-open: touching is not overlapping");
        assertFalse(body.overlaps(new Span("headline", 12, 14)));
        assertTrue(body.overlaps(new Span("body", 0, 30)));
    }
}
