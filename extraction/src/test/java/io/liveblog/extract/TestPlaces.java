package io.liveblog.extract;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.util.List;

/** A small hand-made gazetteer for tests: the places of the Israel–Hamas war posts, with a real hierarchy. */
final class TestPlaces {

    static final Place PALESTINE = place("t:ps", "Palestinian Territories", FeatureType.COUNTRY, "PS", null,
            "Palestine");
    static final Place GAZA_STRIP = place("t:gaza", "Gaza Strip", FeatureType.TERRITORY, "PS", "t:ps", "Gaza",
            "the Gaza Strip", "the enclave");
    static final Place WEST_BANK = place("t:wb", "West Bank", FeatureType.TERRITORY, "PS", "t:ps");
    static final Place NORTH_GAZA = place("t:north-gaza", "North Gaza", FeatureType.ADMIN1, "PS", "t:gaza",
            "northern Gaza", "north Gaza");
    static final Place GAZA_GOV = place("t:gaza-gov", "Gaza Governorate", FeatureType.ADMIN1, "PS", "t:gaza");
    static final Place KHAN_YOUNIS_GOV = place("t:ky-gov", "Khan Younis Governorate", FeatureType.ADMIN1, "PS",
            "t:gaza", "southern Gaza");
    static final Place RAFAH_GOV = place("t:rafah-gov", "Rafah Governorate", FeatureType.ADMIN1, "PS", "t:gaza");
    static final Place DEIR_GOV = place("t:deir-gov", "Deir al-Balah Governorate", FeatureType.ADMIN1, "PS",
            "t:gaza", "central Gaza");
    static final Place GAZA_CITY = place("t:gaza-city", "Gaza City", FeatureType.CITY, "PS", "t:gaza-gov");
    static final Place JABALYA_CAMP = place("t:jabalya-camp", "Jabalya refugee camp", FeatureType.CAMP, "PS",
            "t:north-gaza", "Jabalya camp", "Jabalia refugee camp", "Jabaliya refugee camp");
    static final Place JABALYA = place("t:jabalya", "Jabalya", FeatureType.CITY, "PS", "t:north-gaza",
            "Jabalia", "Jabaliya");
    static final Place BEIT_LAHIA = place("t:beit-lahia", "Beit Lahia", FeatureType.TOWN, "PS", "t:north-gaza");
    static final Place AL_AHLI = place("t:al-ahli", "Al-Ahli Arab Hospital", FeatureType.HOSPITAL, "PS",
            "t:gaza-city", "Al-Ahli Baptist Hospital", "Al-Ahli hospital", "al-Ahli Arab hospital");
    static final Place INDONESIAN_HOSPITAL = place("t:indonesian", "Indonesian Hospital", FeatureType.HOSPITAL,
            "PS", "t:beit-lahia", "Indonesian hospital");
    static final Place KHAN_YOUNIS = place("t:khan-younis", "Khan Younis", FeatureType.CITY, "PS", "t:ky-gov",
            "Khan Yunis");
    static final Place NASSER = place("t:nasser", "Nasser Hospital", FeatureType.HOSPITAL, "PS", "t:khan-younis",
            "Nasser hospital", "Nasser Medical Complex");
    static final Place EUROPEAN_HOSPITAL = place("t:european", "European Gaza Hospital", FeatureType.HOSPITAL, "PS",
            "t:khan-younis", "European Hospital");
    static final Place RAFAH = place("t:rafah", "Rafah", FeatureType.CITY, "PS", "t:rafah-gov");
    static final Place RAFAH_CROSSING = place("t:rafah-crossing", "Rafah crossing", FeatureType.CROSSING, "PS",
            "t:rafah-gov", "Rafah border crossing");
    static final Place KEREM_SHALOM = place("t:kerem-shalom", "Kerem Shalom crossing", FeatureType.CROSSING, "PS",
            "t:rafah-gov", "Kerem Shalom");
    static final Place DEIR_AL_BALAH = place("t:deir", "Deir al-Balah", FeatureType.CITY, "PS", "t:deir-gov",
            "Deir al Balah");
    static final Place NUSEIRAT = place("t:nuseirat", "Nuseirat refugee camp", FeatureType.CAMP, "PS", "t:deir-gov",
            "Nuseirat camp", "Nuseirat");
    static final Place JENIN = place("t:jenin", "Jenin", FeatureType.CITY, "PS", "t:wb");
    static final Place ISRAEL = place("t:il", "Israel", FeatureType.COUNTRY, "IL", null);
    static final Place SOUTHERN_ISRAEL = place("t:south-il", "Southern District", FeatureType.ADMIN1, "IL", "t:il",
            "southern Israel");
    static final Place NORTHERN_ISRAEL = place("t:north-il", "Northern District", FeatureType.ADMIN1, "IL", "t:il",
            "northern Israel");
    static final Place TEL_AVIV = place("t:tel-aviv", "Tel Aviv", FeatureType.CITY, "IL", "t:il");
    static final Place LEBANON = place("t:lb", "Lebanon", FeatureType.COUNTRY, "LB", null);
    static final Place SOUTH_LEBANON = place("t:south-lb", "South Governorate", FeatureType.ADMIN1, "LB", "t:lb",
            "southern Lebanon", "south Lebanon");
    static final Place TYRE = place("t:tyre", "Tyre", FeatureType.CITY, "LB", "t:south-lb");
    static final Place NAQOURA = place("t:naqoura", "Naqoura", FeatureType.TOWN, "LB", "t:south-lb");
    static final Place EGYPT = place("t:eg", "Egypt", FeatureType.COUNTRY, "EG", null);
    static final Place CAIRO = place("t:cairo", "Cairo", FeatureType.CITY, "EG", "t:eg");
    static final Place EL_ARISH = place("t:el-arish", "El Arish", FeatureType.CITY, "EG", "t:eg", "Al-Arish");
    static final Place QATAR = place("t:qa", "Qatar", FeatureType.COUNTRY, "QA", null);
    static final Place TURKEY = place("t:tr", "Turkey", FeatureType.COUNTRY, "TR", null, "Türkiye");
    static final Place HATAY = place("t:hatay", "Hatay", FeatureType.ADMIN1, "TR", "t:tr", "Hatay province");
    static final Place ANTAKYA = place("t:antakya", "Antakya", FeatureType.CITY, "TR", "t:hatay");
    static final Place MOROCCO = place("t:ma", "Morocco", FeatureType.COUNTRY, "MA", null);
    static final Place AGADIR = place("t:agadir", "Agadir", FeatureType.CITY, "MA", "t:ma");
    static final Place SPAIN = place("t:es", "Spain", FeatureType.COUNTRY, "ES", null);
    static final Place UK = place("t:gb", "United Kingdom", FeatureType.COUNTRY, "GB", null, "Britain");
    static final Place UKRAINE = place("t:ua", "Ukraine", FeatureType.COUNTRY, "UA", null);
    static final Place KHARKIV = place("t:kharkiv", "Kharkiv", FeatureType.CITY, "UA", "t:ua");

