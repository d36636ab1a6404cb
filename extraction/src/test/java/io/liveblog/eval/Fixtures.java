package io.liveblog.eval;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Quantity;
import io.liveblog.extract.Scope;
import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.time.Instant;
import java.util.List;

/** Small hand-made places, posts and claims for the scorer tests. */
final class Fixtures {

    static final Place PALESTINE = place("t:ps", "Palestinian Territories", FeatureType.COUNTRY, "PS", null);
    static final Place GAZA_STRIP = place("t:gaza", "Gaza Strip", FeatureType.TERRITORY, "PS", "t:ps");
    static final Place RAFAH = place("t:rafah", "Rafah", FeatureType.CITY, "PS", "t:gaza");
    static final Place WEST_BANK = place("t:wb", "West Bank", FeatureType.TERRITORY, "PS", "t:ps");
    static final Place JENIN = place("t:jenin", "Jenin", FeatureType.CITY, "PS", "t:wb");
    static final Place MOROCCO = place("t:ma", "Morocco", FeatureType.COUNTRY, "MA", null);
    static final Place MARRAKESH_SAFI = new Place("t:ms", "Marrakesh-Safi", FeatureType.ADMIN1, "MA", "t:ma", 31.6, -8.0,
            List.of("Marrakech-Safi"));
    static final Place AL_HAOUZ = place("t:haouz", "Al Haouz", FeatureType.ADMIN2, "MA", "t:ms");
    static final Place SOUSS_MASSA = place("t:sm", "Souss-Massa", FeatureType.ADMIN1, "MA", "t:ma");
    static final Place TAROUDANT = place("t:taroudant", "Taroudant", FeatureType.ADMIN2, "MA", "t:sm");

    static final Gazetteer GAZETTEER = Gazetteer.of(List.of(PALESTINE, GAZA_STRIP, RAFAH, WEST_BANK, JENIN, MOROCCO,
            MARRAKESH_SAFI, AL_HAOUZ, SOUSS_MASSA, TAROUDANT));

    static final Instant PUBLISHED = Instant.parse("2023-12-03T10:00:00Z");

    private Fixtures() {
    }

    static Place place(String id, String name, FeatureType type, String country, String parent) {
        return new Place(id, name, type, country, parent, 0, 0, List.of());
    }

    static GoldPost post(String file, String id, String headline, String body, List<String> negatives,
                         GoldFigure... figures) {
        return new GoldPost(id, PUBLISHED, headline, "A Reporter", body, null, List.of(figures), negatives, file, 1);
    }

    /** A reported, incremental, unattributed figure without place: change what a test needs with the withers. */
    static GoldFigure figure(Metric metric, long value, Qualifier qualifier, String text) {
        return new GoldFigure(metric, value, null, null, qualifier, Scope.INCREMENTAL, Modality.REPORTED, null, null,
                null, null, text, List.of());
    }

    static GoldFigure withPlace(GoldFigure f, String location, String admin1) {
        return new GoldFigure(f.metric(), f.value(), f.low(), f.high(), f.qualifier(), f.scope(), f.modality(),
                f.source(), location, admin1, f.unit(), f.text(), f.restatements());
    }

    static GoldFigure withSource(GoldFigure f, String source) {
        return new GoldFigure(f.metric(), f.value(), f.low(), f.high(), f.qualifier(), f.scope(), f.modality(),
                source, f.location(), f.admin1(), f.unit(), f.text(), f.restatements());
    }

    static GoldFigure withScopeAndModality(GoldFigure f, Scope scope, Modality modality) {
        return new GoldFigure(f.metric(), f.value(), f.low(), f.high(), f.qualifier(), scope, modality,
                f.source(), f.location(), f.admin1(), f.unit(), f.text(), f.restatements());
    }

    static GoldFigure withRestatements(GoldFigure f, String... restatements) {
        return new GoldFigure(f.metric(), f.value(), f.low(), f.high(), f.qualifier(), f.scope(), f.modality(),
                f.source(), f.location(), f.admin1(), f.unit(), f.text(), List.of(restatements));
    }

    /** A claim as an extractor would return it, its span located at the first occurrence of {@code words}. */
    static ExtractedClaim claim(GoldPost post, String field, String words, Metric metric, Long value,
                                Qualifier qualifier, Scope scope, Modality modality, String source, String unit,
                                Place... path) {
        String text = Span.HEADLINE.equals(field) ? post.headline() : post.body();
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the " + field + " of " + post.id());
        }
        return new ExtractedClaim(metric, new Quantity(value, value, value, qualifier), unit, List.of(path), source,
                scope, modality, field, words, text, start, start + words.length());
    }

    /** A reported, incremental claim in the body without source, unit or place. */
    static ExtractedClaim claim(GoldPost post, String words, Metric metric, long value, Qualifier qualifier) {
        return claim(post, Span.BODY, words, metric, value, qualifier, Scope.INCREMENTAL, Modality.REPORTED, null,
                null);
    }
}
