package io.liveblog.geo;

import java.util.Objects;
import java.util.Set;

/**
 * Curation data kept beside a {@link Place}: what the matcher needs to choose between places sharing a name and
 * to tell an actor from a location, and the code dashboards join on.
 *
 * @param priority higher wins when several places share a name and the text gives no context (0 = default;
 *     bundled entries use 1..10, GeoNames imports -1 so curated entries win ties)
 * @param code external code, e.g. an ISO 3166-2 subdivision code ({@code PS-NGZ}); null when none
 * @param flags curation flags: {@value #ACTOR} (the name may stand for a government, as capitals do: "Moscow
 *     said"), {@value #KEEP_ARTICLE} (do not also match the name without its Arabic article)
 * @param population population when known (GeoNames), else 0; breaks ties after priority
 */
record PlaceDetails(int priority, String code, Set<String> flags, long population) {

    static final String ACTOR = "actor";
    static final String KEEP_ARTICLE = "keep-article";
    static final Set<String> KNOWN_FLAGS = Set.of(ACTOR, KEEP_ARTICLE);

    /** Details of a place nobody curated. */
    static final PlaceDetails NONE = new PlaceDetails(0, null, Set.of(), 0);

    PlaceDetails {
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        code = code == null || code.isBlank() ? null : code;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
