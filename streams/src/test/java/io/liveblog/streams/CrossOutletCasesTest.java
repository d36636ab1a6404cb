package io.liveblog.streams;

import static io.liveblog.streams.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain cases of cross-outlet fact identity, read by the real extractor and aggregated by the whole topology:
 * one convoy told by several outlets in other words counts once; two strikes with the same toll at the same place
 * and day count twice. Every arrival order gives the same totals.
 */
class CrossOutletCasesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Gazetteer.bundled());
    private static final String GAZA = "lb:ps-gaza-strip";

    @TempDir
    Path stateDir;

    private static LiveBlogUpdate post(String outlet, String id, String time, String headline, String body) {
        return LiveBlogUpdate.newBuilder(update(outlet + "-" + id, time, headline, body)).setBlogId(outlet)
                .setBlogUrl("https://" + outlet + ".example/live/gaza").build();
    }

    @Test
    void oneConvoyThroughTheCrossingAndViaTheTownIsOneDelivery() {
        List<LiveBlogUpdate> posts = List.of(
                post("wire", "1", "2023-12-02T14:05:00Z", "Aid enters Gaza",
                        "Fifty-five trucks carrying aid entered Gaza through the Rafah crossing on Saturday, the "
                                + "Egyptian Red Crescent said."),
                post("radio", "1", "2023-12-02T16:40:00Z", "Convoy reaches Gaza",
                        "The Egyptian Red Crescent said 55 aid trucks had gone into Gaza via Rafah on Saturday."));
        assertTotalInEveryOrder(posts, GAZA, "aid_trucks", 55);
    }

    @Test
    void oneConvoyWithAQualifierAndAShortNameOfTheAuthorityIsOneDelivery() {
        List<LiveBlogUpdate> posts = List.of(
                post("wire", "2", "2023-12-02T13:10:00Z", "",
                        "Fifty-five trucks with food and medicine crossed through the Rafah crossing into Gaza, the "
                                + "Egyptian Red Crescent said."),
                post("radio", "2", "2023-12-02T15:20:00Z", "",
                        "The Red Crescent said 55 aid trucks went through the Rafah crossing on Saturday."),
                post("local", "2", "2023-12-02T18:45:00Z", "",
                        "Some 55 aid trucks passed through the Rafah crossing on Saturday."));
        assertTotalInEveryOrder(posts, GAZA, "aid_trucks", 55);
    }

    @Test
    void twoStrikesWithTheSameTollAtOnePlaceOnOneDayAreTwoIncidents() {
        List<LiveBlogUpdate> posts = List.of(
                post("wire", "3", "2023-12-05T09:30:00Z", "",
                        "Four people were killed when a strike hit a family home in Rafah on Tuesday morning, the "
                                + "civil defence said."),
                post("wire", "4", "2023-12-05T19:50:00Z", "",
                        "Four people were killed on Tuesday evening when a drone struck a car near a market in Rafah, "
                                + "according to the civil defence."));
        assertTotalInEveryOrder(posts, GAZA, "killed", 8);
    }

    private void assertTotalInEveryOrder(List<LiveBlogUpdate> posts, String placeId, String metric, long expected) {
        List<LocationAggregate> seen = new ArrayList<>();
        for (List<LiveBlogUpdate> order : SeriesAndDatesTest.permutations(posts)) {
            Path dir = stateDir.resolve("run-" + seen.size());
            try (PipelineDriver p = new PipelineDriver(PipelineConfig.defaults().withApplication("outlets", dir),
                    EXTRACTOR::extract)) {
                order.forEach(p::pipe);
                LocationAggregate a = p.aggregate(placeId, metric, "total");
                assertEquals(expected, a.getValue(), a::toString);
                seen.add(a);
            }
        }
        seen.forEach(a -> assertEquals(seen.get(0), a, "every arrival order gives the same aggregate"));
    }
}
