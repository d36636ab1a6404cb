package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.Comparator;
import java.util.List;

/**
 * One real-world figure, however many posts cite it. Its figures are those of its citations (which agree by
 * construction); its time is when it was first reported, so a stale figure quoted again in a later roundup does not
 * become the "latest" running total.
 *
 * @param citations the claims citing it, sorted by claim id
 */
public record Fact(List<Claim> citations) {

    static final String UNATTRIBUTED = "unattributed";

    public Fact {
        citations = citations.stream().sorted(Comparator.comparing(Claim::getClaimId)).toList();
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one citation");
        }
    }

    /**
     * @return the citation whose figures and place stand for the fact: the most specific place first, then the
     *     body's reading before a headline's, then the earliest; ties broken by claim id
     */
    public Claim first() {
        return citations.stream()
                .min(Comparator.comparing((Claim c) -> -c.getLocationIds().size())
                        .thenComparing(c -> "headline".equals(c.getField()))
                        .thenComparing(Claim::getEventTime)
                        .thenComparing(Claim::getClaimId))
                .orElseThrow();
    }

    /** @return when the fact was first reported (epoch millis), whichever citation did it */
    public long firstReported() {
        return citations.stream().mapToLong(c -> c.getEventTime().toEpochMilli()).min().orElseThrow();
    }

    /** @return the named authority of the fact; an attributed citation names it even if others are unattributed */
    public String authority() {
        return citations.stream().map(Claim::getSource).filter(s -> s != null && !s.isBlank()).sorted()
                .findFirst().orElse(UNATTRIBUTED);
    }

    /** @return the place the fact is located at, or null */
    public String placeId() {
        return first().getLocationId();
    }

    /** @return the figure's bounds */
    public Bounds bounds() {
        Claim c = first();
        return new Bounds(c.getValue(), c.getLow(), c.getHigh());
    }

    /** @return the claim ids of all citations */
    public List<String> claimIds() {
        return citations.stream().map(Claim::getClaimId).toList();
    }
}
