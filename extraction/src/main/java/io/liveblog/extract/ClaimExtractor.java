package io.liveblog.extract;

import io.liveblog.geo.Gazetteer;
import java.util.List;
import java.util.Objects;

/**
 * Reads the figures a live-blog post reports. Deterministic, thread-safe, no I/O.
 *
 * <p>API contract (the streams app relies on it): construct with a {@link Gazetteer}; {@link #extract(PostText)}
 * returns claims in text order (headline first, then body).
 */
public final class ClaimExtractor {

    /** Bumped whenever extraction output may change for the same input. */
    public static final String VERSION = "extractor/0";

    private final Gazetteer gazetteer;

    /** @param gazetteer places to attach figures to */
    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** @return the figures reported in the post, in text order */
    public List<ExtractedClaim> extract(PostText post) {
        throw new UnsupportedOperationException("not built yet");
    }
}
