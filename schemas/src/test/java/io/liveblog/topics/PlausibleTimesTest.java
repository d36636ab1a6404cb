package io.liveblog.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.LiveBlogUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlausibleTimesTest {

    private static final Instant READ = Instant.parse("2026-12-06T12:00:00Z");

    private static LiveBlogUpdate update(String published, String updated) {
        return LiveBlogUpdate.newBuilder().setPostId("p1").setBlogId("b").setPublishedAt(Instant.parse(published))
                .setUpdatedAt(updated == null ? null : Instant.parse(updated)).setHeadline("h").setBody("b")
                .setContentHash("x").setParserVersion("t/1").build();
    }

    private static Optional<String> problem(LiveBlogUpdate u, Instant stamp, Instant fetched) {
        return PlausibleTimes.problem(u, stamp.toEpochMilli(), fetched);
    }

    @Test
    void aBackfilledPostReadTodayIsPlausible() {
        LiveBlogUpdate u = update("2023-12-02T10:00:00Z", "2023-12-04T09:00:00Z");
        assertEquals(Optional.empty(), problem(u, u.getPublishedAt(), READ));
    }

    @Test
    void anEditDaysLaterWithoutAFetchTimeIsPlausible() {
        LiveBlogUpdate u = update("2023-12-02T10:00:00Z", "2023-12-09T09:00:00Z");
        assertEquals(Optional.empty(), problem(u, u.getPublishedAt(), null));
    }

    @Test
    void aTimeZoneMislabelledByHoursIsPlausible() {
        LiveBlogUpdate u = update("2026-12-06T23:00:00Z", null);
        assertEquals(Optional.empty(), problem(u, u.getPublishedAt(), READ));
    }

    @Test
    void aPostPublishedAfterItWasReadIsNot() {
        LiveBlogUpdate u = update("2026-12-09T10:00:00Z", null);
        String why = problem(u, u.getPublishedAt(), READ).orElseThrow();
        assertTrue(why.contains("after the producer read the post"), why);
        assertTrue(problem(update("2026-12-06T10:00:00Z", "2026-12-08T10:00:00Z"), READ, READ).isPresent(),
                "an update time after the read");
    }

    @Test
    void withoutAFetchTimeThePublicationMayNotOutrunTheRecordsTimestamp() {
        LiveBlogUpdate u = update("2031-01-01T00:00:00Z", null);
        String why = problem(u, READ, null).orElseThrow();
        assertTrue(why.contains("the record's timestamp"), why);
    }

    @Test
    void placeholderDatesAreNotALiveBlogsTime() {
        for (String date : new String[] {"9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "2100-01-01T00:00:00Z"}) {
            LiveBlogUpdate u = update(date, null);
            String why = problem(u, u.getPublishedAt(), null).orElseThrow(() -> new AssertionError(date));
            assertTrue(why.contains("placeholder"), why);
        }
        assertTrue(problem(update("2023-12-02T10:00:00Z", "9999-01-01T00:00:00Z"), Instant.parse(
                "2023-12-02T10:00:00Z"), null).isPresent(), "an update time of 9999");
        assertTrue(problem(update("2023-12-02T10:00:00Z", null), Instant.parse("9999-01-01T00:00:00Z"), null)
                .orElseThrow().startsWith("record timestamp"));
    }

    @Test
    void theFetchTimeHeaderIsReadWhenItIsATime() {
        assertEquals(READ, PlausibleTimes.fetchedAt(READ.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, PlausibleTimes.fetchedAt("unknown".getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, PlausibleTimes.fetchedAt(null));
    }
}
