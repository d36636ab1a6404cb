package io.liveblog.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring an extractor against the gold corpus.
 *
 * @param goldFiles the gold files read, in order
 * @param posts number of gold posts
 * @param goldFigures number of gold figures
 * @param predictions number of figures the extractor returned
 * @param overall hits, spurious and missed figures on (metric, value, qualifier)
 * @param byKind the same per metric kind ({@code casualty}, {@code aid})
 * @param byMetric the same per metric wire name, in the enum's order, only metrics that occur
 * @param byCrisis the same per gold file (crisis)
 * @param attributes accuracies of the other fields over matched figures
 * @param restatements predictions on a listed restatement of a gold figure: neither hits nor spurious
 * @param hardNegatives number of hard-negative substrings in the corpus
 * @param hardNegativesTriggered how many of them at least one unmatched prediction overlaps
 * @param negativeViolations number of unmatched predictions overlapping a hard negative
 * @param falseNegatives the most consequential missed figures (largest values first)
 * @param falsePositives the most consequential spurious figures (largest values first)
 * @param negativeViolationExamples spurious figures read from hard negatives
 * @param attributeErrors matched figures with a wrong scope, modality, source, place or unit
 * @param extractorFailures posts on which the extractor threw (their gold figures count as missed)
 * @param unresolvedAdmin1 gold admin1 names the gazetteer does not know as a first-level area
 */