    static final List<Place> ALL = List.of(PALESTINE, GAZA_STRIP, WEST_BANK, NORTH_GAZA, GAZA_GOV, KHAN_YOUNIS_GOV,
            RAFAH_GOV, DEIR_GOV, GAZA_CITY, JABALYA_CAMP, JABALYA, BEIT_LAHIA, AL_AHLI, INDONESIAN_HOSPITAL,
            KHAN_YOUNIS, NASSER, EUROPEAN_HOSPITAL, RAFAH, RAFAH_CROSSING, KEREM_SHALOM, DEIR_AL_BALAH, NUSEIRAT,
            JENIN, ISRAEL, SOUTHERN_ISRAEL, NORTHERN_ISRAEL, TEL_AVIV, LEBANON, SOUTH_LEBANON, TYRE, NAQOURA, EGYPT,
            CAIRO, EL_ARISH, QATAR, TURKEY, HATAY, ANTAKYA, UKRAINE, KHARKIV, MOROCCO, AGADIR, SPAIN, UK);

    static final Gazetteer GAZETTEER = Gazetteer.of(ALL);

    private TestPlaces() {
    }

    private static Place place(String id, String name, FeatureType type, String cc, String parent, String... alt) {
        return new Place(id, name, type, cc, parent, 0, 0, List.of(alt));
    }
}
