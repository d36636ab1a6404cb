package io.liveblog.cli;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.geo.Gazetteer;
import java.util.List;
import java.util.function.Function;

/** The production extractor: the bundled gazetteer and the analyst-style claim extractor. */
final class Extraction {

    private Extraction() {
    }

    /** @return the extractor the streams app uses, on the bundled gazetteer */
    static Function<PostText, List<ExtractedClaim>> defaultExtractor() {
        return extractor(Gazetteer.bundled());
    }

    /** @return the extractor on this gazetteer */
    static Function<PostText, List<ExtractedClaim>> extractor(Gazetteer gazetteer) {
        return new ClaimExtractor(gazetteer)::extract;
    }
}
