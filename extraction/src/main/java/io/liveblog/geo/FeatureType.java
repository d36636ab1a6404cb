package io.liveblog.geo;

/** What kind of place a gazetteer entry is; ordered from the broadest to the most specific. */
public enum FeatureType {
    COUNTRY, TERRITORY, ADMIN1, ADMIN2, CITY, TOWN, VILLAGE, CAMP, NEIGHBOURHOOD, CROSSING, HOSPITAL, LANDMARK, REGION
}
