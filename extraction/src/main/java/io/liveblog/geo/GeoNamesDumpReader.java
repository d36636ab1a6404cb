package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The passes of one GeoNames load over its files: the admin1 codes file, then the dump twice, divisions first and
 * places second, so every place finds its parent. Parses the lines, counts and reports the malformed ones and hands
 * the rows to the {@link GeoNamesHierarchy}; separate so handling files and bad lines stays apart from what is done
 * with a row.
 */
final class GeoNamesDumpReader {

    private final GeoNamesLoader.Options options;
    private final GeoNamesHierarchy hierarchy;
    private final GeoNamesCounts counts;

    GeoNamesDumpReader(GeoNamesLoader.Options options, GeoNamesHierarchy hierarchy, GeoNamesCounts counts) {
        this.options = options;
        this.hierarchy = hierarchy;
        this.counts = counts;
    }

    void readAdmin1Codes(GeoNamesLoader.Source file) throws IOException {
        String fileName = file.name();
        try (BufferedReader reader = file.opener().open()) {
            for (DataLines.Line content : DataLines.readAll(reader)) {
                long number = content.number();
                String[] c = content.columns();
                if (c.length != 4 || c[0].indexOf('.') != 2 || c[1].isBlank()) {
                    counts.bad(fileName, number, "expected code CC.XX, name, ascii name, geonameid");
                    continue;
                }
                // a division without its geonameid (the bundled world layer's source lacks them) is named by code
                String id = c[3].trim();
                if (!id.isEmpty() && !id.chars().allMatch(Character::isDigit)) {
                    counts.bad(fileName, number, "geonameid '" + c[3] + "' is not a number");
                    continue;
                }
                hierarchy.addAdmin1Code(c[0].trim(), c[1].trim(), c[2].trim(), id.isEmpty() ? c[0].trim() : id);
            }
        }
    }

    /** First pass: countries, territories and divisions, so places can find their parents in the second. */
    void readDivisions(GeoNamesLoader.Source dump) throws IOException {
        List<GeoNamesRow> countries = new ArrayList<>();
        List<GeoNamesRow> territories = new ArrayList<>();
        List<GeoNamesRow> admin1 = new ArrayList<>();
        List<GeoNamesRow> admin2 = new ArrayList<>();
        String fileName = dump.name();
        try (BufferedReader reader = dump.opener().open()) {
            for (DataLines.Line content : DataLines.of(reader)) {
                String line = content.text();
                long number = content.number();
                counts.countLineRead();
                GeoNamesRow row;
                try {
                    row = GeoNamesRow.parse(line);
                } catch (IllegalArgumentException e) {
                    counts.bad(fileName, number, e.getMessage());
                    continue;
                }
                if (!row.featureClass().equals("A")) {
                    continue;
                }
                FeatureType type = GeoNamesFeatures.typeOf(row.featureClass(), row.featureCode(), row.population());
                if (type == null) {
                    counts.countUnsupported();
                } else if (row.countryCode().isEmpty()) {
                    counts.countUnresolved();
                } else if (!options.keepsCountry(row.countryCode())) {
                    counts.countFiltered();
                } else {
                    switch (type) {
                        case COUNTRY -> countries.add(row);
                        case TERRITORY -> territories.add(row);
                        case ADMIN1 -> admin1.add(row);
                        default -> admin2.add(row);
                    }
                }
            }
        }
        hierarchy.addDivisions(countries, territories, admin1, admin2);
    }

    /** Second pass: every non-division line. */
    void readPlaces(GeoNamesLoader.Source dump) throws IOException {
        try (BufferedReader reader = dump.opener().open()) {
            for (DataLines.Line content : DataLines.of(reader)) {
                String line = content.text();
                GeoNamesRow row;
                try {
                    row = GeoNamesRow.parse(line);
                } catch (IllegalArgumentException e) {
                    continue; // counted in the first pass
                }
                if (!row.featureClass().equals("A")) {
                    hierarchy.addOrdinaryPlace(row);
                }
            }
        }
    }
}
