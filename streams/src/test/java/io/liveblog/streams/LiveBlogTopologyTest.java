package io.liveblog.streams;

import static io.liveblog.streams.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.PostClaims;
import io.liveblog.streams.LiveBlogTopology.Names;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveBlogTopologyTest {

    @TempDir
    Path stateDir;

    private static final String AID_POST_BODY = "Officials at the border said "
            + "[[aid_trucks 55 exact incremental reported rafah-crossing Rafah_crossing_authority|55 aid trucks]] and "
            + "[[fuel_trucks 3 exact incremental reported rafah-crossing Rafah_crossing_authority|three trucks of fuel]]"
            + " crossed on Saturday.";

    /** @return a post in which the ministry gives the strip's running total of the killed, "at least {@code killed}" */
    private static LiveBlogUpdate ministryToll(String postId, String publishedIso, long killed) {
        return update(postId, publishedIso, "Toll", "The ministry said "
                + "[[killed " + killed + " at_least cumulative reported gaza-strip Gaza_MoH|at least " + killed
                + " killed]].");
    }

    @Test
    void aidFiguresRollUpFromTheCrossingToTheCountry() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID_POST_BODY));

            for (String place : List.of("rafah-crossing", "rafah-gov", "gaza-strip", "ps")) {
                assertEquals(55L, p.value(place, "aid_trucks", "total"), place);
                assertEquals(55L, p.value(place, "aid_trucks", "2023-12-02"), place);
                assertEquals(3L, p.value(place, "fuel_trucks", "total"), place);
            }
            LocationAggregate crossing = p.aggregate("rafah-crossing", "aid_trucks", "total");
            assertEquals(List.of("Palestinian territories", "Gaza Strip", "Rafah Governorate", "Rafah Crossing"),
                    crossing.getLocationPath());
            assertEquals("aid", crossing.getKind());
            assertEquals(1, crossing.getClaimIds().size());
            Claim claim = p.claims().get(crossing.getClaimIds().get(0));
            assertEquals("p1", claim.getPostId());
            assertEquals(1, claim.getPostVersion());
            assertEquals("55 aid trucks", claim.getText());
            assertEquals(claim.getText(), AID_POST_BODY.substring(claim.getSpanStart(), claim.getSpanEnd())
                    .replaceAll("^\\[\\[[^|]*\\|", "").replaceAll("]]$", ""));
            assertNull(p.value("gaza-city", "aid_trucks", "total"), "no aggregate where no claim is");
        }
    }

    @Test
    void reDeliveredUpdateIsDroppedAndCounted() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            LiveBlogUpdate u = update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID_POST_BODY);
            p.pipe(u);
            Map<String, LocationAggregate> first = p.aggregates();
            p.claims();
            p.pipe(u);
            p.pipe(u);

            assertEquals(first, p.aggregates());
            assertEquals(2, p.claims().size());
            KeyValueStore<String, PostClaims> posts = p.driver.getKeyValueStore(Names.POST_CLAIMS_STORE);
            assertEquals(1, posts.get("p1").getVersion(), "a re-delivery is not a new version");
            KeyValueStore<String, Long> seen = p.driver.getKeyValueStore(Names.DEDUP_STORE);
            try (var it = seen.all()) {
                assertTrue(it.hasNext());
                it.next();
                assertFalse(it.hasNext(), "one delivery remembered");
            }
            assertEquals(2.0, droppedRedeliveries(p));
        }
    }

    @Test
    void editedPostReplacesItsClaimsAndAggregatesFollow() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(ministryToll("p1", "2023-12-02T16:00:00Z", 178));
            String oldClaim = p.claims().keySet().iterator().next();
            assertEquals(178L, p.value("gaza-strip", "killed", "total"));

            p.pipe(ministryToll("p1", "2023-12-02T16:00:00Z", 184));

            assertEquals(184L, p.value("gaza-strip", "killed", "total"));
            assertEquals(184L, p.value("ps", "killed", "2023-12-02"));
            Map<String, Claim> claims = p.claims();
            assertFalse(claims.containsKey(oldClaim), "old version's claim retracted (tombstone)");
            assertEquals(1, claims.size());
            assertEquals(2, claims.values().iterator().next().getPostVersion());
            LocationAggregate agg = p.aggregate("gaza-strip", "killed", "total");
            assertEquals(1, agg.getClaimIds().size());
            assertTrue(agg.getRevisions().isEmpty(), "an edit is not a revision by the authority");
        }
    }

    @Test
    void deletedPostRetractsItsClaimsAndWithdrawsAggregates() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID_POST_BODY));
            assertEquals(55L, p.value("gaza-strip", "aid_trucks", "total"));
            p.delete("p1", Instant.parse("2023-12-02T18:00:00Z"));

            assertTrue(p.aggregates().isEmpty(), "every aggregate withdrawn: " + p.aggregates().keySet());
            assertTrue(p.claims().isEmpty());
            KeyValueStore<String, PostClaims> posts = p.driver.getKeyValueStore(Names.POST_CLAIMS_STORE);
            assertNull(posts.get("p1"));
        }
    }

    @Test
    void sameFactQuotedInTwoPostsCountsOnceWithBothCitations() {
        String quote = "A doctor at the hospital said "
                + "[[injured 150 more_than incremental reported al-ahli Dr_Naim|more than 150 wounded]]";
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("morning", "2023-12-02T16:06:00Z", "Hospital",
                    quote + " people had arrived from neighbourhoods in the area."));
            p.pipe(update("roundup", "2023-12-02T22:30:00Z", "Roundup",
                    quote + " people had arrived at the hospital from neighbourhoods in the area on Saturday."));

            LocationAggregate hospital = p.aggregate("al-ahli", "injured", "total");
            assertEquals(151L, hospital.getLow());
            assertEquals(150L, hospital.getValue());
            assertEquals(1, hospital.getFactCount());
            assertEquals(2, hospital.getClaimIds().size(), "both citations kept");
            assertEquals(150L, p.value("gaza-strip", "injured", "total"));
        }
    }

    @Test
    void twoIncidentsWithTheSameNumberAddUp() {
        String sameToll = "Medics said "
                + "[[killed 3 exact incremental reported jabalya Medics|three people were killed]]";
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("a", "2023-12-02T08:00:00Z", "Strike",
                    sameToll + " when a missile hit a family home near the market."));
            p.pipe(update("b", "2023-12-02T19:00:00Z", "Drone",
                    sameToll + " when a drone struck a car on the coastal road."));

            LocationAggregate camp = p.aggregate("jabalya", "killed", "total");
            assertEquals(6L, camp.getValue());
            assertEquals(2, camp.getFactCount());
        }
    }

    @Test
    void runningTotalIsNotAddedToItsPartsAndLatestFigureWins() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(ministryToll("toll", "2023-12-02T10:00:00Z", 178));
            p.pipe(update("hospital", "2023-12-02T16:06:00Z", "Hospital", "A doctor said "
                    + "[[killed 100 at_least incremental reported al-ahli Dr_Naim|at least 100 others]]."));

            assertEquals(178L, p.value("gaza-strip", "killed", "total"), "178, not 178 plus its parts");
            assertEquals(178L, p.value("ps", "killed", "total"));
            assertEquals(100L, p.value("gaza-city", "killed", "total"));

            p.pipe(ministryToll("toll2", "2023-12-02T20:00:00Z", 193));
            assertEquals(193L, p.value("gaza-strip", "killed", "total"), "latest running total wins");

            p.pipe(ministryToll("toll3", "2023-12-02T21:00:00Z", 190));
            LocationAggregate strip = p.aggregate("gaza-strip", "killed", "total");
            assertEquals(190L, strip.getValue());
            assertEquals(1, strip.getRevisions().size(), "a lower later figure is a visible revision");
            assertTrue(strip.getRevisions().get(0).contains("from 193 to 190"), strip.getRevisions().get(0));
        }
    }

    @Test
    void partsExceedingAStaleRunningTotalRaiseTheParent() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(ministryToll("toll", "2023-12-02T10:00:00Z", 20));
            p.pipe(update("a", "2023-12-02T12:00:00Z", "A", "Medics said "
                    + "[[killed 15 exact incremental reported jabalya Medics|15 killed]] in a strike on a school."));
            p.pipe(update("b", "2023-12-02T13:00:00Z", "B", "Doctors said "
                    + "[[killed 12 exact incremental reported al-ahli Doctors|12 killed]] in a blast at a bakery."));

            assertEquals(27L, p.value("gaza-strip", "killed", "total"), "never less than its parts");
        }
    }

    @Test
    void backgroundAndProjectedFiguresStayClaimsOnly() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("bg", "2023-12-02T10:00:00Z", "Context", "The war began after an attack that "
                    + "[[killed 1200 more_than background reported - -|left more than 1,200 dead]]; "
                    + "[[killed 12 dozens incremental projected jabalya -|dozens are feared dead]] in the camp."));

            assertEquals(2, p.claims().size());
            assertTrue(p.aggregates().isEmpty(), "no aggregate from background or projected figures");
        }
    }

    @Test
    void finalAggregatesDoNotDependOnArrivalOrder() {
        List<LiveBlogUpdate> posts = List.of(
                ministryToll("toll", "2023-12-02T10:00:00Z", 178),
                ministryToll("toll2", "2023-12-03T01:00:00Z", 193),
                update("h1", "2023-12-02T16:06:00Z", "Hospital", "A doctor said "
                        + "[[killed 100 at_least incremental reported al-ahli Dr_Naim|at least 100 others]] died."),
                update("h2", "2023-12-02T22:06:00Z", "Hospital", "A doctor said "
                        + "[[killed 100 at_least incremental reported al-ahli Dr_Naim|at least 100 others]] died."),
                update("aid", "2023-12-02T17:00:00Z", "Aid", AID_POST_BODY),
                update("camp", "2023-12-02T09:00:00Z", "Camp", "Rescuers said "
                        + "[[killed 7 exact incremental reported jabalya -|seven people]] died in a collapse."));
        Map<String, LocationAggregate> reference = null;
        Random random = new Random(42);
        for (int run = 0; run < 6; run++) {
            List<LiveBlogUpdate> order = new ArrayList<>(posts);
            Collections.shuffle(order, random);
            try (PipelineDriver p = new PipelineDriver(stateDir.resolve("run" + run))) {
                order.forEach(p::pipe);
                Map<String, LocationAggregate> result = p.aggregates();
                if (reference == null) {
                    reference = result;
                    assertEquals(193L, result.get("gaza-strip|killed|total").getValue());
                } else {
                    assertEquals(reference, result, "order " + order.stream().map(LiveBlogUpdate::getPostId)
                            .toList());
                }
            }
        }
    }

    @Test
    void claimArrivingAfterTheGracePeriodUpdatesTheTotalButNotItsClosedDay() {
        PipelineConfig config = PipelineConfig.defaults().withApplication("grace", stateDir);
        try (PipelineDriver p = new PipelineDriver(config)) {
            p.pipe(update("new", "2023-12-20T10:00:00Z", "Now", "Medics said "
                    + "[[killed 4 exact incremental reported jabalya Medics|four killed]] in a strike on a well."));
            p.pipe(update("late", "2023-12-02T10:00:00Z", "Old", "Medics said "
                    + "[[killed 9 exact incremental reported jabalya Medics|nine killed]] in a raid on a clinic."));

            assertEquals(13L, p.value("jabalya", "killed", "total"), "late report does not vanish");
            assertNull(p.value("jabalya", "killed", "2023-12-02"), "its day window closed 2 days (the grace period) after it ended");
            assertEquals(4L, p.value("jabalya", "killed", "2023-12-20"));
        }
    }

    /** Last year's blog: incidents over five days, a running total, an edit and a deletion. */
    private static List<LiveBlogUpdate> lastYearsBlog() {
        List<LiveBlogUpdate> posts = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            String date = "2023-12-0" + day;
            posts.add(update("old-" + day, date + "T09:00:00Z", "Strike", "Medics said "
                    + "[[killed " + (day + 2) + " exact incremental reported jabalya Medics|killed]] in a strike on "
                    + "a house."));
            posts.add(update("old-toll-" + day, date + "T18:00:00Z", "Toll", "The ministry said "
                    + "[[killed " + (100 + day * 10) + " at_least cumulative reported gaza-strip Ministry|dead]] "
                    + "since the war began."));
        }
        posts.add(update("old-3", "2023-12-03T09:00:00Z", "Strike", "Medics said "
                + "[[killed 6 exact incremental reported jabalya Medics|killed]] in a strike on a house."));
        posts.add(null); // placeholder for the deletion of old-toll-5, piped by the caller
        return posts;
    }

    private static void pipeAll(PipelineDriver p, List<LiveBlogUpdate> posts, String blogId) {
        for (LiveBlogUpdate u : posts) {
            if (u == null) {
                p.delete("old-toll-5", Instant.parse("2026-12-06T08:00:00Z"));
            } else {
                p.pipe(LiveBlogUpdate.newBuilder(u).setBlogId(blogId).build());
            }
        }
    }

    @Test
    void aBackfilledBlogGetsTheClaimsAndDayWindowsItGetsAlone() {
        Map<String, Claim> aloneClaims;
        Map<String, LocationAggregate> aloneDays = new java.util.TreeMap<>();
        long aloneAtCamp;
        try (PipelineDriver p = new PipelineDriver(PipelineConfig.defaults().withApplication("alone",
                stateDir.resolve("alone")))) {
            pipeAll(p, lastYearsBlog(), "last-year");
            aloneClaims = p.claims();
            aloneAtCamp = p.value("jabalya", "killed", "total");
            p.aggregates().forEach((k, v) -> {
                if (!k.endsWith("|total")) {
                    aloneDays.put(k, v);
                }
            });
        }
        try (PipelineDriver p = new PipelineDriver(PipelineConfig.defaults().withApplication("backfill",
                stateDir.resolve("backfill")))) {
            for (int day = 1; day <= 9; day++) {
                p.pipe(LiveBlogUpdate.newBuilder(update("now-" + day, "2024-12-0" + day + "T12:00:00Z", "Now",
                        "Medics said [[killed " + (10 + day) + " exact incremental reported jabalya Medics|killed]] in "
                                + "a raid on a school.")).setBlogId("this-year").build());
            }
            pipeAll(p, lastYearsBlog(), "last-year");

            Map<String, Claim> backfilled = new java.util.TreeMap<>(p.claims());
            backfilled.values().removeIf(c -> !c.getBlogId().equals("last-year"));
            assertEquals(aloneClaims, backfilled, "no post of last year's blog lost or rejected");
            Map<String, LocationAggregate> days = new java.util.TreeMap<>();
            p.aggregates().forEach((k, v) -> {
                if (k.contains("|2023-12-")) {
                    days.put(k, v);
                }
            });
            assertEquals(aloneDays.keySet(), days.keySet());
            aloneDays.forEach((k, v) -> assertEquals(v.getValue(), days.get(k).getValue(), k));
            assertEquals(6L, p.value("jabalya", "killed", "2023-12-03"), "the edit moved its own day window");
            assertEquals(aloneAtCamp + 135L, p.value("jabalya", "killed", "total"), "both blogs' incidents add up");
            assertEquals(Math.max(140L, aloneAtCamp + 135L), p.value("gaza-strip", "killed", "total"),
                    "last year's running total (140 after the deletion) against the incidents below it");
        }
    }

    @Test
    void anOldVersionReSentAfterAnEditIsDroppedWhateverOtherBlogsAreDoing() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(LiveBlogUpdate.newBuilder(update("now", "2024-12-01T12:00:00Z", "Now", AID_POST_BODY))
                    .setBlogId("this-year").build());
            LiveBlogUpdate v1 = LiveBlogUpdate.newBuilder(update("old", "2023-12-02T16:00:00Z", "Aid",
                    AID_POST_BODY)).setBlogId("last-year").build();
            String editedBody = AID_POST_BODY.replace("aid_trucks 55", "aid_trucks 57");
            LiveBlogUpdate v2 = LiveBlogUpdate.newBuilder(v1).setBody(editedBody)
                    .setContentHash(Fixtures.sha256("Aid\n" + editedBody))
                    .setUpdatedAt(Instant.parse("2023-12-02T17:00:00Z")).build();
            p.pipe(v1);
            p.pipe(v2);
            p.pipe(v1); // a feed re-sends the old version
            assertEquals(57L, p.value("rafah-crossing", "aid_trucks", "2023-12-02"),
                    "the re-sent old version is recognised on its own blog's clock, not taken for an edit back");
            assertEquals(1.0, droppedRedeliveries(p));
            KeyValueStore<String, PostClaims> posts = p.driver.getKeyValueStore(Names.POST_CLAIMS_STORE);
            assertEquals(2, posts.get("old").getVersion());
        }
    }

    @Test
    void storesHoldTheCurrentClaimsOfEveryPlace() {
        try (PipelineDriver p = new PipelineDriver(stateDir)) {
            p.pipe(update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID_POST_BODY));
            KeyValueStore<String, Claim> store = p.driver.getKeyValueStore(Names.LOCATION_CLAIMS_STORE);
            assertEquals(1, entries(store, "gaza-strip|aid_trucks|").size());
            assertEquals(1, entries(store, "ps|fuel_trucks|").size());
            Claim atCrossing = entries(store, "rafah-crossing|aid_trucks|").get(0);
            assertEquals(55L, atCrossing.getValue());
            assertEquals("", atCrossing.getText(), "the store keeps the claim slimmed for fact identity");
            assertEquals(List.of(), entries(store, "gaza-city|aid_trucks|"));
        }
    }

    private static List<Claim> entries(KeyValueStore<String, Claim> store, String prefix) {
        List<Claim> out = new java.util.ArrayList<>();
        try (var it = store.prefixScan(prefix, new org.apache.kafka.common.serialization.StringSerializer())) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    private static double droppedRedeliveries(PipelineDriver p) {
        return p.driver.metrics().values().stream()
                .filter(m -> m.metricName().name().equals("redelivered-updates-dropped-total"))
                .mapToDouble(m -> ((Number) ((KafkaMetric) m).metricValue()).doubleValue())
                .sum();
    }
}
