package io.liveblog.eval;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.geo.Gazetteer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a figure extractor against the gold corpus: precision, recall and F1 on (metric, value, qualifier),
 * overall, per metric kind, per metric and per crisis; accuracy of qualifier, scope, modality, source, first-level
 * place and unit over matched figures; hard negatives triggered; and the errors worth looking at first.
 *
 * <p>Matching is per post: a prediction matches an unmatched gold figure of the same post with equal metric,
 * value and qualifier, preferring one whose text its span overlaps. The extractor is any function from a post to
 * claims, so the scorer can be tested without the real extractor. Stateless and thread-safe.
 */
public final class Evaluator {

    /** How many examples each error list keeps unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 25;

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private final int maxExamples;

    /** An evaluator that lists up to {@link #DEFAULT_EXAMPLES} examples per error list. */
    public Evaluator() {
        this(DEFAULT_EXAMPLES);
    }

    /** @param maxExamples how many examples each error list of the report keeps (0 for none) */
    public Evaluator(int maxExamples) {
        if (maxExamples < 0) {
            throw new IllegalArgumentException("maxExamples must not be negative: " + maxExamples);
        }
        this.maxExamples = maxExamples;
    }

    /**
     * Scores the real extractor.
     *
     * @param goldDir directory holding the {@code *.jsonl} gold files
     * @param extractor the extractor to score
     * @param gazetteer the gazetteer gold place names are resolved in
     * @throws GoldFormatException when a gold line is malformed (the message gives file:line)
     * @throws IOException when the gold files cannot be read
     */
    public EvaluationReport evaluate(Path goldDir, ClaimExtractor extractor, Gazetteer gazetteer) throws IOException {
        Objects.requireNonNull(extractor, "extractor");
        return evaluate(goldDir, extractor::extract, gazetteer);
    }

    /**
     * Scores any extractor function.
     *
     * @param goldDir directory holding the {@code *.jsonl} gold files
     * @param extractor post in, claims out
     * @param gazetteer the gazetteer gold place names are resolved in
     * @throws GoldFormatException when a gold line is malformed (the message gives file:line)
     * @throws IOException when the gold files cannot be read
     */
    public EvaluationReport evaluate(Path goldDir, Function<PostText, List<ExtractedClaim>> extractor,
                                     Gazetteer gazetteer) throws IOException {
        return evaluate(GoldCorpusReader.readDirectory(goldDir), extractor, gazetteer);
    }

    /**
     * Scores an extractor function on posts already read.
     *
     * <p>An exception from the extractor on one post does not stop the run: the post's gold figures count as
     * missed and the failure is listed in the report.
     *
     * @param posts gold posts
     * @param extractor post in, claims out
     * @param gazetteer the gazetteer gold place names are resolved in
     */
    public EvaluationReport evaluate(List<GoldPost> posts, Function<PostText, List<ExtractedClaim>> extractor,
                                     Gazetteer gazetteer) {
        Objects.requireNonNull(extractor, "extractor");
        ScoreTally tally = new ScoreTally(new Admin1Resolver(Objects.requireNonNull(gazetteer, "gazetteer")));
        for (GoldPost post : posts) {
            List<ExtractedClaim> predictions;
            try {
                List<ExtractedClaim> out = extractor.apply(post.toPostText());
                predictions = out == null ? List.of() : out;
            } catch (RuntimeException e) {
                LOG.warn("Extractor failed on gold post {} ({}): {}", post.id(), post.origin(), e.toString());
                LOG.debug("Extractor failure on {}", post.id(), e);
                tally.failed(post, e);
                predictions = List.of();
            }
            tally.add(new PostMatch(post, predictions));
        }
        EvaluationReport report = tally.report(maxExamples);
        LOG.info("Evaluated {} posts: {} gold figures, {} predictions, F1 {}", report.posts(), report.goldFigures(),
                report.predictions(), report.overall().f1());
        return report;
    }
}
