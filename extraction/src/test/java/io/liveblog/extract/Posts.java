package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: run the extractor over a body or a headline written for the test. */
final class Posts {

    /** Publication time of the test posts: the day of the seed blog. */
    static final Instant PUBLISHED = Instant.parse("2023-12-02T16:00:00Z");

    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(TestPlaces.GAZETTEER);

    private Posts() {
    }

    static PostText post(String headline, String body) {
        return new PostText("test-post", PUBLISHED, headline, null, body);
    }

    static List<ExtractedClaim> claims(String body) {
        return checked(post("", body), EXTRACTOR.extract(post("", body)));
    }

    static List<ExtractedClaim> claims(String headline, String body) {
        PostText p = post(headline, body);
        return checked(p, EXTRACTOR.extract(p));
    }

    /** @return the single claim the body yields (fails when there are none or several) */
    static ExtractedClaim only(String body) {
        List<ExtractedClaim> all = claims(body);
        if (all.size() != 1) {
            fail("expected one figure in <" + body + "> but got " + describe(all));
        }
        return all.get(0);
    }

    /** @return the single claim the body yields, after checking its metric and value */
    static ExtractedClaim onlyFigure(String body, Metric metric, long value) {
        ExtractedClaim c = only(body);
        assertEquals(metric, c.metric(), c::toString);
        assertEquals(value, c.quantity().value(), c::toString);
        return c;
    }

    static void none(String body) {
        List<ExtractedClaim> all = claims(body);
        assertTrue(all.isEmpty(), () -> "expected no figure in <" + body + "> but got " + describe(all));
    }

    static String describe(List<ExtractedClaim> claims) {
        return claims.stream().map(c -> c.metric().wireName() + "=" + c.quantity().value() + "/"
                + c.quantity().qualifier().wireName() + " [" + c.text() + "]").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Every claim's span must be exactly its text, inside its sentence, inside its field. */
    private static List<ExtractedClaim> checked(PostText post, List<ExtractedClaim> claims) {
        for (ExtractedClaim c : claims) {
            String field = c.field().equals("headline") ? post.headline() : post.body();
            assertEquals(field.substring(c.spanStart(), c.spanEnd()), c.text(), "span must equal text");
            assertTrue(c.sentence().contains(c.text()), () -> "sentence must contain the text: " + c);
            assertTrue(field.contains(c.sentence()), () -> "field must contain the sentence: " + c);
        }
        return claims;
    }

    static Quantity quantity(long value, Long low, Long high, Qualifier q) {
        return new Quantity(value, low, high, q);
    }
}
