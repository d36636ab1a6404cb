package io.liveblog.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the entry of the gazetteer being extended that a GeoNames line stands for, so a bundled place is not added
 * twice: a division by its core name within its country, any other place by a shared name, a compatible type and a
 * short distance. Separate from the passes over the dump because merging needs only the base gazetteer's names,
 * indexed once here, and none of the load's state.
 */
final class GeoNamesMatcher {

    /** Places closer than this with a shared name are the same place. */
    static final double MERGE_DISTANCE_KM = 25;

    /** Words that name divisions rather than distinguish them. */
    private static final Set<String> DIVISION_WORDS = Set.of("governorate", "province", "oblast", "region", "state",
            "district", "muhafazat", "mohafazat", "muhafazah", "wilayat", "wilayah", "vilayet", "ili", "il", "kraj",
            "krai", "raion", "rayon", "county", "municipality", "city", "of", "the", "al", "autonomous", "republic",
            "prefecture", "department", "territory", "federal", "ostan", "division", "governate");

    private final Map<String, List<GazetteerEntry>> baseByName = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> baseDivisions = new HashMap<>();

    /** @param base the gazetteer being extended, whose divisions and names are indexed */
    GeoNamesMatcher(Gazetteer base) {
        for (GazetteerEntry e : base.entries()) {
            Place p = e.place;
            if (GeoNamesFeatures.isAdministrative(p.type()) && p.type() != FeatureType.COUNTRY) {
                baseDivisions.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(e);
            }
            for (String key : nameKeys(p.name(), p.alternateNames())) {
                baseByName.computeIfAbsent(p.countryCode() + "|" + key, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * A division of the same country sharing a core name; the same type is preferred, then the level above
     * (GeoNames' ADM1 "Gaza Strip" is the bundled territory), never a broader unit for an ADM2.
     */
    GazetteerEntry matchDivision(String countryCode, String name, List<String> alternates, FeatureType type) {
        Set<String> cores = coreKeys(name, alternates);
        List<FeatureType> acceptable = type == FeatureType.ADMIN2
                ? List.of(FeatureType.ADMIN2, FeatureType.ADMIN1)
                : List.of(type, type == FeatureType.ADMIN1 ? FeatureType.TERRITORY : FeatureType.ADMIN1);
        for (FeatureType wanted : acceptable) {
            for (GazetteerEntry e : baseDivisions.getOrDefault(countryCode, List.of())) {
                if (e.place.type() == wanted
                        && !Collections.disjoint(cores, coreKeys(e.place.name(), e.place.alternateNames()))) {
                    return e;
                }
            }
        }
        return null;
    }

    boolean duplicatesBase(GeoNamesRow row, FeatureType type) {
        for (String key : nameKeys(row.name(), List.of(row.asciiName()))) {
            for (GazetteerEntry e : baseByName.getOrDefault(row.countryCode() + "|" + key, List.of())) {
                boolean compatible = GeoNamesFeatures.isSettlement(type)
                        ? GeoNamesFeatures.isSettlement(e.place.type())
                        : e.place.type() == type;
                if (compatible && distanceKm(row.latitude(), row.longitude(), e.place.latitude(),
                        e.place.longitude()) <= MERGE_DISTANCE_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return folded whole-name keys, with and without a leading article */
    private static Set<String> nameKeys(String name, List<String> alternates) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : namesOf(name, alternates)) {
            List<String> k = GeoNamesFilter.keysOf(n);
            if (k.isEmpty()) {
                continue;
            }
            keys.add(String.join(" ", k));
            if (k.size() > 1 && k.get(0).equals("al")) {
                keys.add(String.join(" ", k.subList(1, k.size())));
            }
        }
        return keys;
    }

    /** @return folded names without division words: "Kharkiv Oblast" and "Kharkiv region" both give "kharkiv" */
    private static Set<String> coreKeys(String name, List<String> alternates) {
        Set<String> cores = new LinkedHashSet<>();
        for (String n : namesOf(name, alternates)) {
            List<String> kept = new ArrayList<>();
            for (String k : GeoNamesFilter.keysOf(n)) {
                if (!DIVISION_WORDS.contains(k)) {
                    kept.add(k);
                }
            }
            if (!kept.isEmpty()) {
                cores.add(String.join(" ", kept));
            }
        }
        return cores;
    }

    /** @return the name, then its alternates */
    private static List<String> namesOf(String name, List<String> alternates) {
        List<String> all = new ArrayList<>(alternates.size() + 1);
        all.add(name);
        all.addAll(alternates);
        return all;
    }

    /** Great-circle distance, haversine formula, mean Earth radius. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
