package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The working copy of one key: when a sealing pass is due, and that a due pass seals what the whole-set rule does. */
class PlaceMetricClaimsTest {

    /** blog0's claims up to 10 December are old enough to seal; blog1's are not. */
    private static final BiPredicate<String, String> SEALABLE =
            (blog, day) -> "blog0".equals(blog) && day.compareTo("2023-12-10") <= 0;

    @Test
    void aClaimThatSplitsTheFactHoldingAnOldClaimOpenMakesAPassDue() {
        Claim old = claim("c-old").atLeast(5).blog("blog0").at("2023-12-10T16:00:00Z").build();
        Claim recent = claim("a-recent").value(5).blog("blog1").at("2023-12-11T15:00:00Z")
                .sentence("Five were killed in a strike on a house in the camp.").build();
        PlaceMetricClaims claims = PlaceMetricClaims.of("gaza-strip", "killed", List.of(old, recent));
        assertEquals(List.of(), claims.seal(SEALABLE, () -> { }),
                "23 hours apart, one incident: the recent citation keeps the old one open");

        // a restatement 21 hours after the recent one joins it first; the old claim would stretch the incident past
        // 36 hours, so it is a fact of its own now, and old enough to seal
        Claim restated = claim("b-restated").value(5).blog("blog1").at("2023-12-12T12:00:00Z")
                .sentence("Five were killed in a strike on a house in the camp.").build();
        claims.add(restated);
        List<PlaceMetricClaims.Write> writes = claims.seal(SEALABLE, () -> { });
        assertTrue(writes.contains(new PlaceMetricClaims.Write("c-old", null)), () -> "sealed: " + writes);
        List<Claim> whole = ClaimSealer.seal(List.of(recent, restated, old),
                c -> SEALABLE.test(c.getBlogId(), PlaceMetricClaims.sealingDay(c)));
        assertTrue(whole.stream().noneMatch(c -> c.getClaimId().equals("c-old")), "the whole-set rule seals it too");
    }

    @Test
    void noPassIsDueWhenNothingAPassCouldActOnChanged() {
        Claim old = claim("c-old").value(7).blog("blog0").at("2023-12-09T10:00:00Z").build();
        PlaceMetricClaims claims = PlaceMetricClaims.of("gaza-strip", "killed", List.of(old));
        int[] passes = {0};
        claims.seal(SEALABLE, () -> passes[0]++);
        assertEquals(1, passes[0]);
        claims.add(claim("d-new").value(3).blog("blog1").at("2023-12-12T10:00:00Z").build());
        claims.seal(SEALABLE, () -> passes[0]++);
        assertEquals(1, passes[0], "a recent claim of another value changes nothing a pass could seal");
    }
}
