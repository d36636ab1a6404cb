package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the gazetteer's own tab-separated files. Format errors name the file and line and stop the load: these
 * files are curated data shipped with the code, so a broken line is a bug to fix, not input to tolerate.
 *
 * <p>{@code gazetteer.tsv}: {@code id, name, type, countryCode, parentId, latitude, longitude, alternateNames
 * ('|'-separated), code, priority, flags (','-separated)}; the last three may be omitted.
 *
 * <p>{@code phrases.tsv}: {@code phrase, placeId, use (location | actor | demonym)}; a phrase may contain
 * alternation groups, {@code {northern|north} Gaza}, with an empty alternative allowed ({@code Gaza{| Strip}}).
 */
final class GazetteerFiles {

    /** A place line: the public record and its curation details. */
    record PlaceLine(Place place, PlaceDetails details) {
    }

    /** A phrase line after alternation groups are expanded. */
    record PhraseLine(String phrase, String placeId, NameKind kind) {
    }

    private static final int MIN_PLACE_COLUMNS = 8;
    private static final int MAX_PLACE_COLUMNS = 11;

    private GazetteerFiles() {
    }

    static List<PlaceLine> readPlaces(BufferedReader reader, String source) throws IOException {
        List<PlaceLine> lines = new ArrayList<>();
        for (DataLines.Line line : DataLines.readAll(reader)) {
            try {
                lines.add(parsePlace(line.text()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(source + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        return lines;
    }

    private static PlaceLine parsePlace(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < MIN_PLACE_COLUMNS || c.length > MAX_PLACE_COLUMNS) {
            throw new IllegalArgumentException("expected " + MIN_PLACE_COLUMNS + " to " + MAX_PLACE_COLUMNS
                    + " tab-separated columns, found " + c.length);
        }
        String id = required(c[0], "id");
        String name = required(c[1], "name");
        FeatureType type = FeatureType.valueOf(required(c[2], "type").toUpperCase(Locale.ROOT));
        String countryCode = required(c[3], "countryCode");
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode '" + countryCode + "' is not ISO 3166-1 alpha-2");
        }
        String parentId = c[4].isBlank() ? null : c[4].trim();
        double latitude = coordinate(c[5], 90, "latitude");
        double longitude = coordinate(c[6], 180, "longitude");
        List<String> alternates = splitList(c[7], "\\|");
        String code = c.length > 8 ? c[8].trim() : "";
        int priority = c.length > 9 && !c[9].isBlank() ? Integer.parseInt(c[9].trim()) : 0;
        Set<String> flags = new LinkedHashSet<>(c.length > 10 ? splitList(c[10], ",") : List.of());
        for (String flag : flags) {
            if (!PlaceDetails.KNOWN_FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown flag '" + flag + "' (known: " + PlaceDetails.KNOWN_FLAGS + ")");
            }
        }
        Place place = new Place(id, name, type, countryCode, parentId, latitude, longitude, alternates);
        return new PlaceLine(place, new PlaceDetails(priority, code, flags, 0));
    }

    static List<PhraseLine> readPhrases(BufferedReader reader, String source) throws IOException {
        List<PhraseLine> lines = new ArrayList<>();
        for (DataLines.Line line : DataLines.readAll(reader)) {
            long number = line.number();
            String[] c = line.columns();
            if (c.length != 3) {
                throw new IllegalStateException(source + ":" + number + ": expected phrase, placeId, use; found "
                        + c.length + " columns");
            }
            try {
                NameKind kind = NameKind.ofUse(c[2].trim());
                for (String phrase : expand(c[0].trim())) {
                    lines.add(new PhraseLine(phrase, c[1].trim(), kind));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return lines;
    }

    /** Expands {@code {a|b}} groups into every combination; whitespace runs collapse to one space. */
    static List<String> expand(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            if (pattern.indexOf('}') >= 0 || pattern.indexOf('|') >= 0) {
                throw new IllegalArgumentException("unbalanced alternation in '" + pattern + "'");
            }
            String collapsed = pattern.trim().replaceAll("\\s+", " ");
            return collapsed.isEmpty() ? List.of() : List.of(collapsed);
        }
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced alternation in '" + pattern + "'");
        }
        String head = pattern.substring(0, open);
        String tail = pattern.substring(close + 1);
        List<String> out = new ArrayList<>();
        for (String option : pattern.substring(open + 1, close).split("\\|", -1)) {
            out.addAll(expand(head + option + tail));
        }
        return out;
    }

    private static String required(String value, String column) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value.trim();
    }

    private static double coordinate(String value, double limit, String column) {
        double d;
        try {
            d = Double.parseDouble(required(value, column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a number", e);
        }
        if (!(d >= -limit && d <= limit)) {
            throw new IllegalArgumentException(column + " " + d + " is out of range");
        }
        return d;
    }

    private static List<String> splitList(String value, String separatorRegex) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separatorRegex)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