public record EvaluationReport(
        List<String> goldFiles,
        int posts,
        int goldFigures,
        int predictions,
        Score overall,
        Map<String, Score> byKind,
        Map<String, Score> byMetric,
        Map<String, Score> byCrisis,
        Attributes attributes,
        int restatements,
        int hardNegatives,
        int hardNegativesTriggered,
        int negativeViolations,
        List<ErrorExample> falseNegatives,
        List<ErrorExample> falsePositives,
        List<ErrorExample> negativeViolationExamples,
        List<AttributeError> attributeErrors,
        List<ExtractorFailure> extractorFailures,
        List<String> unresolvedAdmin1) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvaluationReport {
        goldFiles = List.copyOf(goldFiles);
        byKind = ordered(byKind);
        byMetric = ordered(byMetric);
        byCrisis = ordered(byCrisis);
        falseNegatives = List.copyOf(falseNegatives);
        falsePositives = List.copyOf(falsePositives);
        negativeViolationExamples = List.copyOf(negativeViolationExamples);
        attributeErrors = List.copyOf(attributeErrors);
        extractorFailures = List.copyOf(extractorFailures);
        unresolvedAdmin1 = List.copyOf(unresolvedAdmin1);
    }

    /**
     * Hits, spurious and missed figures.
     *
     * @param truePositives predictions matched to a gold figure
     * @param falsePositives predictions matched to none (restatements excluded)
     * @param falseNegatives gold figures no prediction matched
     */
    @JsonPropertyOrder({"truePositives", "falsePositives", "falseNegatives", "precision", "recall", "f1"})
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        /** @return tp / (tp + fp), or null when nothing was predicted */
        @JsonProperty("precision")
        public Double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** @return tp / (tp + fn), or null when there is nothing to find */
        @JsonProperty("recall")
        public Double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** @return harmonic mean of precision and recall (0 when both are 0), or null when either is undefined */
        @JsonProperty("f1")
        public Double f1() {
            Double p = precision();
            Double r = recall();
            if (p == null || r == null) {
                return null;
            }
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Share of correct answers.
     *
     * @param correct right answers
     * @param total answers judged
     */
    public record Accuracy(int correct, int total) {

        /** @return correct / total, or null when nothing was judged */
        @JsonProperty("accuracy")
        public Double accuracy() {
            return ratio(correct, total);
        }
    }

    /**
     * Accuracy of the fields beyond (metric, value, qualifier).
     *
     * @param qualifier over pairs matched on metric and value
     * @param scope over matched pairs
     * @param modality over matched pairs
     * @param source over matched pairs whose gold figure names a source (normalised, case-insensitive)
     * @param admin1 over matched pairs whose gold figure has a resolvable admin1
     * @param country over matched pairs whose gold location the gazetteer knows: the predicted path's country is one
     *     of the countries of the places of that name
     * @param unit over matched pairs where the gold figure or the prediction has a unit
     * @param baseline over matched running totals where the gold figure or the prediction states a baseline
     * @param eventDate over matched incidents where the gold figure or the prediction states an event day
     */
    public record Attributes(Accuracy qualifier, Accuracy scope, Accuracy modality, Accuracy source,
                             Accuracy admin1, Accuracy country, Accuracy unit, Accuracy baseline,
                             Accuracy eventDate) {
    }

    /**
     * One missed or spurious figure, for debugging.
     *
     * @param postId post id
     * @param origin gold file and line
     * @param field {@code headline} or {@code body} when known
     * @param text the words of the figure
     * @param metric metric wire name
     * @param value value
     * @param qualifier qualifier wire name
     * @param detail why it is an error (what it overlaps, the closest gold figure)
     */
    public record ErrorExample(String postId, String origin, String field, String text, String metric, Long value,
                               String qualifier, String detail) {
    }

    /**
     * A matched figure with a wrong attribute.
     *
     * @param postId post id
     * @param text the gold figure's text
     * @param attribute qualifier, scope, modality, source, admin1 or unit
     * @param expected gold value
     * @param actual predicted value
     */
    public record AttributeError(String postId, String text, String attribute, String expected, String actual) {
    }

    /**
     * A post the extractor could not process.
     *
     * @param postId post id
     * @param error exception class and message
     */
    public record ExtractorFailure(String postId, String error) {
    }

    /** @return the report as indented JSON */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise the evaluation report", e);
        }
    }

    /** @return a plain-text report: score tables, attribute accuracies, then the error lists */
    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, "Gold corpus: %d files, %d posts, %d figures, %d hard negatives; %d predictions",
                goldFiles.size(), posts, goldFigures, hardNegatives, predictions);
        if (!extractorFailures.isEmpty()) {
            line(out, "WARNING: the extractor failed on %d posts; their figures count as missed", extractorFailures.size());
        }
        out.append('\n');
        line(out, "%-26s %6s %6s %6s %10s %8s %8s", "", "TP", "FP", "FN", "precision", "recall", "F1");
        scoreRow(out, "overall", overall);
        byKind.forEach((name, score) -> scoreRow(out, "  " + name, score));
        out.append('\n');
        byMetric.forEach((name, score) -> scoreRow(out, "  " + name, score));
        out.append('\n');
        byCrisis.forEach((name, score) -> scoreRow(out, "  " + name, score));
        out.append('\n');
        line(out, "%-34s %9s %9s", "attribute (over matched figures)", "correct", "accuracy");
        accuracyRow(out, "qualifier (metric+value pairs)", attributes.qualifier());
        accuracyRow(out, "scope", attributes.scope());
        accuracyRow(out, "modality", attributes.modality());
        accuracyRow(out, "source", attributes.source());
        accuracyRow(out, "admin1", attributes.admin1());
        accuracyRow(out, "country (gold location's)", attributes.country());
        accuracyRow(out, "unit", attributes.unit());
        accuracyRow(out, "baseline (stated on either side)", attributes.baseline());
        accuracyRow(out, "event date (stated on either side)", attributes.eventDate());
        out.append('\n');
        line(out, "Hard negatives triggered: %d of %d (%d spurious predictions on them)",
                hardNegativesTriggered, hardNegatives, negativeViolations);
        line(out, "Restatements predicted (neither hit nor spurious): %d", restatements);
        if (!unresolvedAdmin1.isEmpty()) {
            line(out, "Gold admin1 names the gazetteer does not resolve: %s", String.join(", ", unresolvedAdmin1));
        }
        examples(out, "Worst false negatives (missed)", falseNegatives);
        examples(out, "Worst false positives (spurious)", falsePositives);
        examples(out, "Hard-negative violations", negativeViolationExamples);
        if (!attributeErrors.isEmpty()) {
            out.append('\n');
            line(out, "Attribute errors on matched figures:");
            for (AttributeError e : attributeErrors) {
                line(out, "  %-32s %-9s expected %-28s got %-28s \"%s\"", e.postId(), e.attribute(),
                        e.expected(), e.actual(), e.text());
            }
        }
        if (!extractorFailures.isEmpty()) {
            out.append('\n');
            line(out, "Extractor failures:");
            for (ExtractorFailure f : extractorFailures) {
                line(out, "  %-32s %s", f.postId(), f.error());
            }
        }
        return out.toString();
    }

    private static void scoreRow(StringBuilder out, String name, Score s) {
        line(out, "%-26s %6d %6d %6d %10s %8s %8s", name, s.truePositives(), s.falsePositives(), s.falseNegatives(),
                format(s.precision()), format(s.recall()), format(s.f1()));
    }

    private static void accuracyRow(StringBuilder out, String name, Accuracy a) {
        line(out, "%-34s %9s %9s", name, a.correct() + "/" + a.total(), format(a.accuracy()));
    }

    private static void examples(StringBuilder out, String title, List<ErrorExample> examples) {
        if (examples.isEmpty()) {
            return;
        }
        out.append('\n');
        line(out, "%s:", title);
        for (ErrorExample e : examples) {
            line(out, "  %-32s %-17s %10s %-10s \"%s\"%s", e.postId(), e.metric(), e.value() == null ? "-" : e.value(),
                    e.qualifier(), e.text(), e.detail() == null ? "" : "  (" + e.detail() + ")");
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String format(Double ratio) {
        return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    /** Map.copyOf would lose the order the tables are printed in. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
