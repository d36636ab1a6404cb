package io.liveblog.cli.facts;

import io.liveblog.eval.GoldPost;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.aggregate.AggregateCalculator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The aggregate error of fact identity on a cross-outlet corpus ({@code gold-facts/README.md}): every blog of the
 * corpus in one run, and at every place and metric the claims reach (each place and all that contain it), the total
 * the pipeline gives against the total the analyst's grouping gives.
 *
 * <p>Both totals come from the same claims — those whose figure the extractor read right ({@link FactIdentityScore})
 * — and the same aggregation ({@link AggregateCalculator}: running totals never summed, authorities combined
 * conservatively, parents at least the sum of their parts); only the grouping into facts differs: the pipeline's
 * fact identity for one, the gold fact ids for the other. So a wrong total here is a double count or a merge, not a
 * misread figure. The whole claim set is evaluated at once, which is what the streams app's aggregates end with
 * (its outputs equal the whole-set computation, {@code LocationAggregateProcessorTest}).
 */
public final class FactAggregateScore {

    /**
     * The result.
     *
     * @param compared place and metric totals compared
     * @param exact how many the pipeline gives exactly (best value equal)
     * @param examples a few wrong totals, as "place metric: pipeline X, gold Y"
     */
    public record Report(int compared, int exact, List<String> examples) {

        /** @return the share of totals exactly right, 1 when none was compared */
        public double exactShare() {
            return compared == 0 ? 1.0 : (double) exact / compared;
        }

        /** @return a plain-text report */
        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Place/metric totals (all blogs in one run): %d of %d exactly right"
                    + " (%.3f)%n", exact, compared, exactShare()));
            if (!examples.isEmpty()) {
                out.append(System.lineSeparator()).append("Wrong totals:").append(System.lineSeparator());
                examples.forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
            }
            return out.toString();
        }
    }

    private FactAggregateScore() {
    }

    /**
     * @param posts the corpus's posts (their figures carry fact ids)
     * @param extractor the extractor
     * @param maxExamples how many wrong totals to list
     * @return the scores
     */
    public static Report score(List<GoldPost> posts, Function<PostText, List<ExtractedClaim>> extractor,
                               int maxExamples) {
        return score(FactIdentityScore.judge(posts, extractor), maxExamples);
    }

    /**
     * @param judged the corpus's judged claims ({@link FactIdentityScore#judge}), read once for both scores
     * @param maxExamples how many wrong totals to list
     * @return the scores
     */
    public static Report score(FactIdentityScore.Judged judged, int maxExamples) {
        // every (place, metric) a claim reaches: its own place and every place that contains it
        Map<String, List<Claim>> byKey = new TreeMap<>();
        for (Claim c : judged.claims()) {
            for (String placeId : c.getLocationIds()) {
                byKey.computeIfAbsent(placeId + '|' + c.getMetric(), k -> new ArrayList<>()).add(c);
            }
        }
        int compared = 0;
        int exact = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> key : byKey.entrySet()) {
            String placeId = key.getKey().substring(0, key.getKey().indexOf('|'));
            String metric = key.getKey().substring(key.getKey().indexOf('|') + 1);
            Long pipeline = value(AggregateCalculator.compute(placeId, metric, AggregateCalculator.TOTAL,
                    key.getValue()).orElse(null));
            Long gold = value(AggregateCalculator.computeFromGroups(placeId, metric, AggregateCalculator.TOTAL,
                    goldGroups(key.getValue(), judged.factOf())).orElse(null));
            if (pipeline == null && gold == null) {
                continue; // nothing there counts (background or planned figures only)
            }
            compared++;
            if (Objects.equals(pipeline, gold)) {
                exact++;
            } else if (examples.size() < maxExamples) {
                examples.add(placeName(key.getValue().get(0), placeId) + " " + metric + ": pipeline " + pipeline
                        + ", gold " + gold + " (" + factsOf(key.getValue(), judged.factOf()) + ")");
            }
        }
        return new Report(compared, exact, List.copyOf(examples));
    }

    private static Collection<List<Claim>> goldGroups(List<Claim> claims, Map<String, String> factOf) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(factOf.get(c.getClaimId()), f -> new ArrayList<>()).add(c);
        }
        return groups.values();
    }

    private static String factsOf(List<Claim> claims, Map<String, String> factOf) {
        return String.join(", ", new java.util.TreeSet<>(claims.stream().map(c -> factOf.get(c.getClaimId()))
                .toList()));
    }

    private static Long value(LocationAggregate a) {
        return a == null ? null : a.getValue();
    }

    private static String placeName(Claim c, String placeId) {
        return c.getLocationPath().get(c.getLocationIds().indexOf(placeId));
    }
}
