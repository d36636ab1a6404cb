package io.liveblog.eval;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.PostText;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Quantity;
import io.liveblog.extract.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * An "extractor" that answers a gold corpus with its own annotations, optionally adding a spurious claim on every
 * hard negative: used by the corpus tests to check the scorer against a corpus (perfect score, every negative caught).
 */
final class GoldOracle {

    private GoldOracle() {
    }

    /** @return the gold's figures of the post as claims, plus one claim per hard negative when asked */
    static List<ExtractedClaim> answer(List<GoldPost> corpus, PostText text, boolean readNegatives) {
        GoldPost post = corpus.stream().filter(p -> p.id().equals(text.postId())).findFirst().orElseThrow();
        List<ExtractedClaim> claims = new ArrayList<>();
        for (GoldFigure f : post.figures()) {
            claims.add(claimOn(post, f.text(), f.metric(), new Quantity(f.value(), f.low(), f.high(), f.qualifier()),
                    f.unit(), f.source(), f.scope(), f.modality()));
        }
        if (readNegatives) {
            for (String negative : post.negatives()) {
                claims.add(claimOn(post, negative, Metric.KILLED, new Quantity(1L, 1L, 1L, Qualifier.EXACT), null,
                        null, Scope.INCREMENTAL, Modality.REPORTED));
            }
        }
        return claims;
    }

    private static ExtractedClaim claimOn(GoldPost post, String words, Metric metric, Quantity quantity, String unit,
                                          String source, Scope scope, Modality modality) {
        Span span = Span.occurrences(post, words).get(0);
        return new ExtractedClaim(metric, quantity, unit, List.of(), source, scope, modality, span.field(), words,
                post.field(span.field()), span.start(), span.end());
    }
}
