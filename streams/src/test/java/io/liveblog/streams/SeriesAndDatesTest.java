package io.liveblog.streams;

import static io.liveblog.streams.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.Claim;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.SeriesFigure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running totals that count from different starts, and incidents dated by their words, read by the real extractor
 * and aggregated by the whole topology. Every arrival order of the posts gives the same aggregates.
 */
class SeriesAndDatesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Gazetteer.bundled());
    private static final String GAZA = "lb:ps-gaza-strip";

    @TempDir
    Path stateDir;

    /** Three posts of one Saturday, each quoting the Gaza health ministry, with two baselines between them. */
    private static final List<LiveBlogUpdate> TOLLS = List.of(
            update("war-toll", "2023-12-02T09:10:00Z", "Gaza war toll",
                    "Gaza's health ministry said 15,207 people have been killed in the strip since October 7."),
            update("resumed-toll", "2023-12-02T12:40:00Z", "Strikes resume across Gaza",
                    "At least 178 people have been killed in Gaza since Israel resumed military operations on "
                            + "Friday, the Hamas-run health ministry said."),
            update("truce-toll", "2023-12-02T17:05:00Z", "Toll since truce collapse rises",
                    "The health ministry in Gaza said 193 people have been killed in Gaza since the truce ended "
                            + "on Friday morning."));

    /** @return a driver over the whole topology that reads the posts with the real extractor */
    private static PipelineDriver pipeline(String application, Path dir) {
        return new PipelineDriver(PipelineConfig.defaults().withApplication(application, dir), EXTRACTOR::extract);
    }

    /** @return a post in which Gaza's health ministry gives the toll since October 7, {@code killed} as written */
    private static LiveBlogUpdate ministryToll(String postId, String publishedIso, String headline, String killed) {
        return update(postId, publishedIso, headline,
                "Gaza's health ministry said " + killed + " people have been killed in Gaza since October 7.");
    }

    @Test
    void aRunningTotalWithALaterBaselineIsItsOwnSeriesNotARevision() {
        List<LocationAggregate> seen = new ArrayList<>();
        for (List<LiveBlogUpdate> order : permutations(TOLLS)) {
            Path dir = stateDir.resolve("run-" + seen.size());
            try (PipelineDriver p = pipeline("series", dir)) {
                order.forEach(p::pipe);
                LocationAggregate gaza = p.aggregate(GAZA, "killed", "total");
                assertEquals(15_207L, gaza.getValue(), gaza::toString);
                assertEquals("2023-10-07", gaza.getBaseline());
                assertEquals("since October 7", gaza.getBaselineText());
                assertTrue(gaza.getRevisions().isEmpty(), () -> "no revision between baselines: " + gaza.getRevisions());
                assertEquals(1, gaza.getOtherSeries().size(), gaza::toString);
                SeriesFigure truce = gaza.getOtherSeries().get(0);
                assertEquals("2023-12-01", truce.getBaseline());
                assertEquals(193L, truce.getValue(), "178 then 193 since Friday: the later figure of one series");
                assertTrue(truce.getRevisions().isEmpty(), truce::toString);
                assertEquals(1, truce.getFactCount(), "the ministry's latest running total of the series stands");
                seen.add(gaza);
            }
        }
        for (LocationAggregate a : seen) {
            assertEquals(seen.get(0), a, "every arrival order gives the same aggregate");
        }
    }

    @Test
    void aLowerFigureWithinOneBaselineIsStillARevision() {
        try (PipelineDriver p = pipeline("rev", stateDir)) {
            p.pipe(ministryToll("a", "2023-12-02T09:00:00Z", "", "15,207"));
            p.pipe(ministryToll("b", "2023-12-02T15:00:00Z", "", "15,100"));
            LocationAggregate gaza = p.aggregate(GAZA, "killed", "total");
            assertEquals(15_100L, gaza == null ? null : gaza.getValue(), () -> p.claims() + " " + p.aggregates().keySet());
            assertEquals(1, gaza.getRevisions().size(), gaza::toString);
            assertTrue(gaza.getOtherSeries().isEmpty());
        }
    }

    @Test
    void anUnstatedTotalJoinsTheSeriesItAgreesWith() {
        try (PipelineDriver p = pipeline("join", stateDir)) {
            TOLLS.forEach(p::pipe);
            p.pipe(update("bare", "2023-12-02T20:00:00Z", "", "The death toll in Gaza has risen to 15,523, "
                    + "Gaza's health ministry said."));
            LocationAggregate gaza = p.aggregate(GAZA, "killed", "total");
            assertEquals(15_523L, gaza.getValue(), "the bare toll continues the war's series");
            assertEquals("2023-10-07", gaza.getBaseline());
            assertEquals(List.of("2023-12-01"), gaza.getOtherSeries().stream().map(SeriesFigure::getBaseline).toList());
        }
    }

    @Test
    void dailyNewIsDerivedFromTheLastFigureOfEachDayInAnyArrivalOrder() {
        List<LiveBlogUpdate> posts = List.of(
                ministryToll("dec2", "2023-12-02T10:00:00Z", "Gaza war toll", "15,207"),
                ministryToll("dec3", "2023-12-03T11:00:00Z", "Gaza war toll rises", "15,523"));
        int run = 0;
        for (List<LiveBlogUpdate> order : permutations(posts)) {
            Path dir = stateDir.resolve("daily-" + run++);
            try (PipelineDriver p = pipeline("daily", dir)) {
                order.forEach(p::pipe);
                LocationAggregate dec3 = p.aggregate(GAZA, "killed", "2023-12-03");
                assertEquals(15_523L, dec3.getValue(), "the day's reported figure stays what was reported");
                assertEquals(1, dec3.getDailyNew().size(), dec3::toString);
                DailyIncrement derived = dec3.getDailyNew().get(0);
                assertEquals(316L, derived.getValue());
                assertEquals("2023-10-07", derived.getBaseline());
                assertEquals("Gaza health ministry", derived.getAuthority());
                assertEquals("2023-12-02", derived.getFromDate());
                assertEquals(15_207L, derived.getFromValue());
                assertEquals(false, derived.getCorrection());
                assertTrue(p.aggregate(GAZA, "killed", "2023-12-02").getDailyNew().isEmpty(),
                        "the first figure has nothing to be differenced against");
                assertTrue(p.aggregate(GAZA, "killed", "total").getDailyNew().isEmpty(), "day windows only");
            }
        }
    }

    @Test
    void aLowerTotalIsAVisibleCorrectionAndASilentDayIsNotFilledIn() {
        try (PipelineDriver p = pipeline("corr", stateDir)) {
            p.pipe(ministryToll("a", "2023-12-02T10:00:00Z", "", "15,207"));
            p.pipe(ministryToll("b", "2023-12-05T10:00:00Z", "", "15,899"));
            p.pipe(ministryToll("c", "2023-12-06T10:00:00Z", "", "15,850"));
            DailyIncrement afterGap = p.aggregate(GAZA, "killed", "2023-12-05").getDailyNew().get(0);
            assertEquals(692L, afterGap.getValue(), "the increment belongs to the day it is seen");
            assertEquals("2023-12-02", afterGap.getFromDate());
            assertNull(p.aggregate(GAZA, "killed", "2023-12-04"), "no day in the gap gets a share");
            DailyIncrement lower = p.aggregate(GAZA, "killed", "2023-12-06").getDailyNew().get(0);
            assertEquals(-49L, lower.getValue());
            assertTrue(lower.getCorrection());
        }
    }

    @Test
    void anIncidentDatedByItsWordsLandsInThatDaysWindow() {
        try (PipelineDriver p = pipeline("day", stateDir)) {
            p.pipe(update("strike", "2023-12-02T11:00:00Z", "Strike in Khan Younis",
                    "Five people were killed in an airstrike in Khan Younis on Thursday, medics said."));
            Claim claim = p.claims().values().iterator().next();
            assertEquals("2023-11-30", claim.getEventDate());
            assertEquals("2023-12-02", claim.getReportDate());
            assertEquals("on Thursday", claim.getEventDateText());
            assertNull(claim.getBaseline(), "an incident has no baseline");

            Map<String, LocationAggregate> all = p.aggregates();
            assertEquals(5L, all.get("lb:ps-khan-younis|killed|2023-11-30").getValue(), all.keySet()::toString);
            assertNull(all.get("lb:ps-khan-younis|killed|2023-12-02"), "not on the day it was reported");
            assertEquals(5L, all.get("lb:ps-khan-younis|killed|total").getValue());
        }
    }

    @Test
    void relativeDaysResolveInTheOffsetThePostWasPublishedIn() {
        try (PipelineDriver p = pipeline("zone", stateDir)) {
            // 01:30 UTC on Saturday is Friday evening in New York: "yesterday" is Thursday there
            LiveBlogUpdate evening = LiveBlogUpdate.newBuilder(update("ny", "2023-12-02T01:30:00Z", "",
                    "Five people were killed in an airstrike in Khan Younis yesterday, medics said."))
                    .setPublishedOffset("-05:00").build();
            p.pipe(evening);
            Claim claim = p.claims().values().iterator().next();
            assertEquals("2023-11-30", claim.getEventDate());
            assertEquals("2023-12-02", claim.getReportDate(), "the report date stays the UTC day of the post");
        }
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> perm = new ArrayList<>();
                perm.add(head);
                perm.addAll(tail);
                out.add(perm);
            }
        }
        return out;
    }
}
