package io.liveblog.eval;

import io.liveblog.extract.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The annotation conventions of {@code gold/README.md} that can be checked mechanically: how bounds follow from
 * the qualifier, which metrics need a unit, that no hard negative overlaps a figure and that a restatement is not
 * the figure's own words. The reader only rejects
 * what makes a line unusable; this lint catches an annotator drifting from the agreed coding.
 */
public final class GoldConventions {

    /** Value, low and high coded for "several" (no house rule in ACLED; ours: the smallest count it denotes). */
    public static final long SEVERAL = 3;
    /** Highest count "several" stands for before a writer would say "dozens". */
    public static final long SEVERAL_HIGH = 9;
    /** ACLED's code for "dozens". */
    public static final long DOZENS = 12;
    /** ACLED's code for "hundreds". */
    public static final long HUNDREDS = 100;
    /** ACLED's code for "thousands". */
    public static final long THOUSANDS = 1_000;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private GoldConventions() {
    }

    /** @return one message per convention the post breaks, each naming the post and the figure's text */
    public static List<String> check(GoldPost post) {
        List<String> problems = new ArrayList<>();
        for (GoldFigure figure : post.figures()) {
            String where = post.origin() + " " + post.id() + " \"" + figure.text() + "\": ";
            String bounds = boundsProblem(figure);
            if (bounds != null) {
                problems.add(where + bounds);
            }
            String unit = unitProblem(figure);
            if (unit != null) {
                problems.add(where + unit);
            }
            List<Span> own = Span.occurrences(post, figure.text());
            for (String restatement : figure.restatements()) {
                for (Span span : Span.occurrences(post, restatement)) {
                    if (Span.overlapsAny(span, own)) {
                        // a prediction on the figure's own words would then pass as a harmless restatement
                        problems.add(where + "restatement \"" + restatement + "\" overlaps the figure's own text");
                        break;
                    }
                }
            }
            if (figure.admin1() != null && figure.location() == null) {
                problems.add(where + "admin1 without a location: put the most specific place in location too");
            }
        }
        for (String negative : post.negatives()) {
            List<Span> negativeSpans = Span.occurrences(post, negative);
            for (GoldFigure figure : post.figures()) {
                List<Span> figureSpans = Span.occurrences(post, figure.text());
                figureSpans.addAll(Span.occurrences(post, figure.restatements()));
                for (Span span : negativeSpans) {
                    if (Span.overlapsAny(span, figureSpans)) {
                        problems.add(post.origin() + " " + post.id() + ": negative \"" + negative
                                + "\" overlaps figure \"" + figure.text() + "\"");
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static String boundsProblem(GoldFigure f) {
        Long v = f.value();
        if (v == null) {
            return "value is null: a mention without a number is not a figure";
        }
        return switch (f.qualifier()) {
            case EXACT -> expect(f, v, v);
            case AT_LEAST, MORE_THAN -> expect(f, v, null);
            case ABOUT -> expect(f, null, null);
            case NEARLY, UP_TO -> expect(f, null, v);
            case RANGE -> Objects.equals(f.low(), v) && f.high() != null && f.high() > v
                    ? null : "range: value and low are the lower end, high the upper end";
            case SEVERAL -> v == SEVERAL ? expect(f, SEVERAL, SEVERAL_HIGH) : "several is coded " + SEVERAL;
            case DOZENS -> v == DOZENS ? expect(f, DOZENS, HUNDREDS - 1) : "dozens is coded " + DOZENS;
            case HUNDREDS -> v == HUNDREDS ? expect(f, HUNDREDS, THOUSANDS - 1) : "hundreds is coded " + HUNDREDS;
            case THOUSANDS -> v == THOUSANDS || v == 10 * THOUSANDS || v == 100 * THOUSANDS
                    ? expect(f, v, 10 * v - 1)
                    : "thousands is coded 1000, tens of thousands 10000, hundreds of thousands 100000";
        };
    }

    private static String expect(GoldFigure f, Long low, Long high) {
        if (Objects.equals(f.low(), low) && Objects.equals(f.high(), high)) {
            return null;
        }
        return f.qualifier().wireName() + " " + f.value() + " needs low " + low + " and high " + high
                + ", found low " + f.low() + " and high " + f.high();
    }

    private static String unitProblem(GoldFigure f) {
        String unit = f.unit();
        if (f.metric() == Metric.FUNDING) {
            return unit != null && CURRENCY.matcher(unit).matches()
                    ? null : "funding needs an ISO 4217 currency unit (USD, EUR, GBP)";
        }
        if (f.metric() == Metric.FUEL) {
            return "litres".equals(unit) ? null : "fuel is coded in litres";
        }
        if (unit != null && f.metric().kind() == Metric.Kind.CASUALTY) {
            return "casualty figures are counts of people and take no unit";
        }
        return null;
    }
}
