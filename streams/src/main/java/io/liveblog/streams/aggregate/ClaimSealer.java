package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keeps the per-place claim sets bounded. Claims whose day window closed long ago can no longer change a day
 * aggregate, and the running total needs only a summary of them: per (place, authority and
 * series) the latest running total (with the lowest and highest, which decide what series a bare toll joins),
 * series (baseline) the latest running total, and the sum of the single-incident figures. Sealing replaces such claims by that summary, so the running total
 * stays exactly what it was while the set stops growing with the age of the blog.
 *
 * <p>A fact is sealed only when every one of its citations may be sealed: an old incident restated in a recent post
 * stays open with all its citations until the restatement is old too, so it is never counted twice. The summary of
 * incident figures is one synthetic claim per (place, authority, metric) with id {@code sealed:place|authority};
 * its {@code text} says how many figures it holds. Sealed claims are never merged with others
 * ({@link FactIdentity#sameFact}).
 *
 * <p>What sealing gives up, by design: revision notes and separate citations of sealed facts, and edits of posts
 * whose claims were sealed (their retraction no longer finds the claim). The sealing age is the grace period plus
 * the incident window, so an analyst-relevant edit arrives long before.
 */
public final class ClaimSealer {

    /** Prefix of synthetic claim ids. */
    public static final String SEALED_PREFIX = "sealed:";

    private ClaimSealer() {
    }

    /**
     * @param claims live claims of one place and metric (real and synthetic)
     * @param sealable which real claims are old enough to be sealed
     * @return the claims with every sealable fact folded into summaries, sorted by claim id; the same list (equal
     *     content) when nothing was sealable
     */
    public static List<Claim> seal(List<Claim> claims, Predicate<Claim> sealable) {
        return sealAndTell(claims, sealable).claims();
    }

    /**
     * What a sealing pass gave.
     *
     * @param claims the claims after the pass ({@link #seal})
     * @param keptOpen whether a fact was kept open: some of its citations sealable, some not (an old incident
     *     restated recently); only a new claim can change such a fact, so only then is another pass worth running
     */
    public record Sealed(List<Claim> claims, boolean keptOpen) {
    }

    /** @return {@link #seal}, and whether it kept a fact open */
    public static Sealed sealAndTell(List<Claim> claims, Predicate<Claim> sealable) {
        List<Claim> real = claims.stream().filter(c -> !isSealed(c)).toList();
        if (real.stream().noneMatch(sealable)) {
            return new Sealed(claims, false);
        }
        boolean keptOpen = false;
        Map<String, Claim> out = new LinkedHashMap<>();
        claims.stream().filter(ClaimSealer::isSealed).forEach(c -> out.put(c.getClaimId(), c));
        List<Fact> facts = FactIdentity.group(real);
        // what decides the series (SeriesSplit): per (place, authority, series) the latest, lowest and highest stated
        // running total, and per (place, authority) the latest unstated one; facts come ordered by first report
        Map<String, Fact> kept = new LinkedHashMap<>();
        Map<String, Fact> lowest = new LinkedHashMap<>();
        Map<String, Fact> highest = new LinkedHashMap<>();
        for (Fact fact : facts) {
            if (!fact.citations().stream().allMatch(sealable)) {
                keptOpen |= fact.citations().stream().anyMatch(sealable);
                fact.citations().forEach(c -> out.put(c.getClaimId(), c));
            } else if (fact.isRunningTotal()) {
                String group = fact.placeId() + "|" + fact.authority() + "|" + fact.baseline();
                kept.put(group, fact);
                if (Baselines.isStated(fact.baseline()) && fact.bounds().value() != null) {
                    lowest.merge(group, fact, (a, b) -> b.bounds().value() < a.bounds().value() ? b : a);
                    highest.merge(group, fact, (a, b) -> b.bounds().value() > a.bounds().value() ? b : a);
                }
            } else {
                addToIncidentSum(out, fact);
            }
        }
        java.util.Set<Fact> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(kept.values());
        keep.addAll(lowest.values());
        keep.addAll(highest.values());
        for (Fact fact : facts) {
            if (keep.contains(fact)) {
                Claim number = fact.numberCitation();
                Claim c = Claim.newBuilder(fact.first())
                        .setValue(number.getValue()).setLow(number.getLow()).setHigh(number.getHigh())
                        .setQualifier(number.getQualifier())
                        .setSource(Fact.UNATTRIBUTED.equals(fact.authority()) ? null : fact.authority())
                        .setBaseline(Baselines.isStated(fact.baseline()) ? fact.baseline() : fact.first().getBaseline())
                        .setBaselineText(Baselines.isStated(fact.baseline()) ? fact.baselineText()
                                : fact.first().getBaselineText())
                        .build();
                out.put(c.getClaimId(), c);
            }
        }
        List<Claim> result = new ArrayList<>(out.values());
        result.sort(Comparator.comparing(Claim::getClaimId));
        return new Sealed(result, keptOpen);
    }

    /** @return whether a claim is a sealed summary */
    public static boolean isSealed(Claim c) {
        return c.getClaimId().startsWith(SEALED_PREFIX);
    }

    private static void addToIncidentSum(Map<String, Claim> out, Fact fact) {
        Claim first = fact.first();
        String authority = fact.authority();
        String id = SEALED_PREFIX + first.getLocationId() + "|" + authority;
        Claim existing = out.get(id);
        Bounds sum = fact.bounds();
        long count = 1;
        Claim latest = first;
        if (existing != null) {
            sum = sum.plus(new Bounds(existing.getValue(), existing.getLow(), existing.getHigh()));
            count += countOf(existing);
            if (existing.getEventTime().isAfter(latest.getEventTime())) {
                latest = existing;
            }
        }
        out.put(id, Claim.newBuilder(first)
                .setClaimId(id)
                .setPostId("sealed")
                .setPostVersion(0)
                .setContentHash("")
                .setValue(sum.value()).setLow(sum.low()).setHigh(sum.high())
                .setQualifier("exact")
                .setSource(Fact.UNATTRIBUTED.equals(authority) ? null : authority)
                .setText("sealed sum of " + count + " incident figures")
                .setSentence("")
                .setField("sealed")
                .setSpanStart(0).setSpanEnd(0)
                .setEventTime(latest.getEventTime())
                .setEventDate(latest.getEventDate())
                .setReportDate(latest.getReportDate())
                .setEventDateText(null).setEventDateNote(null)
                .setBaseline(null).setBaselineText(null)
                .build());
    }

    private static long countOf(Claim sealed) {
        String t = sealed.getText();
        return Long.parseLong(t.substring("sealed sum of ".length(), t.indexOf(' ', "sealed sum of ".length())));
    }
}
