package io.liveblog.cli.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.eval.GoldCorpusReader;
import io.liveblog.eval.GoldPost;
import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pairwise same-fact scoring on posts written for the test: one convoy told by two outlets, the same convoy size on
 * the next day, and an incident told once.
 */
class FactIdentityScoreTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Gazetteer.bundled());

    static GoldPost post(String id, String blog, String published, String body, String fact, long value,
                                 String text, String metric) throws Exception {
        String line = "{\"id\": \"" + id + "\", \"blog\": \"" + blog + "\", \"published\": \"" + published
                + "\", \"headline\": \"\", \"byline\": null, \"body\": \"" + body + "\", \"figures\": [{\"metric\": \""
                + metric + "\", \"value\": " + value + ", \"low\": " + value + ", \"high\": " + value
                + ", \"qualifier\": \"exact\", \"scope\": \"incremental\", \"modality\": \"reported\", \"source\": null, "
                + "\"location\": null, \"admin1\": null, \"text\": \"" + text + "\", \"fact\": \"" + fact + "\"}], "
                + "\"negatives\": []}";
        return GoldCorpusReader.parseLine(line, "test.jsonl", 1);
    }

    static List<GoldPost> corpus() throws Exception {
        List<GoldPost> posts = new ArrayList<>();
        posts.add(post("wire-1", "wire", "2023-12-02T14:00:00+02:00",
                "55 aid trucks entered Gaza through the Rafah crossing on Saturday.", "convoy-sat", 55,
                "55 aid trucks", "aid_trucks"));
        posts.add(post("tv-1", "broadcaster", "2023-12-02T16:30:00+02:00",
                "55 aid trucks entered Gaza through the Rafah crossing on Saturday, aid officials said.",
                "convoy-sat", 55, "55 aid trucks", "aid_trucks"));
        posts.add(post("wire-2", "wire", "2023-12-03T15:00:00+02:00",
                "55 aid trucks entered Gaza through the Rafah crossing on Sunday.", "convoy-sun", 55,
                "55 aid trucks", "aid_trucks"));
        posts.add(post("tv-2", "broadcaster", "2023-12-03T18:00:00+02:00",
                "Seven people were killed in a strike on a house in Khan Younis, medics said.", "strike", 7,
                "Seven people were killed", "killed"));
        return posts;
    }

    @Test
    void countsPairsTheGoldAndThePipelineAgreeOn() throws Exception {
        FactIdentityScore.Report report = FactIdentityScore.score(corpus(), EXTRACTOR::extract, 5);
        assertEquals(4, report.posts());
        assertEquals(4, report.judged(), "every figure is read right");
        // gold pairs: the two Saturday tellings; the Sunday convoy and the strike are other facts
        assertEquals(report.truePositives() + report.falseNegatives(), 1);
        assertEquals(1, report.truePositives(), report.render());
        assertEquals(0, report.falsePositives(), () -> "Sunday's convoy is another delivery: " + report.render());
        assertEquals(1.0, report.precision());
        assertEquals(1.0, report.recall());
        assertTrue(report.render().contains("Pairwise precision 1.000  recall 1.000"), report.render());
    }

    @Test
    void aMergeOfTwoFactsIsAFalsePositiveAndASplitAFalseNegative() throws Exception {
        List<GoldPost> posts = corpus();
        // the analyst says Sunday's telling is Saturday's convoy: the pipeline keeps them apart, one split pair;
        // and the two Saturday tellings are (wrongly) said to be different: a merged pair
        List<GoldPost> relabelled = List.of(
                post("wire-1", "wire", "2023-12-02T14:00:00+02:00",
                        "55 aid trucks entered Gaza through the Rafah crossing on Saturday.", "a", 55,
                        "55 aid trucks", "aid_trucks"),
                post("tv-1", "broadcaster", "2023-12-02T16:30:00+02:00",
                        "55 aid trucks entered Gaza through the Rafah crossing on Saturday, aid officials said.", "b",
                        55, "55 aid trucks", "aid_trucks"),
                post("wire-2", "wire", "2023-12-03T15:00:00+02:00",
                        "55 aid trucks entered Gaza through the Rafah crossing on Sunday.", "a", 55,
                        "55 aid trucks", "aid_trucks"),
                posts.get(3));
        FactIdentityScore.Report report = FactIdentityScore.score(relabelled, EXTRACTOR::extract, 5);
        assertEquals(0, report.truePositives(), report.render());
        assertEquals(1, report.falsePositives(), report.render());
        assertEquals(1, report.falseNegatives(), report.render());
        assertEquals(0.0, report.precision());
        assertTrue(report.mergedExamples().get(0).startsWith("a / b") || report.mergedExamples().get(0)
                .startsWith("b / a"), report.mergedExamples()::toString);
    }
}
