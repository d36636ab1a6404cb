package io.liveblog.cli.facts;

import static io.liveblog.cli.facts.FactIdentityScoreTest.corpus;
import static io.liveblog.cli.facts.FactIdentityScoreTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.eval.GoldPost;
import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place/metric totals of the pipeline's facts against the gold's, on the posts of {@link FactIdentityScoreTest}. */
class FactAggregateScoreTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Gazetteer.bundled());

    @Test
    void everyPlaceOnTheWayUpIsComparedAndRightWhenTheFactsAre() throws Exception {
        FactAggregateScore.Report report = FactAggregateScore.score(corpus(), EXTRACTOR::extract, 5);
        // aid trucks at the crossing, its governorate, the Gaza Strip and the territories; the strike's toll at Khan
        // Younis, its governorate, the Gaza Strip and the territories
        assertEquals(8, report.compared(), report.render());
        assertEquals(8, report.exact(), report.render());
        assertEquals(1.0, report.exactShare());
    }

    @Test
    void aConvoyTheAnalystCallsOneButThePipelineCountsTwiceIsWrongAtEveryLevel() throws Exception {
        List<GoldPost> posts = new ArrayList<>(corpus());
        // the analyst says Sunday's telling is Saturday's convoy again: gold 55, the pipeline two deliveries, 110
        posts.set(2, post("wire-2", "wire", "2023-12-03T15:00:00+02:00",
                "55 aid trucks entered Gaza through the Rafah crossing on Sunday.", "convoy-sat", 55,
                "55 aid trucks", "aid_trucks"));
        FactAggregateScore.Report report = FactAggregateScore.score(posts, EXTRACTOR::extract, 5);
        assertEquals(8, report.compared(), report.render());
        assertEquals(4, report.exact(), "the four aid totals are wrong, the four casualty totals right");
        assertTrue(report.examples().stream().allMatch(e -> e.contains("aid_trucks: pipeline 110, gold 55")),
                report.render());
        assertTrue(report.render().contains("4 of 8 exactly right (0.500)"), report.render());
    }
}
