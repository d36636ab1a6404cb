package io.liveblog.cli.facts;

import io.liveblog.eval.FactMatching;
import io.liveblog.eval.GoldPost;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.producer.identify.UpdateFactory;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.aggregate.Fact;
import io.liveblog.streams.aggregate.FactIdentity;
import io.liveblog.streams.claims.ClaimFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairwise same-fact precision and recall of the pipeline's fact identity on a cross-outlet corpus
 * ({@code gold-facts/README.md}).
 *
 * <p>Every post is read by the extractor and turned into claims as the streams app does ({@link ClaimFactory}). A
 * claim whose figure matches a gold figure (same metric, value and qualifier) is judged; the others are not, since
 * no fact can be wrong for a figure that was misread. The judged claims are grouped into facts by
 * {@link FactIdentity#group} over the whole corpus — what the aggregation does at a country's key, where every telling
 * of an event meets. A pair of judged claims is a true positive when both the pipeline and the gold put them in one
 * fact, a false positive when only the pipeline does (two events merged), a false negative when only the gold does
 * (one event counted twice).
 */
public final class FactIdentityScore {

    /**
     * The result.
     *
     * @param posts posts read
     * @param goldFigures figures coded in them
     * @param judged claims matched to a gold figure with a fact
     * @param truePositives pairs in one fact for both
     * @param falsePositives pairs merged by the pipeline only
     * @param falseNegatives pairs of one gold fact kept apart by the pipeline
     * @param mergedExamples a few false-positive pairs, as "fact a / fact b: text | text"
     * @param splitExamples a few false-negative pairs, each with the rule that kept it apart
     * @param splitReasons false-negative pairs by the rule that kept them apart ({@link FactIdentity#whyApart})
     */
    public record Report(int posts, int goldFigures, int judged, long truePositives, long falsePositives,
                         long falseNegatives, List<String> mergedExamples, List<String> splitExamples,
                         Map<String, Long> splitReasons) {

        /** @return pairwise precision, 1 when the pipeline merged nothing */
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        /** @return pairwise recall, 1 when the gold has no pair */
        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        /** @return a plain-text report */
        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Cross-outlet corpus: %d posts, %d gold figures, %d claims judged"
                    + " (matched to a gold figure)%n", posts, goldFigures, judged));
            out.append(String.format(Locale.ROOT, "Same-fact pairs: TP %d  FP %d (two facts merged)  FN %d (one fact "
                    + "split)%n", truePositives, falsePositives, falseNegatives));
            out.append(String.format(Locale.ROOT, "Pairwise precision %.3f  recall %.3f%n", precision(), recall()));
            if (!splitReasons.isEmpty()) {
                out.append("Split pairs by the rule that kept them apart:").append(System.lineSeparator());
                new java.util.TreeMap<>(splitReasons).forEach((why, n) -> out.append(String.format(Locale.ROOT,
                        "  %5d  %s%n", n, why)));
            }
            examples(out, "Merged, but two facts", mergedExamples);
            examples(out, "One fact, kept apart", splitExamples);
            return out.toString();
        }

        private static void examples(StringBuilder out, String title, List<String> lines) {
            if (!lines.isEmpty()) {
                out.append(System.lineSeparator()).append(title).append(':').append(System.lineSeparator());
                lines.forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
            }
        }
    }

    /** Why a pair the rules would merge ended apart: transitive closure stops an incident at its span limit. */
    static final String JOINED_APART = "each joined other citations; together they would span past the incident "
            + "window";

    private FactIdentityScore() {
    }

    /**
     * @param posts the corpus's posts (their figures carry fact ids)
     * @param extractor the extractor
     * @param maxExamples how many examples of each error to keep
     * @return the scores
     */
    public static Report score(List<GoldPost> posts, Function<PostText, List<ExtractedClaim>> extractor,
                               int maxExamples) {
        return score(judge(posts, extractor), maxExamples);
    }

    /**
     * @param corpus the corpus's judged claims ({@link #judge}), read once for both scores
     * @param maxExamples how many examples of each error to keep
     * @return the scores
     */
    public static Report score(Judged corpus, int maxExamples) {
        List<Claim> judged = corpus.claims();
        Map<String, String> factOf = corpus.factOf();
        int goldFigures = corpus.goldFigures();
        Map<Claim, Integer> cluster = new IdentityHashMap<>();
        int id = 0;
        for (Fact fact : FactIdentity.group(judged)) {
            for (Claim c : fact.citations()) {
                cluster.put(c, id);
            }
            id++;
        }
        Map<String, Claim> byId = new HashMap<>();
        judged.forEach(c -> byId.put(c.getClaimId(), c));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<String> merged = new ArrayList<>();
        List<String> split = new ArrayList<>();
        Map<String, Long> splitWhy = new java.util.TreeMap<>();
        for (int i = 0; i < judged.size(); i++) {
            Claim a = judged.get(i);
            for (int j = i + 1; j < judged.size(); j++) {
                Claim b = judged.get(j);
                boolean gold = factOf.get(a.getClaimId()).equals(factOf.get(b.getClaimId()));
                Integer ca = cluster.get(byId.get(a.getClaimId()));
                boolean predicted = ca != null && ca.equals(cluster.get(byId.get(b.getClaimId())));
                if (gold && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                    if (merged.size() < maxExamples) {
                        merged.add(pair(a, b, factOf));
                    }
                } else if (gold) {
                    fn++;
                    String why = FactIdentity.whyApart(a, b).orElse(JOINED_APART);
                    splitWhy.merge(why.contains(":") ? why.substring(0, why.indexOf(':')) : why, 1L, Long::sum);
                    if (split.size() < maxExamples) {
                        split.add(pair(a, b, factOf) + "  -- " + why);
                    }
                }
            }
        }
        return new Report(corpus.posts(), goldFigures, judged.size(), tp, fp, fn, List.copyOf(merged),
                List.copyOf(split), Map.copyOf(splitWhy));
    }

    /**
     * The claims of a corpus whose figures the extractor read right, each with the gold fact it tells.
     *
     * @param claims the judged claims, as the streams app makes them
     * @param factOf gold fact id by claim id
     * @param goldFigures figures coded in the posts
     * @param posts posts read
     */
    public record Judged(List<Claim> claims, Map<String, String> factOf, int goldFigures, int posts) {
    }

    /** @return the claims of the posts that match a gold figure with a fact */
    public static Judged judge(List<GoldPost> posts, Function<PostText, List<ExtractedClaim>> extractor) {
        List<Claim> judged = new ArrayList<>();
        Map<String, String> factOf = new HashMap<>();
        int goldFigures = 0;
        for (GoldPost post : posts) {
            goldFigures += post.figures().size();
            List<ExtractedClaim> predictions = extractor.apply(post.toPostText());
            String[] facts = FactMatching.factsOf(post, predictions);
            List<Claim> claims = new ClaimFactory(p -> predictions).claimsOf(update(post), 1);
            for (int i = 0; i < claims.size(); i++) {
                if (facts[i] != null) {
                    judged.add(claims.get(i));
                    factOf.put(claims.get(i).getClaimId(), facts[i]);
                }
            }
        }
        return new Judged(judged, factOf, goldFigures, posts.size());
    }

    private static String pair(Claim a, Claim b, Map<String, String> factOf) {
        return factOf.get(a.getClaimId()) + " / " + factOf.get(b.getClaimId()) + ": " + describe(a) + "  |  "
                + describe(b);
    }

    private static String describe(Claim c) {
        return c.getMetric() + " " + c.getValue() + " at " + c.getLocation() + " (" + (c.getSource() == null
                ? "unattributed" : c.getSource()) + ", " + c.getBlogId() + " " + c.getEventTime() + ") \""
                + c.getText() + "\"";
    }

    /** The post as the producer publishes a JSON Lines post, so the claims get the ids and times the pipeline gives. */
    private static LiveBlogUpdate update(GoldPost post) {
        String blog = post.blog() != null ? post.blog() : post.file();
        return UpdateFactory.toUpdate(new ParsedPost(post.id(), blog, null, post.url(), post.published(), null,
                post.headline(), post.byline(), post.body(), "jsonl", "gold/1", post.origin(), post.zone()));
    }
}
