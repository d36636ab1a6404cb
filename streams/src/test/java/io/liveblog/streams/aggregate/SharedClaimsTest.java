package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.liveblog.schema.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedClaimsTest {

    @Test
    void equalClaimsShareOneInstanceAndAClaimChangedInAnyFieldDoesNot() {
        Claim first = claim("shared-test-1").value(5).build();
        Claim again = claim("shared-test-1").value(5).build();
        assertNotSame(first, again);
        Claim held = SharedClaims.canonical(first);
        assertSame(held, SharedClaims.canonical(again));
        // a late claim is kept out of its day at one key only: the same id, another event date
        Claim late = Claim.newBuilder(first).setEventDate(PlaceMetricClaims.LATE_PREFIX + first.getEventDate()).build();
        assertSame(late, SharedClaims.canonical(late));
    }

    @Test
    void aClaimAddedToAWorkingCopyIsTheInstanceTheNextKeyTakes() {
        Claim routedToTown = claim("shared-test-2").value(7)
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah", "Rafah").build();
        PlaceMetricClaims town = PlaceMetricClaims.of("rafah", "killed", List.of(routedToTown));
        // the country's key decodes its own copy of the claim from its own record
        Claim routedToCountry = Claim.newBuilder(routedToTown).build();
        assertSame(routedToTown, SharedClaims.canonical(routedToCountry));
        PlaceMetricClaims country = PlaceMetricClaims.of("ps", "killed", List.of(routedToCountry));
        assertEquals(7L, town.aggregate(AggregateCalculator.TOTAL).orElseThrow().getValue());
        assertEquals(7L, country.aggregate(AggregateCalculator.TOTAL).orElseThrow().getValue());
    }
}
