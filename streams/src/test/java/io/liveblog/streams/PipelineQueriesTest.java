package io.liveblog.streams;

import static io.liveblog.streams.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.query.PipelineQueries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interactive queries over the pipeline's stores answer what the output topics hold. */
class PipelineQueriesTest {

    @TempDir
    Path stateDir;

    private static final String AID = "Officials said "
            + "[[aid_trucks 55 exact incremental reported rafah-crossing Rafah_crossing_authority|55 aid trucks]] "
            + "crossed on Saturday.";
    private static final String TOLL = "The ministry said "
            + "[[killed 178 at_least cumulative reported gaza-strip Gaza_MoH|at least 178 killed]].";
    private static final String STRIKE_A = "Medics said "
            + "[[killed 7 exact incremental reported jabalya -|seven people were killed]] in a strike on a school.";
    private static final String STRIKE_B = "Rescuers said "
            + "[[killed 4 exact incremental reported gaza-city -|four were killed]] when a market was shelled.";

    @Test
    void viewsHoldWhatTheAggregatesAndClaimsTopicsHold() {
        try (PipelineDriver p = new PipelineDriver(stateDir.resolve("a"))) {
            p.pipe(update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID));
            p.pipe(update("p2", "2023-12-03T09:00:00Z", "Toll", TOLL));
            p.pipe(update("p3", "2023-12-03T10:00:00Z", "Strike", STRIKE_A));
            Map<String, LocationAggregate> topic = p.aggregates();
            PipelineQueries q = p.queries();

            Map<String, LocationAggregate> totals = byKey(q.aggregates("total", null));
            Map<String, LocationAggregate> expected = new TreeMap<>(topic);
            expected.keySet().removeIf(k -> !k.endsWith("|total"));
            assertEquals(expected, totals);
            assertEquals(List.of("ps|aid_trucks|total", "ps|killed|total"), q.aggregates("total", null).stream()
                    .filter(a -> a.getLocationId().equals("ps")).map(PipelineQueriesTest::key).toList());
            assertEquals(Optional.of(topic.get("gaza-strip|killed|2023-12-03")),
                    q.aggregate("gaza-strip", "killed", "2023-12-03"));
            assertEquals(List.of("ps|killed|2023-12-03"),
                    q.aggregates("2023-12-03", "killed").stream().filter(a -> a.getLocationId().equals("ps"))
                            .map(PipelineQueriesTest::key).toList());

            List<LocationAggregate> series = q.series("ps", "killed");
            assertEquals(List.of("2023-12-03"), series.stream().map(LocationAggregate::getWindow).toList());
            assertEquals(178L, series.get(0).getValue(), "the running total holds the incident of 7 below it");

            LocationAggregate crossing = q.aggregate("rafah-crossing", "aid_trucks", "total").orElseThrow();
            List<KeyValue<String, Optional<Claim>>> behind = q.claimsBehind(crossing);
            assertEquals(1, behind.size());
            Claim c = behind.get(0).value.orElseThrow();
            assertEquals("p1", c.getPostId());
            assertEquals("55 aid trucks", c.getText());
            assertTrue(c.getSentence().contains("55 aid trucks crossed on Saturday"), c.getSentence());
            assertEquals(List.of(c), q.claimsOfPost("p1"));
            assertEquals(List.of("test-blog"), q.blogs());
        }
    }

    @Test
    void aDeletedPostLeavesNothingInTheViews() {
        try (PipelineDriver p = new PipelineDriver(stateDir.resolve("b"))) {
            p.pipe(update("p1", "2023-12-02T16:00:00Z", "Aid enters", AID));
            p.aggregates();
            String claimId = p.queries().claimsOfPost("p1").get(0).getClaimId();
            p.delete("p1", Instant.parse("2023-12-02T18:00:00Z"));
            p.aggregates();
            PipelineQueries q = p.queries();
            assertEquals(List.of(), q.aggregates("total", null));
            assertEquals(List.of(), q.series("rafah-crossing", "aid_trucks"));
            assertEquals(Optional.empty(), q.claim(claimId));
            assertEquals(List.of(), q.claimsOfPost("p1"));
        }
    }

    @Test
    void oneBlogsShareIsWhatThatBlogAloneGives() {
        List<LiveBlogUpdate> blogA = List.of(
                inBlog("blog-a", update("a1", "2023-12-03T09:00:00Z", "Toll", TOLL)),
                inBlog("blog-a", update("a2", "2023-12-03T10:00:00Z", "Strike", STRIKE_A)));
        List<LiveBlogUpdate> blogB = List.of(
                inBlog("blog-b", update("b1", "2023-12-03T11:00:00Z", "Market", STRIKE_B)),
                inBlog("blog-b", update("b2", "2023-12-03T12:00:00Z", "Strike", STRIKE_A.replace("Medics", "Doctors"))));
        Map<String, LocationAggregate> aloneTotal;
        Map<String, LocationAggregate> aloneDay;
        try (PipelineDriver alone = new PipelineDriver(stateDir.resolve("alone"))) {
            blogA.forEach(alone::pipe);
            alone.aggregates();
            aloneTotal = byKey(alone.queries().aggregates("total", null));
            aloneDay = byKey(alone.queries().aggregates("2023-12-03", null));
        }
        try (PipelineDriver both = new PipelineDriver(stateDir.resolve("both"))) {
            blogB.forEach(both::pipe);
            blogA.forEach(both::pipe);
            Map<String, LocationAggregate> all = both.aggregates();
            PipelineQueries q = both.queries();
            assertEquals(List.of("blog-a", "blog-b"), q.blogs());
            assertEquals(178L, all.get("ps|killed|total").getValue(), "the running total holds its parts 7 + 4");
            assertEquals(7L, all.get("jabalya|killed|total").getValue(), "one strike told by both blogs");

            assertEquals(aloneTotal, byKey(q.aggregatesOfBlog("blog-a", "total", null)));
            assertEquals(aloneDay, byKey(q.aggregatesOfBlog("blog-a", "2023-12-03", null)));
            assertEquals(178L, byKey(q.aggregatesOfBlog("blog-a", "total", "killed")).get("ps|killed|total")
                    .getValue());
            assertEquals(11L, byKey(q.aggregatesOfBlog("blog-b", "total", null)).get("ps|killed|total").getValue());
            assertEquals(List.of(), q.aggregatesOfBlog("blog-b", "total", "aid_trucks"));
        }
    }

    private static LiveBlogUpdate inBlog(String blog, LiveBlogUpdate u) {
        return LiveBlogUpdate.newBuilder(u).setBlogId(blog).build();
    }

    private static String key(LocationAggregate a) {
        return a.getLocationId() + "|" + a.getMetric() + "|" + a.getWindow();
    }

    private static Map<String, LocationAggregate> byKey(List<LocationAggregate> list) {
        return list.stream().collect(Collectors.toMap(PipelineQueriesTest::key, a -> a, (x, y) -> x, TreeMap::new));
    }
}
