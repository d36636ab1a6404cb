package io.liveblog.eval;

import io.liveblog.eval.EvaluationReport.Accuracy;
import io.liveblog.eval.EvaluationReport.AttributeError;
import io.liveblog.eval.EvaluationReport.ErrorExample;
import io.liveblog.eval.EvaluationReport.ExtractorFailure;
import io.liveblog.eval.EvaluationReport.Score;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.FigureDates;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import io.liveblog.geo.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Accumulates the post-by-post matches into the counts and lists of an {@link EvaluationReport}. */
final class ScoreTally {

    private static final Comparator<ErrorExample> WORST_FIRST = Comparator
            .comparing(ErrorExample::value, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ErrorExample::postId)
            .thenComparing(ErrorExample::text);

    private final Admin1Resolver places;
    private final Counts overall = new Counts();
    private final Map<Metric.Kind, Counts> byKind = new EnumMap<>(Metric.Kind.class);
    private final Map<Metric, Counts> byMetric = new EnumMap<>(Metric.class);
    private final Map<String, Counts> byCrisis = new LinkedHashMap<>();
    private final Tally qualifier = new Tally();
    private final Tally scope = new Tally();
    private final Tally modality = new Tally();
    private final Tally source = new Tally();
    private final Tally admin1 = new Tally();
    private final Tally country = new Tally();
    private final Tally unit = new Tally();
    private final Tally baseline = new Tally();
    private final Tally eventDate = new Tally();
    private final Set<String> files = new LinkedHashSet<>();
    private final Set<String> unresolvedAdmin1 = new TreeSet<>();
    private final List<ErrorExample> falseNegatives = new ArrayList<>();
    private final List<ErrorExample> falsePositives = new ArrayList<>();
    private final List<ErrorExample> violations = new ArrayList<>();
    private final List<AttributeError> attributeErrors = new ArrayList<>();
    private final List<ExtractorFailure> failures = new ArrayList<>();
    private int posts;
    private int goldFigures;
    private int predictions;
    private int restatements;
    private int hardNegatives;
    private int hardNegativesTriggered;

    ScoreTally(Admin1Resolver places) {
        this.places = places;
    }

    void failed(GoldPost post, RuntimeException e) {
        failures.add(new ExtractorFailure(post.id(), e.toString()));
    }

    void add(PostMatch match) {
        GoldPost post = match.post();
        files.add(post.file());
        posts++;
        goldFigures += post.figures().size();
        predictions += match.predictions().size();
        Counts crisis = byCrisis.computeIfAbsent(post.crisis(), k -> new Counts());
        scoreGoldFigures(match, crisis);
        judgeQualifiers(match);
        scoreUnmatchedPredictions(match, crisis);
    }

    /** Hits and misses, from the gold side; attributes of every hit. */
    private void scoreGoldFigures(PostMatch match, Counts crisis) {
        GoldPost post = match.post();
        for (int g = 0; g < post.figures().size(); g++) {
            GoldFigure figure = post.figures().get(g);
            int p = match.predictionOf(g);
            if (p == PostMatch.NONE) {
                count(figure.metric(), crisis, c -> c.fn++);
                falseNegatives.add(new ErrorExample(post.id(), post.origin(), null, figure.text(),
                        figure.metric().wireName(), figure.value(), figure.qualifier().wireName(),
                        missedDetail(match, g)));
            } else {
                count(figure.metric(), crisis, c -> c.tp++);
                judgeAttributes(post, figure, match.predictions().get(p));
            }
        }
    }

    /** Qualifier accuracy is judged on pairs that agree on metric and value, whatever their qualifiers. */
    private void judgeQualifiers(PostMatch match) {
        for (int p = 0; p < match.predictions().size(); p++) {
            int g = match.goldOfByValue(p);
            if (g != PostMatch.NONE) {
                GoldFigure figure = match.post().figures().get(g);
                Qualifier predicted = PostMatch.qualifierOf(match.predictions().get(p));
                judge(qualifier, match.post(), figure, "qualifier", figure.qualifier().wireName(), wire(predicted),
                        figure.qualifier() == predicted);
            }
        }
    }

