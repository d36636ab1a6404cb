package io.liveblog.cli.export;

import java.util.Map;

/**
 * HXL hashtags of the metrics (Humanitarian Exchange Language, hxlstandard.org). People affected use
 * {@code #affected} with the standard attributes ({@code +killed}, {@code +injured}, {@code +missing},
 * {@code +displaced}); people assisted are {@code #reached}; money is {@code #value+funding}; delivered goods and
 * flights are {@code #output+num} with the metric as attribute.
 */
final class Hxl {

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("killed", "#affected+killed"),
            Map.entry("injured", "#affected+injured"),
            Map.entry("missing", "#affected+missing"),
            Map.entry("hostages", "#affected+hostages"),
            Map.entry("displaced", "#affected+displaced"),
            Map.entry("arrested", "#affected+arrested"),
            Map.entry("people_assisted", "#reached+assisted"),
            Map.entry("funding", "#value+funding"));

    private Hxl() {
    }

    /** @return the hashtag and attributes of a metric's column */
    static String tagOf(String metric) {
        return TAGS.getOrDefault(metric, "#output+num+" + metric.replaceAll("[^a-z0-9_]", "_"));
    }
}
