package io.liveblog.eval;

import static io.liveblog.eval.Fixtures.AL_HAOUZ;
import static io.liveblog.eval.Fixtures.GAZA_STRIP;
import static io.liveblog.eval.Fixtures.GAZETTEER;
import static io.liveblog.eval.Fixtures.JENIN;
import static io.liveblog.eval.Fixtures.MARRAKESH_SAFI;
import static io.liveblog.eval.Fixtures.MOROCCO;
import static io.liveblog.eval.Fixtures.PALESTINE;
import static io.liveblog.eval.Fixtures.RAFAH;
import static io.liveblog.eval.Fixtures.WEST_BANK;
import static io.liveblog.eval.Fixtures.claim;
import static io.liveblog.eval.Fixtures.figure;
import static io.liveblog.eval.Fixtures.post;
import static io.liveblog.eval.Fixtures.withPlace;
import static io.liveblog.eval.Fixtures.withRestatements;
import static io.liveblog.eval.Fixtures.withScopeAndModality;
import static io.liveblog.eval.Fixtures.withSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.eval.EvaluationReport.AttributeError;
import io.liveblog.eval.EvaluationReport.ErrorExample;
import io.liveblog.eval.EvaluationReport.Score;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.PostText;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

    private static final double EPS = 1e-9;
    private static final Comparator<AttributeError> ATTRIBUTE_ORDER = Comparator.comparing(AttributeError::postId)
            .thenComparing(AttributeError::text).thenComparing(AttributeError::attribute);

    // Post A: a strike in Rafah. The headline restates the body's toll.
    private static final GoldPost ALPHA = post("alpha.jsonl", "alpha-1", "Strike kills 12 in Rafah",
            "At least 12 people were killed in a strike on Rafah on Sunday, the Gaza health ministry said. "
                    + "More than 30 others were wounded.\n\n"
                    + "The strike came 3 days after a truce ended. Fifty aid trucks entered Gaza on Sunday.",
            List.of("3 days"),
            withRestatements(withSource(withPlace(figure(Metric.KILLED, 12, Qualifier.AT_LEAST,
                    "At least 12 people were killed"), "Rafah", "Gaza Strip"), "Gaza health ministry"), "kills 12"),
            figure(Metric.INJURED, 30, Qualifier.MORE_THAN, "More than 30 others were wounded"),
            figure(Metric.AID_TRUCKS, 50, Qualifier.EXACT, "Fifty aid trucks"));

    // Post B: an earthquake in Morocco.
    private static final GoldPost BETA = post("beta.jsonl", "beta-1", "",
            "Dozens of people were feared dead after the quake in Al Haouz. "
                    + "The interior ministry said 820 people had died so far.\n\n"
                    + "About 1,000 tents were set to arrive on Monday.",
            List.of(),
            withScopeAndModality(withPlace(figure(Metric.KILLED, 12, Qualifier.DOZENS,
                    "Dozens of people were feared dead"), "Al Haouz", "Marrakech-Safi"),
                    Scope.INCREMENTAL, Modality.PROJECTED),
            withPlace(withSource(withScopeAndModality(figure(Metric.KILLED, 820, Qualifier.EXACT,
                    "820 people had died so far"), Scope.CUMULATIVE, Modality.REPORTED), "Moroccan interior ministry"),
                    "Atlantis", "Atlantis"),
            withScopeAndModality(figure(Metric.SHELTER_ITEMS, 1000, Qualifier.ABOUT, "About 1,000 tents"),
                    Scope.INCREMENTAL, Modality.PLANNED));

    private static final Map<String, List<ExtractedClaim>> PREDICTIONS = Map.of(
            "alpha-1", List.of(
                    // P1: right figure; right source after normalisation; wrong first-level area
                    claim(ALPHA, Span.BODY, "At least 12 people were killed", Metric.KILLED, 12L, Qualifier.AT_LEAST,
                            Scope.INCREMENTAL, Modality.REPORTED, "the Gaza Health Ministry", null,
                            PALESTINE, WEST_BANK, JENIN),
                    // P2: the headline restatement, read with another qualifier: neither hit nor spurious
                    claim(ALPHA, Span.HEADLINE, "kills 12", Metric.KILLED, 12L, Qualifier.EXACT,
                            Scope.INCREMENTAL, Modality.REPORTED, null, null, PALESTINE, GAZA_STRIP, RAFAH),
                    // P3: right number, wrong qualifier: spurious, and the gold figure is missed
                    claim(ALPHA, "More than 30 others", Metric.INJURED, 30, Qualifier.ABOUT),
                    // P4: a duration read as a toll: spurious and a hard-negative violation
                    claim(ALPHA, "3 days", Metric.KILLED, 3, Qualifier.EXACT)),
            "beta-1", List.of(
                    // P5: right figure, incomplete source
                    claim(BETA, Span.BODY, "820 people had died so far", Metric.KILLED, 820L, Qualifier.EXACT,
                            Scope.CUMULATIVE, Modality.REPORTED, "interior ministry", null, MOROCCO),
                    // P6: right figure and place (gold admin1 given by its alternate name), wrong modality
                    claim(BETA, Span.BODY, "Dozens of people", Metric.KILLED, 12L, Qualifier.DOZENS,
                            Scope.INCREMENTAL, Modality.REPORTED, null, null, MOROCCO, MARRAKESH_SAFI, AL_HAOUZ),
                    // P7: right figure, wrong scope, a unit where the gold has none
                    claim(BETA, Span.BODY, "About 1,000 tents", Metric.SHELTER_ITEMS, 1000L, Qualifier.ABOUT,
                            Scope.CUMULATIVE, Modality.PLANNED, null, "tonnes"),
                    // P8: the same toll emitted twice
                    claim(BETA, "820 people", Metric.KILLED, 820, Qualifier.EXACT)));

    private static final Function<PostText, List<ExtractedClaim>> FAKE = post -> PREDICTIONS.get(post.postId());

    private final EvaluationReport report = new Evaluator().evaluate(List.of(ALPHA, BETA), FAKE, GAZETTEER);

    /**
     * The extractor lists a headline's figures first. A headline restating the body's figure, read with the same
     * qualifier, must not take the gold figure from the body's reading on its own words: the body's is the hit, the
     * headline's the restatement, and nothing is spurious.
     */
    @Test
    void aFigureIsCreditedToItsOwnWordsBeforeAHeadlineThatRestatesIt() {
        List<ExtractedClaim> headlineFirst = List.of(
                claim(ALPHA, Span.HEADLINE, "kills 12", Metric.KILLED, 12L, Qualifier.AT_LEAST, Scope.INCREMENTAL,
                        Modality.REPORTED, null, null, PALESTINE, GAZA_STRIP, RAFAH),
                claim(ALPHA, Span.BODY, "At least 12 people were killed", Metric.KILLED, 12L, Qualifier.AT_LEAST,
                        Scope.INCREMENTAL, Modality.REPORTED, "the Gaza Health Ministry", null,
                        PALESTINE, GAZA_STRIP, RAFAH));
        EvaluationReport r = new Evaluator().evaluate(List.of(ALPHA), post -> headlineFirst, GAZETTEER);
        assertEquals(new Score(1, 0, 2), r.overall(), "the two other gold figures of the post are missed");
        assertEquals(1, r.restatements());
    }

    @Test
    void countsHitsSpuriousAndMissedFiguresOverall() {
        // TP: P1, P5, P6, P7. FP: P3, P4, P8 (P2 is a restatement). FN: injured 30, aid trucks 50.
        assertEquals(new Score(4, 3, 2), report.overall());
        assertEquals(4.0 / 7, report.overall().precision(), EPS);
        assertEquals(4.0 / 6, report.overall().recall(), EPS);
        assertEquals(8.0 / 13, report.overall().f1(), EPS);
        assertEquals(6, report.goldFigures());
        assertEquals(8, report.predictions());
        assertEquals(2, report.posts());
        assertEquals(1, report.restatements());
    }

    @Test
    void splitsScoresByKindMetricAndCrisis() {
        assertEquals(List.of("casualty", "aid"), List.copyOf(report.byKind().keySet()));
        assertEquals(new Score(3, 3, 1), report.byKind().get("casualty"));
        assertEquals(new Score(1, 0, 1), report.byKind().get("aid"));
        assertEquals(1.0, report.byKind().get("aid").precision(), EPS);
        assertEquals(0.5, report.byKind().get("aid").recall(), EPS);

        assertEquals(List.of("killed", "injured", "aid_trucks", "shelter_items"),
                List.copyOf(report.byMetric().keySet()));
        assertEquals(new Score(3, 2, 0), report.byMetric().get("killed"));
        assertEquals(new Score(0, 1, 1), report.byMetric().get("injured"));
        assertEquals(new Score(0, 0, 1), report.byMetric().get("aid_trucks"));
        assertEquals(new Score(1, 0, 0), report.byMetric().get("shelter_items"));
        assertEquals(0.0, report.byMetric().get("injured").f1(), EPS);

        assertEquals(new Score(1, 2, 2), report.byCrisis().get("alpha"));
        assertEquals(new Score(3, 1, 0), report.byCrisis().get("beta"));
        assertEquals(List.of("alpha.jsonl", "beta.jsonl"), report.goldFiles());
    }

    @Test
    void measuresAttributeAccuracyOverMatchedFigures() {
        EvaluationReport.Attributes a = report.attributes();
        // metric+value pairs: P1, P3, P5, P6, P7; only P3's qualifier is wrong
        assertEquals(new EvaluationReport.Accuracy(4, 5), a.qualifier());
        assertEquals(0.8, a.qualifier().accuracy(), EPS);
        assertEquals(new EvaluationReport.Accuracy(3, 4), a.scope());
        assertEquals(new EvaluationReport.Accuracy(3, 4), a.modality());
        // gold sources on matched pairs: P1 (normalised equal), P5 (differs)
        assertEquals(new EvaluationReport.Accuracy(1, 2), a.source());
        // resolvable gold admin1 on matched pairs: P1 (West Bank, wrong), P6 (right via alternate name)
        assertEquals(new EvaluationReport.Accuracy(1, 2), a.admin1());
        assertEquals(List.of("Atlantis"), report.unresolvedAdmin1());
        // gold locations the gazetteer knows, on matched pairs: P1 (Rafah; its path is in the West Bank, the same
        // country), P6 (Al Haouz); P5's Atlantis is not judged
        assertEquals(new EvaluationReport.Accuracy(2, 2), a.country());
        assertEquals(new EvaluationReport.Accuracy(0, 1), a.unit());
        assertEquals(List.of(
                        new AttributeError("alpha-1", "At least 12 people were killed", "admin1", "Gaza Strip",
                                "West Bank"),
                        new AttributeError("beta-1", "Dozens of people were feared dead", "modality", "projected",
                                "reported"),
                        new AttributeError("beta-1", "820 people had died so far", "source",
                                "Moroccan interior ministry", "interior ministry"),
                        new AttributeError("beta-1", "About 1,000 tents", "scope", "incremental", "cumulative"),
                        new AttributeError("beta-1", "About 1,000 tents", "unit", null, "tonnes"),
                        new AttributeError("alpha-1", "More than 30 others were wounded", "qualifier", "more_than",
                                "about")).stream().sorted(ATTRIBUTE_ORDER).toList(),
                report.attributeErrors().stream().sorted(ATTRIBUTE_ORDER).toList());
    }

    @Test
    void countsHardNegativesAndExplainsErrors() {
        assertEquals(1, report.hardNegatives());
        assertEquals(1, report.hardNegativesTriggered());
        assertEquals(1, report.negativeViolations());
        assertEquals("hard negative \"3 days\"", report.negativeViolationExamples().get(0).detail());

        List<ErrorExample> fn = report.falseNegatives();
        assertEquals(List.of("Fifty aid trucks", "More than 30 others were wounded"),
                fn.stream().map(ErrorExample::text).toList(), "largest missed value first");
        assertEquals("not extracted", fn.get(0).detail());
        assertEquals("read as injured 30 about", fn.get(1).detail());

        List<ErrorExample> fp = report.falsePositives();
        assertEquals(List.of(820L, 30L, 3L), fp.stream().map(ErrorExample::value).toList());
        assertEquals("gold here is killed 820 exact, already matched by another prediction", fp.get(0).detail());
        assertEquals("gold here is injured 30 more_than", fp.get(1).detail());
        assertEquals("alpha-1", fp.get(2).postId());
        assertEquals("alpha.jsonl:1", fp.get(2).origin());
    }

    @Test
    void prefersTheGoldFigureWhoseWordsThePredictionCovers() {
        GoldPost twoTolls = post("t.jsonl", "two", "", "Five people were killed in Rafah. In Jenin, five were killed.",
                List.of(),
                withPlace(figure(Metric.KILLED, 5, Qualifier.EXACT, "Five people were killed"), "Rafah", "Gaza Strip"),
                withPlace(figure(Metric.KILLED, 5, Qualifier.EXACT, "five were killed"), "Jenin", "West Bank"));
        // Only the Jenin toll is read; it must be credited to the Jenin figure, so its place is judged right.
        ExtractedClaim jenin = claim(twoTolls, Span.BODY, "five were killed", Metric.KILLED, 5L, Qualifier.EXACT,
                Scope.INCREMENTAL, Modality.REPORTED, null, null, PALESTINE, WEST_BANK, JENIN);
        EvaluationReport r = new Evaluator().evaluate(List.of(twoTolls), p -> List.of(jenin), GAZETTEER);
        assertEquals(new Score(1, 0, 1), r.overall());
        assertEquals(new EvaluationReport.Accuracy(1, 1), r.attributes().admin1());
        assertEquals("Five people were killed", r.falseNegatives().get(0).text());
    }

    @Test
    void judgesTheCountryOfTheGoldLocation() {
        GoldPost quake = post("t.jsonl", "quake", "", "Twelve people were killed in Al Haouz.", List.of(),
                withPlace(figure(Metric.KILLED, 12, Qualifier.EXACT, "Twelve people were killed"), "Al Haouz",
                        "Marrakech-Safi"));
        ExtractedClaim elsewhere = claim(quake, Span.BODY, "Twelve people were killed", Metric.KILLED, 12L,
                Qualifier.EXACT, Scope.INCREMENTAL, Modality.REPORTED, null, null, PALESTINE, GAZA_STRIP, RAFAH);
        EvaluationReport r = new Evaluator().evaluate(List.of(quake), p -> List.of(elsewhere), GAZETTEER);
        assertEquals(new EvaluationReport.Accuracy(0, 1), r.attributes().country());
        assertTrue(r.attributeErrors().contains(new AttributeError("quake", "Twelve people were killed", "country",
                "MA", "PS")), r.attributeErrors()::toString);
        ExtractedClaim unplaced = claim(quake, Span.BODY, "Twelve people were killed", Metric.KILLED, 12L,
                Qualifier.EXACT, Scope.INCREMENTAL, Modality.REPORTED, null, null);
        assertEquals(new EvaluationReport.Accuracy(0, 1), new Evaluator().evaluate(List.of(quake),
                p -> List.of(unplaced), GAZETTEER).attributes().country(), "no place is no country");
    }

    @Test
    void matchesOnValueEvenWhenTheSpanIsElsewhere() {
        GoldPost post = post("t.jsonl", "span", "", "Officials said 40 trucks entered on Tuesday.", List.of(),
                figure(Metric.AID_TRUCKS, 40, Qualifier.EXACT, "40 trucks"));
        ExtractedClaim wide = claim(post, "Officials said", Metric.AID_TRUCKS, 40, Qualifier.EXACT);
        EvaluationReport r = new Evaluator().evaluate(List.of(post), p -> List.of(wide), GAZETTEER);
        assertEquals(new Score(1, 0, 0), r.overall());
    }

    @Test
    void anExtractorFailureCountsThePostsFiguresAsMissed() {
        EvaluationReport r = new Evaluator().evaluate(List.of(ALPHA, BETA), post -> {
            if (post.postId().equals("beta-1")) {
                throw new IllegalStateException("boom");
            }
            return PREDICTIONS.get(post.postId());
        }, GAZETTEER);
        assertEquals(new Score(1, 2, 5), r.overall());
        assertEquals(List.of(new EvaluationReport.ExtractorFailure("beta-1", "java.lang.IllegalStateException: boom")),
                r.extractorFailures());
        assertTrue(r.render().contains("the extractor failed on 1 posts"));
    }

    @Test
    void ratiosAreUndefinedRatherThanZeroWhenNothingWasJudged() {
        Score nothingPredicted = new Score(0, 0, 4);
        assertNull(nothingPredicted.precision());
        assertEquals(0.0, nothingPredicted.recall(), EPS);
        assertNull(nothingPredicted.f1());
        Score allWrong = new Score(0, 2, 3);
        assertEquals(0.0, allWrong.f1(), EPS);
        assertNull(new EvaluationReport.Accuracy(0, 0).accuracy());
    }

    @Test
    void capsTheErrorListsAtTheRequestedSize() {
        EvaluationReport r = new Evaluator(1).evaluate(List.of(ALPHA, BETA), FAKE, GAZETTEER);
        assertEquals(1, r.falsePositives().size());
        assertEquals(820L, r.falsePositives().get(0).value());
        assertEquals(1, r.falseNegatives().size());
        assertEquals(1, r.attributeErrors().size());
        assertEquals(new Score(4, 3, 2), r.overall(), "capping lists does not change the counts");
        assertThrows(IllegalArgumentException.class, () -> new Evaluator(-1));
    }

    @Test
    void rendersATableAndSerialisesToJson() throws IOException {
        String text = report.render();
        assertTrue(text.contains("overall                         4      3      2      0.571    0.667    0.615"), text);
        assertTrue(text.contains("qualifier (metric+value pairs)           4/5     0.800"), text);
        assertTrue(text.contains("Hard negatives triggered: 1 of 1"), text);

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(4, json.at("/overall/truePositives").asInt());
        assertEquals(List.of("truePositives", "falsePositives", "falseNegatives", "precision", "recall", "f1"),
                List.copyOf(json.at("/overall").properties().stream().map(Map.Entry::getKey).toList()));
        assertEquals(4.0 / 7, json.at("/overall/precision").asDouble(), EPS);
        assertEquals(0.5, json.at("/byKind/aid/recall").asDouble(), EPS);
        assertEquals(0.8, json.at("/attributes/qualifier/accuracy").asDouble(), EPS);
        assertTrue(json.at("/byMetric/aid_trucks/precision").isNull(), "undefined precision is null in JSON");
        assertEquals("hard negative \"3 days\"", json.at("/negativeViolationExamples/0/detail").asText());
    }

    @Test
    void readsTheGoldDirectoryItScores(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gamma.jsonl"), """
                {"id":"g1","published":"2023-09-10T08:00:00+01:00","headline":"","byline":null,"body":"At least 2,012 people died, officials said.","figures":[{"metric":"killed","value":2012,"low":2012,"high":null,"qualifier":"at_least","scope":"cumulative","modality":"reported","source":null,"location":null,"admin1":null,"text":"At least 2,012 people died"}],"negatives":[]}
                """);
        EvaluationReport r = new Evaluator().evaluate(dir, post -> List.of(
                claim(new GoldPost(post.postId(), post.published(), post.headline(), post.byline(), post.body(), null,
                        List.of(), List.of(), "gamma.jsonl", 1), "At least 2,012", Metric.KILLED, 2012,
                        Qualifier.AT_LEAST)), GAZETTEER);
        assertEquals(new Score(1, 0, 0), r.overall());
        assertEquals(List.of("gamma.jsonl"), r.goldFiles());
    }
}
