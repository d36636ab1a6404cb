package io.liveblog.geo;

import java.util.Map;
import java.util.Set;

/**
 * Maps GeoNames feature classes and codes (https://www.geonames.org/export/codes.html) to {@link FeatureType}.
 * Only features a conflict or disaster report locates figures at are kept: countries and territories, the first
 * two admin levels, populated places, refugee camps, hospitals, border posts and a few installations that are
 * targets in their own right (airports and air bases, power and nuclear plants, dams, prisons, ports, military
 * bases). Historical, abandoned and destroyed places, terrain and water features are not mapped.
 */
final class GeoNamesFeatures {

    /** Populated places at least this large are cities, whatever their code. */
    static final long CITY_POPULATION = 100_000;
    /** Populated places at least this large are towns. */
    static final long TOWN_POPULATION = 10_000;

    private static final Set<String> COUNTRY_CODES = Set.of("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX");
    private static final Set<String> TERRITORY_CODES = Set.of("TERR", "PCLX");
    private static final Set<String> CAPITAL_CODES = Set.of("PPLC", "PPLA", "PPLG");
    private static final Set<String> POPULATED_CODES = Set.of("PPL", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLS",
            "PPLL", "PPLF", "PPLR");
    private static final Map<String, FeatureType> SPOT_CODES = Map.ofEntries(
            Map.entry("S.CMPRF", FeatureType.CAMP),
            Map.entry("S.HSP", FeatureType.HOSPITAL),
            Map.entry("S.HSPC", FeatureType.HOSPITAL),
            Map.entry("S.HSPD", FeatureType.HOSPITAL),
            Map.entry("S.HSPL", FeatureType.HOSPITAL),
            Map.entry("S.PSTB", FeatureType.CROSSING),
            Map.entry("S.AIRP", FeatureType.LANDMARK),
            Map.entry("S.AIRB", FeatureType.LANDMARK),
            Map.entry("S.AIRF", FeatureType.LANDMARK),
            Map.entry("S.PS", FeatureType.LANDMARK),
            Map.entry("S.PSN", FeatureType.LANDMARK),
            Map.entry("S.DAM", FeatureType.LANDMARK),
            Map.entry("S.PRN", FeatureType.LANDMARK),
            Map.entry("L.PRT", FeatureType.LANDMARK),
            Map.entry("L.MILB", FeatureType.LANDMARK),
            Map.entry("L.RGN", FeatureType.REGION),
            Map.entry("L.RGNL", FeatureType.REGION));

    private GeoNamesFeatures() {
    }

    /** @return the feature type, or null when the feature is not kept */
    static FeatureType typeOf(String featureClass, String featureCode, long population) {
        switch (featureClass) {
            case "A":
                if (COUNTRY_CODES.contains(featureCode)) {
                    return FeatureType.COUNTRY;
                }
                if (TERRITORY_CODES.contains(featureCode)) {
                    return FeatureType.TERRITORY;
                }
                if (featureCode.equals("ADM1")) {
                    return FeatureType.ADMIN1;
                }
                return featureCode.equals("ADM2") ? FeatureType.ADMIN2 : null;
            case "P":
                if (featureCode.equals("PPLX")) {
                    return FeatureType.NEIGHBOURHOOD;
                }
                if (CAPITAL_CODES.contains(featureCode)) {
                    return FeatureType.CITY;
                }
                if (!POPULATED_CODES.contains(featureCode)) {
                    return null; // PPLQ abandoned, PPLH historical, PPLW destroyed, PPLCH former capital
                }
                if (population >= CITY_POPULATION) {
                    return FeatureType.CITY;
                }
                return population >= TOWN_POPULATION ? FeatureType.TOWN : FeatureType.VILLAGE;
            default:
                return SPOT_CODES.get(featureClass + "." + featureCode);
        }
    }

    /** @return true for the types that GeoNames nests under admin codes as containers */
    static boolean isAdministrative(FeatureType type) {
        return type == FeatureType.COUNTRY || type == FeatureType.TERRITORY || type == FeatureType.ADMIN1
                || type == FeatureType.ADMIN2;
    }

    /** @return true for settlement types, which may be merged with each other (a GeoNames town = a curated city) */
    static boolean isSettlement(FeatureType type) {
        return type == FeatureType.CITY || type == FeatureType.TOWN || type == FeatureType.VILLAGE
                || type == FeatureType.CAMP || type == FeatureType.NEIGHBOURHOOD;
    }
}
