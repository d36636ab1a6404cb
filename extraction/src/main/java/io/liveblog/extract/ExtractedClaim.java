package io.liveblog.extract;

import io.liveblog.geo.Place;
import java.util.List;

/**
 * One figure read from a post.
 *
 * @param metric what is counted
 * @param quantity the figure with its bounds and qualifier
 * @param unit unit when not a count (litres, tonnes, USD), else null
 * @param locationPath places from the country down to the most specific place the figure applies to;
 *     empty when no place is known
 * @param source normalised authority ("Gaza health ministry"), or null when unattributed
 * @param scope cumulative, incremental or background
 * @param modality reported, planned or projected
 * @param field "body" or "headline": which text the span offsets refer to
 * @param text the words that state the figure, exactly as in the field
 * @param sentence the whole sentence containing it
 * @param spanStart offset of text within the field
 * @param spanEnd offset just past text within the field
 * @param dates the baseline of a running total and the stated day of an incident ({@link FigureDates})
 */
public record ExtractedClaim(
        Metric metric,
        Quantity quantity,
        String unit,
        List<Place> locationPath,
        String source,
        Scope scope,
        Modality modality,
        String field,
        String text,
        String sentence,
        int spanStart,
        int spanEnd,
        FigureDates dates) {

    public ExtractedClaim {
        locationPath = List.copyOf(locationPath);
        dates = dates == null ? FigureDates.NONE : dates;
    }

    /** A figure whose words state no dates. */
    public ExtractedClaim(Metric metric, Quantity quantity, String unit, List<Place> locationPath, String source,
                          Scope scope, Modality modality, String field, String text, String sentence, int spanStart,
                          int spanEnd) {
        this(metric, quantity, unit, locationPath, source, scope, modality, field, text, sentence, spanStart, spanEnd,
                FigureDates.NONE);
    }

    /** @return the most specific place, or null when unknown */
    public Place place() {
        return locationPath.isEmpty() ? null : locationPath.get(locationPath.size() - 1);
    }
}