    /** Spurious predictions (restatements aside), and which hard negatives they fell for. */
    private void scoreUnmatchedPredictions(PostMatch match, Counts crisis) {
        GoldPost post = match.post();
        List<List<Span>> negativeSpans = new ArrayList<>();
        for (String negative : post.negatives()) {
            negativeSpans.add(Span.occurrences(post, negative));
        }
        boolean[] triggered = new boolean[negativeSpans.size()];
        for (int p = 0; p < match.predictions().size(); p++) {
            if (match.goldOf(p) != PostMatch.NONE) {
                continue;
            }
            if (match.isRestatement(p)) {
                restatements++;
                continue;
            }
            ExtractedClaim claim = match.predictions().get(p);
            count(claim.metric(), crisis, c -> c.fp++);
            String negative = null;
            Span span = match.spanOf(p);
            for (int n = 0; n < negativeSpans.size() && span != null; n++) {
                if (Span.overlapsAny(span, negativeSpans.get(n))) {
                    triggered[n] = true;
                    negative = negative == null ? post.negatives().get(n) : negative;
                }
            }
            ErrorExample example = new ErrorExample(post.id(), post.origin(), claim.field(), claim.text(),
                    wire(claim.metric()), PostMatch.valueOf(claim), wire(PostMatch.qualifierOf(claim)),
                    negative != null ? "hard negative \"" + negative + "\"" : spuriousDetail(match, p));
            falsePositives.add(example);
            if (negative != null) {
                violations.add(example);
            }
        }
        hardNegatives += triggered.length;
        for (boolean t : triggered) {
            hardNegativesTriggered += t ? 1 : 0;
        }
    }

