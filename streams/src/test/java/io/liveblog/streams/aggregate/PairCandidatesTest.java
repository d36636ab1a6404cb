package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairCandidatesTest {

    private static final String[][] PATHS = {
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate", "rafah",
            "Rafah"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate",
            "rafah-crossing", "Rafah crossing"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "khan-younis-gov", "Khan Younis Governorate"},
    };
    private static final String[] SENTENCES = {"in a strike on a house", "when a drone hit a car near a market",
        "in a strike on a house in the morning", "in the evening when a drone hit a car", "during a raid"};

    /**
     * Buckets of one value spread over weeks, with running totals, incidents, headlines restating their body,
     * background claims and repeats within hours: grouping with blocked pairs gives exactly the facts of the
     * all-pairs loop, citation for citation.
     */
    @Test
    void blockedPairsGiveTheFactsOfTheAllPairsLoop() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            int size = 20 + random.nextInt(200);
            List<Claim> bucket = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                bucket.add(randomClaim(random, i, size));
            }
            bucket.sort(Comparator.comparing(Claim::getClaimId));
            List<List<String>> allPairs = ids(SameValueClusters.clusters(bucket, Integer.MAX_VALUE));
            List<List<String>> blocked = ids(SameValueClusters.clusters(bucket, 2));
            assertEquals(allPairs, blocked, "seed " + seed);
            assertTrue(allPairs.size() < size, "seed " + seed + " merges some claims, or the test proves little");
        }
    }

    @Test
    void candidatesAreTheClaimsNearInTimeTheSameRunningTotalScopeAndTheSamePost() {
        List<Claim> bucket = List.of(
                claim("a").value(3).post("p1").at("2023-12-01T10:00:00Z").build(),
                claim("b").value(3).post("p2").at("2023-12-02T10:00:00Z").build(),
                claim("c").value(3).post("p3").at("2023-12-09T10:00:00Z").build(),
                claim("d").value(3).post("p1").headline().at("2023-12-20T10:00:00Z").build(),
                claim("e").value(3).cumulative().post("p4").at("2023-11-01T10:00:00Z").build(),
                claim("f").value(3).cumulative().post("p5").at("2024-02-01T10:00:00Z").build());
        PairCandidates pairs = PairCandidates.of(bucket, List.of(0, 1, 2, 3, 4, 5), 2);
        assertArrayEquals(new int[] {1, 3}, pairs.after(0), "b is within 36 h, d is the same post");
        assertArrayEquals(new int[] {}, pairs.after(1), "c is a week later");
        assertArrayEquals(new int[] {5}, pairs.after(4), "running totals pair whatever their dates");
        PairCandidates small = PairCandidates.of(bucket, List.of(0, 1, 2, 3, 4, 5), 16);
        assertArrayEquals(IntStream.rangeClosed(1, 5).toArray(), small.after(0), "a small group is all pairs");
    }

    /**
     * A claim of the value 4 (running total, background, headline, "at least" or incident, a stated day or not) at
     * one of a few nested places, reported within about {@code size * 5} hours, in one of about {@code size * 2 / 3}
     * posts.
     */
    static Claim randomClaim(Random random, int i, int size) {
        Instant t = Instant.parse("2023-12-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(size * 300)));
        String post = "p" + random.nextInt(size * 2 / 3 + 1);
        ClaimBuilder b = claim(String.format("c%04d", i)).path(PATHS[random.nextInt(PATHS.length)])
                .at(t.toString()).post(post).blog("blog" + random.nextInt(3))
                .source(random.nextBoolean() ? "Civil Defence" : null)
                .sentence("Four people were killed " + SENTENCES[random.nextInt(SENTENCES.length)]);
        switch (random.nextInt(6)) {
            case 0 -> b.value(4).cumulative().baseline(random.nextBoolean() ? null : "2023-10-07");
            case 1 -> b.value(4).scope("background");
            case 2 -> b.value(4).headline();
            case 3 -> b.atLeast(4);
            default -> b.value(4).statedDaysBefore(random.nextInt(5) == 0 ? 1 : 0);
        }
        return b.build();
    }

    private static List<List<String>> ids(List<Fact> facts) {
        return facts.stream().map(Fact::claimIds).sorted(Comparator.comparing(List::toString)).toList();
    }
}
