package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What one change costs at a key where a small number recurs: N incident claims of "one killed" over 90 days, at the
 * territory and three towns, from 100 blogs, arriving shuffled. Each claim is added and the value regrouped, two
 * ways in the same run: grouping the whole value again ({@link FactIdentity#groupSameValue}, what every change cost
 * before {@link ValueBucket}) and regrouping the part the change reaches ({@link ValueBucket}). Prints microseconds
 * per change of each, their ratio, and checks both end with the same facts.
 *
 * <p>Lives in the aggregation's package (on the class path) because {@link ValueBucket} is package-private. Run:
 * {@code java -cp 'benchmarks/target/classes:benchmarks/target/lib/*'
 * io.liveblog.streams.aggregate.RecurringValueRun 300 1000}
 */
public final class RecurringValueRun {

    private static final String[][] PLACES = {
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "rafah-gov", "Rafah Governorate", "rafah",
            "Rafah"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "khan-younis-gov", "Khan Younis Governorate",
            "khan-younis", "Khan Younis"},
        {"ps", "Palestinian territories", "gaza-strip", "Gaza Strip", "north-gaza-gov", "North Gaza Governorate",
            "jabalia", "Jabalia"},
    };
    private static final String[] SENTENCES = {
        "One person was killed in a strike on a house", "One man was killed when a drone hit a car",
        "A fighter was killed in a raid", "A child was killed by gunfire near a school"};
    private static final int ROUNDS = 5;

    private RecurringValueRun() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(300, 1000);
        }
        for (int n : sizes) {
            List<Double> whole = new ArrayList<>();
            List<Double> part = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                List<Claim> claims = claims(new Random(round), n);
                long t0 = System.nanoTime();
                Map<String, Claim> held = new HashMap<>();
                List<Fact> wholeFacts = List.of();
                for (Claim c : claims) {
                    held.put(c.getClaimId(), c);
                    wholeFacts = FactIdentity.groupSameValue(held.values());
                }
                whole.add((System.nanoTime() - t0) / 1e3 / n);
                t0 = System.nanoTime();
                ValueBucket bucket = new ValueBucket();
                List<Fact> gone = new ArrayList<>();
                List<Fact> added = new ArrayList<>();
                for (Claim c : claims) {
                    bucket.put(c);
                    bucket.regroup(gone, added);
                    gone.clear();
                    added.clear();
                }
                part.add((System.nanoTime() - t0) / 1e3 / n);
                if (!bucket.facts().equals(new java.util.HashSet<>(wholeFacts))) {
                    throw new IllegalStateException("the two ways ended with different facts");
                }
            }
            Collections.sort(whole);
            Collections.sort(part);
            double w = whole.get(ROUNDS / 2);
            double p = part.get(ROUNDS / 2);
            System.out.printf("%,d claims of one value: whole value %.0f us per change, reached part %.0f us"
                    + " (medians of %d rounds): %.1fx%n", n, w, p, ROUNDS, w / p);
        }
    }

    /** @return {@code n} slim claims of "one killed", spread evenly over 90 days, shuffled */
    private static List<Claim> claims(Random random, int n) {
        List<Claim> out = new ArrayList<>(n);
        Instant start = Instant.parse("2023-11-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            Instant t = start.plus(Duration.ofMinutes((long) i * 90 * 24 * 60 / n + random.nextInt(600)));
            String day = t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            String[] p = PLACES[random.nextInt(PLACES.length)];
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int k = 0; k < p.length; k += 2) {
                ids.add(p[k]);
                names.add(p[k + 1]);
            }
            out.add(FactIdentity.slim(Claim.newBuilder().setClaimId(String.format("c%06d", i)).setPostId("p" + i)
                    .setPostVersion(1).setContentHash("h").setBlogId("b" + random.nextInt(100)).setKind("casualty")
                    .setMetric("killed").setQualifier("exact").setScope("incremental").setModality("reported")
                    .setText("one").setSentence(SENTENCES[random.nextInt(SENTENCES.length)]).setField("body")
                    .setSpanStart(0).setSpanEnd(3).setLocationPath(names).setLocationIds(ids)
                    .setLocation(names.get(names.size() - 1)).setLocationId(ids.get(ids.size() - 1))
                    .setValue(1L).setLow(1L).setHigh(1L).setEventTime(t).setEventDate(day).setReportDate(day)
                    .build()));
        }
        Collections.shuffle(out, random);
        return out;
    }
}
