package io.liveblog.streams.aggregate;

import static io.liveblog.streams.aggregate.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ValueBucketTest {

    /**
     * Random histories of one value (claims added, edited under the same id and retracted, regrouped now and then):
     * after each regrouping the bucket holds exactly the facts of grouping the whole value, and the facts it reported
     * as gone and new turn the facts held before into them.
     */
    @Test
    void regroupingWhatChangesReachGivesTheFactsOfTheWholeValue() {
        int partial = 0;
        int whole = 0;
        int shrunk = 0;
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            int size = 20 + random.nextInt(150);
            ValueBucket bucket = new ValueBucket();
            Map<String, Claim> held = new TreeMap<>();
            Set<Fact> told = new HashSet<>();
            for (int step = 0; step < size * 2; step++) {
                if (random.nextInt(8) == 0 && !held.isEmpty()) {
                    String id = new ArrayList<>(held.keySet()).get(random.nextInt(held.size()));
                    held.remove(id);
                    assertTrue(bucket.remove(id));
                } else {
                    Claim c = PairCandidatesTest.randomClaim(random, random.nextInt(size), size);
                    if (random.nextInt(5) == 0) {
                        c = Claim.newBuilder(c).setModality("claimed").build();
                    }
                    assertEquals(!held.containsKey(c.getClaimId()), bucket.put(c));
                    held.put(c.getClaimId(), c);
                }
                if (random.nextInt(3) == 0 || step == size * 2 - 1) {
                    boolean indexed = bucket.indexed();
                    int regrouped = regroupAndCheck(bucket, held, told, "seed " + seed + " step " + step);
                    if (indexed && regrouped < held.size() / 2) {
                        partial++;
                    } else if (indexed && regrouped == held.size()) {
                        whole++; // a walk that reached too much of the value, regrouped whole instead
                    }
                }
            }
            // then most claims are retracted: an indexed value goes back to being grouped whole
            boolean wasIndexed = bucket.indexed();
            while (held.size() > 3) {
                String id = held.keySet().iterator().next();
                held.remove(id);
                bucket.remove(id);
                regroupAndCheck(bucket, held, told, "seed " + seed + " shrinking to " + held.size());
            }
            if (wasIndexed && !bucket.indexed()) {
                shrunk++;
            }
        }
        assertTrue(partial > 100, "most regroupings reach a small part of the value: " + partial);
        assertTrue(shrunk > 20, "indexed values shrank back to whole grouping: " + shrunk);
        assertTrue(whole > 10, "long walks fell back to grouping the whole value: " + whole);
    }

    /** Regroups and checks the facts against grouping the whole value; returns how many claims were regrouped. */
    private static int regroupAndCheck(ValueBucket bucket, Map<String, Claim> held, Set<Fact> told, String what) {
        List<Fact> gone = new ArrayList<>();
        List<Fact> added = new ArrayList<>();
        int regrouped = bucket.regroup(gone, added);
        assertTrue(told.containsAll(gone), what + ": only facts told before are gone");
        told.removeAll(gone);
        told.addAll(added);
        List<Fact> whole = held.isEmpty() ? List.of() : FactIdentity.groupSameValue(held.values());
        assertEquals(ids(whole), ids(told), what);
        assertEquals(ids(whole), ids(bucket.facts()), what);
        if (whole.size() == held.size() && held.size() > 10) {
            throw new AssertionError(what + " joins no claims: the test would prove little");
        }
        return regrouped;
    }

    @Test
    void aRetractionSplitsTheFactItChainedAndLeavesOtherDaysAlone() {
        ValueBucket bucket = new ValueBucket();
        // a month of incidents of the same number, one a day: enough for the value to be regrouped part by part
        for (int day = 0; day < ValueBucket.INDEX_FROM; day++) {
            bucket.put(claim("x" + day).value(7).post("q" + day)
                    .at(java.time.Instant.parse("2024-01-01T12:00:00Z").plus(java.time.Duration.ofDays(day * 2L))
                            .toString()).build());
        }
        // b joins a, 20 h before it, as one running total
        bucket.put(claim("a").value(7).cumulative().post("p1").at("2023-12-01T00:00:00Z").build());
        bucket.put(claim("b").value(7).cumulative().post("p2").at("2023-12-01T20:00:00Z").build());
        List<Fact> gone = new ArrayList<>();
        List<Fact> added = new ArrayList<>();
        bucket.regroup(gone, added);
        assertTrue(bucket.indexed());
        assertTrue(ids(added).contains(List.of("a", "b")));
        bucket.remove("b");
        gone.clear();
        added.clear();
        assertEquals(1, bucket.regroup(gone, added), "only a, left of the fact b was part of, is regrouped");
        assertEquals(List.of(List.of("a", "b")), ids(gone));
        assertEquals(List.of(List.of("a")), ids(added));
        assertEquals(0, bucket.regroup(gone, added), "nothing changed since");
    }

    private static List<List<String>> ids(Collection<Fact> facts) {
        return facts.stream().map(Fact::claimIds).sorted(Comparator.comparing(List::toString)).toList();
    }
}
