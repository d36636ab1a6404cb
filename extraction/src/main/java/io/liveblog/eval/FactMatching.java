package io.liveblog.eval;

import io.liveblog.extract.ExtractedClaim;
import java.util.List;

/**
 * Lines up the extractor's figures of a post of a cross-outlet corpus with the facts its gold figures tell
 * ({@code gold-facts/README.md}), by the scorer's own matching ({@link PostMatch}: same metric, value and qualifier,
 * overlapping words first). Only figures read right can be judged for fact identity; a figure on a listed restatement
 * (a headline restating the body) is judged with the fact of the figure it restates.
 */
public final class FactMatching {

    private FactMatching() {
    }

    /**
     * @param post a gold post whose figures carry {@link GoldFigure#fact}
     * @param predictions the extractor's figures of the post
     * @return per prediction, the id of the fact of the gold figure it matches, or null when it matches none
     */
    public static String[] factsOf(GoldPost post, List<ExtractedClaim> predictions) {
        PostMatch match = new PostMatch(post, predictions);
        String[] facts = new String[predictions.size()];
        for (int p = 0; p < predictions.size(); p++) {
            int gold = match.goldOf(p);
            if (gold == PostMatch.NONE && match.isRestatement(p)) {
                // a headline restating the body's figure cites the same fact: fact identity must join the two
                gold = match.restatedGold(p);
            }
            facts[p] = gold == PostMatch.NONE ? null : post.figures().get(gold).fact();
        }
        return facts;
    }
}