    EvaluationReport report(int maxExamples) {
        Map<String, Score> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, c) -> kinds.put(kind.wireName(), c.score()));
        Map<String, Score> metrics = new LinkedHashMap<>();
        byMetric.forEach((metric, c) -> metrics.put(metric.wireName(), c.score()));
        Map<String, Score> crises = new LinkedHashMap<>();
        byCrisis.forEach((name, c) -> crises.put(name, c.score()));
        EvaluationReport.Attributes attributes = new EvaluationReport.Attributes(qualifier.accuracy(),
                scope.accuracy(), modality.accuracy(), source.accuracy(), admin1.accuracy(), country.accuracy(),
                unit.accuracy(),
                baseline.accuracy(), eventDate.accuracy());
        return new EvaluationReport(List.copyOf(files), posts, goldFigures, predictions, overall.score(), kinds,
                metrics, crises, attributes, restatements, hardNegatives, hardNegativesTriggered, violations.size(),
                worst(falseNegatives, maxExamples), worst(falsePositives, maxExamples), worst(violations, maxExamples),
                attributeErrors.subList(0, Math.min(maxExamples, attributeErrors.size())), failures,
                List.copyOf(unresolvedAdmin1));
    }

    private void judgeAttributes(GoldPost post, GoldFigure figure, ExtractedClaim claim) {
        judge(scope, post, figure, "scope", figure.scope().wireName(), wire(claim.scope()),
                figure.scope() == claim.scope());
        judge(modality, post, figure, "modality", figure.modality().wireName(), wire(claim.modality()),
                figure.modality() == claim.modality());
        if (figure.source() != null) {
            judge(source, post, figure, "source", figure.source(), claim.source(),
                    Objects.equals(SourceNames.key(figure.source()), SourceNames.key(claim.source())));
        }
        if (figure.admin1() != null) {
            Set<String> ids = places.admin1Ids(figure.admin1());
            if (ids.isEmpty()) {
                unresolvedAdmin1.add(figure.admin1());
            } else {
                Place predicted = places.admin1Of(claim.locationPath());
                judge(admin1, post, figure, "admin1", figure.admin1(), predicted == null ? null : predicted.name(),
                        predicted != null && ids.contains(predicted.id()));
            }
        }
        if (figure.location() != null) {
            // the country, where the gold's place is known: what a map or a per-country dashboard gets right even
            // when the gold names no first-level area (posts about countries the curated places do not cover)
            Set<String> codes = places.countriesNamed(figure.location());
            if (!codes.isEmpty()) {
                List<Place> path = claim.locationPath();
                String predicted = path.isEmpty() ? null : path.get(0).countryCode();
                judge(country, post, figure, "country", String.join("|", codes), predicted,
                        predicted != null && codes.contains(predicted));
            }
        }
        if (figure.scope() == Scope.CUMULATIVE && claim.scope() == Scope.CUMULATIVE) {
            // judged where either side states a start: two unstated baselines agreeing would inflate the accuracy
            String expected = figure.baseline() == null ? FigureDates.UNSTATED : figure.baseline();
            String actual = claim.dates().baseline() == null ? FigureDates.UNSTATED : claim.dates().baseline();
            if (!FigureDates.UNSTATED.equals(expected) || !FigureDates.UNSTATED.equals(actual)) {
                judge(baseline, post, figure, "baseline", expected, actual, expected.equals(actual));
            }
        }
        if (figure.scope() != Scope.CUMULATIVE && claim.scope() != Scope.CUMULATIVE
                && (figure.eventDate() != null || claim.dates().eventDay() != null)) {
            LocalDate local = post.published().atOffset(post.zone()).toLocalDate();
            LocalDate expected = figure.eventDate() == null ? local : figure.eventDate();
            LocalDate actual = claim.dates().eventDay() == null ? local : claim.dates().eventDay();
            judge(eventDate, post, figure, "eventDate", expected.toString(), actual.toString(),
                    expected.equals(actual));
        }
        if (figure.unit() != null || claim.unit() != null) {
            judge(unit, post, figure, "unit", figure.unit(), claim.unit(),
                    figure.unit() != null && figure.unit().equalsIgnoreCase(claim.unit()));
        }
    }

    private void judge(Tally tally, GoldPost post, GoldFigure figure, String attribute, String expected,
                       String actual, boolean correct) {
        tally.total++;
        if (correct) {
            tally.correct++;
        } else {
            attributeErrors.add(new AttributeError(post.id(), figure.text(), attribute, expected, actual));
        }
    }

    private void count(Metric metric, Counts crisis, Consumer<Counts> increment) {
        increment.accept(overall);
        increment.accept(crisis);
        if (metric != null) {
            increment.accept(byMetric.computeIfAbsent(metric, m -> new Counts()));
            increment.accept(byKind.computeIfAbsent(metric.kind(), k -> new Counts()));
        }
    }

    /** Names what the extractor made of a missed figure's words, if anything. */
    private static String missedDetail(PostMatch match, int gold) {
        List<Span> text = match.textOf(gold);
        for (int p = 0; p < match.predictions().size(); p++) {
            Span span = match.spanOf(p);
            if (span != null && Span.overlapsAny(span, text)) {
                return "read as " + describe(match.predictions().get(p));
            }
        }
        return "not extracted";
    }

    /** Names the gold figure a spurious prediction collides with, if any. */
    private static String spuriousDetail(PostMatch match, int p) {
        ExtractedClaim claim = match.predictions().get(p);
        int g = match.goldTextOverlapping(p);
        if (g != PostMatch.NONE) {
            GoldFigure figure = match.post().figures().get(g);
            String already = match.predictionOf(g) == PostMatch.NONE ? "" : ", already matched by another prediction";
            return "gold here is " + figure.metric().wireName() + " " + figure.value() + " "
                    + figure.qualifier().wireName() + already;
        }
        for (int other = 0; other < match.post().figures().size(); other++) {
            GoldFigure figure = match.post().figures().get(other);
            if (match.predictionOf(other) != PostMatch.NONE && figure.metric() == claim.metric()
                    && Objects.equals(figure.value(), PostMatch.valueOf(claim))) {
                return "repeats matched gold \"" + figure.text() + "\"";
            }
        }
        return "no gold figure here";
    }

    private static String describe(ExtractedClaim claim) {
        return wire(claim.metric()) + " " + PostMatch.valueOf(claim) + " " + wire(PostMatch.qualifierOf(claim));
    }

    /** Null-safe wire name: every vocabulary enum's wire name is its constant name in lower case. */
    private static String wire(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private static List<ErrorExample> worst(List<ErrorExample> all, int max) {
        return all.stream().sorted(WORST_FIRST).limit(max).toList();
    }

    /** Mutable hit/miss counters. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;

        Score score() {
            return new Score(tp, fp, fn);
        }
    }

    /** Mutable accuracy counters. */
    private static final class Tally {
        int correct;
        int total;

        Accuracy accuracy() {
            return new Accuracy(correct, total);
        }
    }
}
