package io.liveblog.eval;

import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One figure an analyst coded in a gold post (see {@code gold/README.md} for the annotation rules).
 *
 * @param metric what is counted
 * @param value best estimate, or null when the text gives none
 * @param low lowest value consistent with the text, or null
 * @param high highest value consistent with the text, or null when unbounded
 * @param qualifier how the text qualifies the figure
 * @param scope running total, new incident or background
 * @param modality reported, planned or projected
 * @param source normalised authority, or null when unattributed
 * @param location most specific place the figure applies to, or null
 * @param admin1 first-level administrative area of that place, or null
 * @param unit unit when the figure is not a count (litres, tonnes, USD), else null
 * @param text the exact words of the headline or body that state the figure
 * @param restatements other places in the same post that state the same fact again (a headline repeating the
 *     body); a prediction there is neither rewarded twice nor counted as spurious
 * @param baseline what a running total counts from: {@code YYYY-MM-DD} or {@code phase:<words>}; null when the post
 *     does not say (unstated) or the figure is not a running total
 * @param eventDate the day the event happened when the words state one other than the post's local date, else null
 * @param fact in a cross-outlet corpus, the id of the real-world fact the figure tells; else null
 */
public record GoldFigure(Metric metric, Long value, Long low, Long high, Qualifier qualifier, Scope scope,
                         Modality modality, String source, String location, String admin1, String unit,
                         String text, List<String> restatements, String baseline, LocalDate eventDate, String fact) {

    /** A figure of a corpus that does not link figures to facts. */
    public GoldFigure(Metric metric, Long value, Long low, Long high, Qualifier qualifier, Scope scope,
                      Modality modality, String source, String location, String admin1, String unit, String text,
                      List<String> restatements, String baseline, LocalDate eventDate) {
        this(metric, value, low, high, qualifier, scope, modality, source, location, admin1, unit, text,
                restatements, baseline, eventDate, null);
    }

    /** A figure whose words state neither a baseline nor an event day. */
    public GoldFigure(Metric metric, Long value, Long low, Long high, Qualifier qualifier, Scope scope,
                      Modality modality, String source, String location, String admin1, String unit, String text,
                      List<String> restatements) {
        this(metric, value, low, high, qualifier, scope, modality, source, location, admin1, unit, text,
                restatements, null, null, null);
    }

    public GoldFigure {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(text, "text");
        restatements = restatements == null ? List.of() : List.copyOf(restatements);
    }
}
