package io.liveblog.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a GeoNames dump ({@code allCountries.txt}, {@code XX.txt}, {@code citiesNNN.txt}): 19 tab-separated
 * columns, geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature class,
 * feature code, country code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem,
 * timezone, modification date. Only the columns the gazetteer uses are kept.
 */
record GeoNamesRow(long geonameId, String name, String asciiName, List<String> alternateNames, double latitude,
                   double longitude, String featureClass, String featureCode, String countryCode, String admin1,
                   String admin2, long population) {

    static final int COLUMNS = 19;

    /** @throws IllegalArgumentException with a reason fit for a report when the line is malformed */
    static GeoNamesRow parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + c.length);
        }
        long id;
        try {
            id = Long.parseLong(c[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("geonameid '" + c[0] + "' is not a number", e);
        }
        if (id <= 0) {
            throw new IllegalArgumentException("geonameid " + id + " is not positive");
        }
        String name = c[1].trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
        double latitude = coordinate(c[4], 90, "latitude");
        double longitude = coordinate(c[5], 180, "longitude");
        String featureClass = c[6].trim();
        String featureCode = c[7].trim();
        if (featureClass.length() != 1) {
            throw new IllegalArgumentException("feature class '" + featureClass + "' is not one letter");
        }
        String countryCode = c[8].trim();
        if (!countryCode.isEmpty() && !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code '" + countryCode + "' is not ISO 3166-1 alpha-2");
        }
        long population = 0;
        if (!c[14].isBlank()) {
            try {
                population = Long.parseLong(c[14].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("population '" + c[14] + "' is not a number", e);
            }
        }
        return new GeoNamesRow(id, name, c[2].trim(), splitAlternates(c[3]), latitude, longitude, featureClass,
                featureCode, countryCode, c[10].trim(), c[11].trim(), Math.max(0, population));
    }

    private static double coordinate(String value, double limit, String column) {
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a number", e);
        }
        if (!(d >= -limit && d <= limit)) {
            throw new IllegalArgumentException(column + " " + d + " is out of range");
        }
        return d;
    }

    private static List<String> splitAlternates(String column) {
        if (column.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : column.split(",")) {
            String t = s.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** @return "CC.A1", the key GeoNames' admin1 codes file uses */
    String admin1Key() {
        return countryCode + "." + admin1;
    }

    /** @return "CC.A1.A2" */
    String admin2Key() {
        return countryCode + "." + admin1 + "." + admin2;
    }
}
