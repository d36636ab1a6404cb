package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree evaluated node by node against the calculator's walk of the whole fact set, on random histories: facts
 * added and removed at every level of nested places, several authorities, series with stated and unstated baselines,
 * revisions, bounds and incidents.
 */
class FactTreeTest {

    /** The processor test's places, and the country itself: facts at the root of the tree too. */
    private static final String[][] PATHS = java.util.stream.Stream.concat(
            java.util.stream.Stream.<String[]>of(new String[] {"ps", "Palestinian territories"}),
            java.util.Arrays.stream(LocationAggregateProcessorTest.PATHS)).toArray(String[][]::new);
    private static final String[] SOURCES = {"MoH", "Civil Defence", "UN", null};
    private static final String[] BASELINES = {null, null, "2023-10-07", "2023-12-01", "phase:war"};
    private static final String[] TARGETS = {"ps", "gaza-strip", "north-gaza", "jabalya", "west-bank"};

    private static Claim randomClaim(Random random, int step, String[] baselines) {
        String[] path = PATHS[random.nextInt(PATHS.length)];
        Instant t = Instant.parse("2023-12-01T00:00:00Z").plus(Duration.ofMinutes(37L * step))
                .minus(Duration.ofHours(random.nextInt(4) == 0 ? random.nextInt(48) : 0));
        ClaimBuilder b = claim(String.format("c%04d", step)).path(path).at(t.toString())
                .source(SOURCES[random.nextInt(SOURCES.length)]);
        switch (random.nextInt(4)) {
            case 0 -> b.value(100 + random.nextInt(40)).cumulative()
                    .baseline(baselines[random.nextInt(baselines.length)]);
            case 1 -> b.atLeast(90 + random.nextInt(60)).cumulative()
                    .baseline(baselines[random.nextInt(baselines.length)]);
            case 2 -> b.about(2 + random.nextInt(9));
            default -> b.value(1 + random.nextInt(12));
        }
        Claim c = b.build();
        if (c.getBaselineText() != null && random.nextInt(3) == 0) {
            // a start told in other words, or not in words the reader kept: a series names the first words stated
            return Claim.newBuilder(c).setBaselineText(random.nextBoolean() ? null : "counted from " + c.getBaseline())
                    .build();
        }
        return c;
    }

    @Test
    void givesWhatTheWalkOfAllFactsGivesAfterEveryChange() {
        compareWithTheWalk(BASELINES);
    }

    /** One series throughout: every evaluation takes all running totals (revisions, sample, newest time). */
    @Test
    void givesWhatTheWalkGivesWithOneSeries() {
        compareWithTheWalk(new String[] {null});
    }

    private static void compareWithTheWalk(String[] baselines) {
        int compared = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            String target = TARGETS[random.nextInt(TARGETS.length)];
            FactTree tree = new FactTree(target);
            List<Fact> held = new ArrayList<>();
            for (int step = 0; step < 150; step++) {
                if (!held.isEmpty() && random.nextInt(4) == 0) {
                    Fact gone = held.remove(random.nextInt(held.size()));
                    tree.remove(gone);
                } else {
                    Claim c = randomClaim(random, step, baselines);
                    if (!c.getLocationIds().contains(target)) {
                        continue;
                    }
                    // facts of one or two citations, as fact identity makes them
                    List<Claim> citations = new ArrayList<>(List.of(c));
                    if (random.nextInt(5) == 0) {
                        citations.add(Claim.newBuilder(c).setClaimId(c.getClaimId() + "-again")
                                .setEventTime(c.getEventTime().plusSeconds(3600)).build());
                    }
                    Fact f = new Fact(citations);
                    held.add(f);
                    tree.add(f);
                }
                String what = "seed " + seed + " step " + step + " target " + target;
                Optional<LocationAggregate> expected = held.isEmpty() ? Optional.empty()
                        : WalkOracle.fromFacts(target, "killed", AggregateCalculator.TOTAL, held);
                assertEquals(expected, AggregateCalculator.fromTree(target, "killed", "total", tree), what);
                assertEquals(held.isEmpty(), tree.isEmpty(), what);
                compared++;
            }
        }
        assertTrue(compared > 3000, "compared " + compared);
    }

    @Test
    void removingTheLastFactOfAPlaceDropsItFromTheRollUp() {
        FactTree tree = new FactTree("gaza-strip");
        Fact jabalya = new Fact(List.of(claim("j").value(7)
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "jabalya", "Jabalya Camp")
                .build()));
        Fact rafah = new Fact(List.of(claim("r").value(5)
                .path("ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah", "Rafah").build()));
        tree.add(jabalya);
        tree.add(rafah);
        assertEquals(12L, AggregateCalculator.fromTree("gaza-strip", "killed", "total", tree).orElseThrow().getValue());
        tree.remove(jabalya);
        assertEquals(5L, AggregateCalculator.fromTree("gaza-strip", "killed", "total", tree).orElseThrow().getValue());
        tree.remove(jabalya); // twice: nothing held, nothing changes
        assertEquals(5L, AggregateCalculator.fromTree("gaza-strip", "killed", "total", tree).orElseThrow().getValue());
        tree.remove(rafah);
        assertTrue(tree.isEmpty());
        assertEquals(Optional.empty(), AggregateCalculator.fromTree("gaza-strip", "killed", "total", tree));
    }
}
