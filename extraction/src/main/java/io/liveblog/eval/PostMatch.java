package io.liveblog.eval;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How the predictions for one post line up with its gold figures.
 *
 * <p>Two matchings are made. The scoring one pairs a prediction with an unmatched gold figure of equal metric,
 * value and qualifier; the value one pairs on metric and value only, so qualifier accuracy can be measured over
 * figures whose number was read right. Both first pair predictions whose span overlaps the gold figure's text (or
 * a restatement of it) and only then the rest, so that a figure stated twice in a post is credited to the right
 * words.
 */
final class PostMatch {

    /** No partner. */
    static final int NONE = -1;

    private final GoldPost post;
    private final List<ExtractedClaim> predictions;
    private final List<List<Span>> goldText = new ArrayList<>();
    private final List<List<Span>> goldRestatements = new ArrayList<>();
    private final List<Span> predictionSpans = new ArrayList<>();
    private final int[] predictionToGold;
    private final int[] goldToPrediction;
    private final int[] predictionToGoldByValue;
    private final boolean[] restatement;

    PostMatch(GoldPost post, List<ExtractedClaim> predictions) {
        this.post = post;
        this.predictions = List.copyOf(predictions);
        for (GoldFigure figure : post.figures()) {
            goldText.add(Span.occurrences(post, figure.text()));
            goldRestatements.add(Span.occurrences(post, figure.restatements()));
        }
        for (ExtractedClaim claim : this.predictions) {
            predictionSpans.add(spanOf(claim));
        }
        List<GoldFigure> gold = post.figures();
        predictionToGold = match((g, p) -> gold.get(g).metric() == predictions.get(p).metric()
                && Objects.equals(gold.get(g).value(), valueOf(predictions.get(p)))
                && gold.get(g).qualifier() == qualifierOf(predictions.get(p)), (g, p) -> true);
        goldToPrediction = invert(predictionToGold, gold.size());
        predictionToGoldByValue = match((g, p) -> gold.get(g).metric() == predictions.get(p).metric()
                        && Objects.equals(gold.get(g).value(), valueOf(predictions.get(p))),
                (g, p) -> gold.get(g).qualifier() == qualifierOf(predictions.get(p)));
        restatement = new boolean[predictions.size()];
        for (int p = 0; p < predictions.size(); p++) {
            restatement[p] = predictionToGold[p] == NONE && restatesGold(p);
        }
    }

    GoldPost post() {
        return post;
    }

    List<ExtractedClaim> predictions() {
        return predictions;
    }

    /** @return index of the gold figure the prediction scores against, or {@link #NONE} */
    int goldOf(int prediction) {
        return predictionToGold[prediction];
    }

    /** @return index of the prediction credited with the gold figure, or {@link #NONE} */
    int predictionOf(int gold) {
        return goldToPrediction[gold];
    }

    /** @return index of the gold figure with the same metric and value, or {@link #NONE} */
    int goldOfByValue(int prediction) {
        return predictionToGoldByValue[prediction];
    }

    /**
     * @return true when an unmatched prediction sits on a listed restatement of a gold figure of the same metric:
     *     the fact is in the gold once, so the prediction is neither a hit nor spurious
     */
    boolean isRestatement(int prediction) {
        return restatement[prediction];
    }

    /** @return where the prediction says its figure is, or null when its field or offsets are unusable */
    Span spanOf(int prediction) {
        return predictionSpans.get(prediction);
    }

    /** @return the occurrences of a gold figure's text */
    List<Span> textOf(int gold) {
        return goldText.get(gold);
    }

    /** @return the first gold figure (by index) whose text the prediction overlaps, or {@link #NONE} */
    int goldTextOverlapping(int prediction) {
        Span span = predictionSpans.get(prediction);
        if (span == null) {
            return NONE;
        }
        for (int g = 0; g < goldText.size(); g++) {
            if (Span.overlapsAny(span, goldText.get(g))) {
                return g;
            }
        }
        return NONE;
    }

    static Long valueOf(ExtractedClaim claim) {
        Quantity q = claim.quantity();
        return q == null ? null : q.value();
    }

    static Qualifier qualifierOf(ExtractedClaim claim) {
        Quantity q = claim.quantity();
        return q == null ? null : q.qualifier();
    }

    private boolean restatesGold(int p) {
        return restatedGold(p) != NONE;
    }

    /** @return the gold figure of the same metric whose listed restatement the prediction sits on, or {@link #NONE} */
    int restatedGold(int p) {
        Span span = predictionSpans.get(p);
        if (span == null) {
            return NONE;
        }
        Metric metric = predictions.get(p).metric();
        for (int g = 0; g < goldRestatements.size(); g++) {
            if (post.figures().get(g).metric() == metric && Span.overlapsAny(span, goldRestatements.get(g))) {
                return g;
            }
        }
        return NONE;
    }

    private boolean overlapsText(int g, int p) {
        Span span = predictionSpans.get(p);
        return span != null && Span.overlapsAny(span, goldText.get(g));
    }

    private boolean overlaps(int g, int p) {
        Span span = predictionSpans.get(p);
        return span != null && (Span.overlapsAny(span, goldText.get(g)) || Span.overlapsAny(span, goldRestatements.get(g)));
    }

    /**
     * Greedy, in prediction order: pairs on the gold figure's own words first, then on a restatement of it (a headline
     * that restates the body's figure must not take it from the body's own words, which come later in prediction
     * order), then the rest; within each, preferred partners first.
     */
    private int[] match(PairTest eligible, PairTest preferred) {
        int goldCount = post.figures().size();
        int[] toGold = new int[predictions.size()];
        Arrays.fill(toGold, NONE);
        boolean[] taken = new boolean[goldCount];
        PairTest[] rounds = {this::overlapsText, this::overlaps, (g, p) -> true};
        for (PairTest round : rounds) {
            for (int p = 0; p < predictions.size(); p++) {
                if (toGold[p] != NONE) {
                    continue;
                }
                int chosen = NONE;
                for (int g = 0; g < goldCount; g++) {
                    if (taken[g] || !eligible.test(g, p) || !round.test(g, p)) {
                        continue;
                    }
                    if (chosen == NONE || (preferred.test(g, p) && !preferred.test(chosen, p))) {
                        chosen = g;
                    }
                }
                if (chosen != NONE) {
                    toGold[p] = chosen;
                    taken[chosen] = true;
                }
            }
        }
        return toGold;
    }

    private static int[] invert(int[] toGold, int goldCount) {
        int[] toPrediction = new int[goldCount];
        Arrays.fill(toPrediction, NONE);
        for (int p = 0; p < toGold.length; p++) {
            if (toGold[p] != NONE) {
                toPrediction[toGold[p]] = p;
            }
        }
        return toPrediction;
    }

    private Span spanOf(ExtractedClaim claim) {
        String field = claim.field();
        String text = field == null ? null : post.field(field);
        if (text == null || claim.spanStart() < 0 || claim.spanEnd() > text.length()
                || claim.spanStart() >= claim.spanEnd()) {
            return null;
        }
        return new Span(field, claim.spanStart(), claim.spanEnd());
    }

    @FunctionalInterface
    private interface PairTest {
        boolean test(int gold, int prediction);
    }
}
