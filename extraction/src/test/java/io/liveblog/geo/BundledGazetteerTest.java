package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Integrity and coverage of the data shipped in gazetteer.tsv and phrases.tsv. */
class BundledGazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.curated();

    @Test
    void isLoadedOnceAndShared() {
        assertSame(GAZETTEER, Gazetteer.curated());
    }

    @Test
    void holdsSeveralHundredPlacesWithUniqueIds() {
        assertTrue(GAZETTEER.places().size() >= 500, "places: " + GAZETTEER.places().size());
        Set<String> ids = new HashSet<>();
        for (Place p : GAZETTEER.places()) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
            assertTrue(p.id().startsWith("lb:"), "bundled ids are lb:<slug>: " + p.id());
        }
    }

    @Test
    void everyParentExistsAndEveryPathRunsFromACountryWithoutCycles() {
        for (Place p : GAZETTEER.places()) {
            if (p.parentId() != null) {
                assertTrue(GAZETTEER.byId(p.parentId()).isPresent(), p.id() + " has unknown parent " + p.parentId());
            }
            List<Place> path = GAZETTEER.pathOf(p);
            assertTrue(path.size() <= 8, p.id() + " path suspiciously deep: " + path);
            assertEquals(FeatureType.COUNTRY, path.get(0).type(), p.id() + " path does not start at a country: " + path);
            assertEquals(p, path.get(path.size() - 1));
            for (int i = 1; i < path.size(); i++) {
                assertFalse(path.get(i).type() == FeatureType.COUNTRY, p.id() + " has a country below the top: " + path);
                assertEquals(path.get(i - 1).id(), path.get(i).parentId(), p.id() + " path is not the parent chain");
            }
        }
    }

    @Test
    void childrenShareTheirCountrysCodeAndCoordinatesAreValid() {
        for (Place p : GAZETTEER.places()) {
            assertEquals(GAZETTEER.pathOf(p).get(0).countryCode(), p.countryCode(), p.id());
            assertTrue(p.latitude() >= -90 && p.latitude() <= 90 && p.longitude() >= -180 && p.longitude() <= 180, p.id());
        }
    }

    @Test
    void childrenLieNearTheirParents() {
        // Catches swapped coordinates and sign slips: no place in this data set is 900 km from its parent
        // unless the parent is a country (countries carry a centroid).
        for (Place p : GAZETTEER.places()) {
            if (p.parentId() == null) {
                continue;
            }
            Place parent = GAZETTEER.byId(p.parentId()).orElseThrow();
            if (parent.type() != FeatureType.COUNTRY) {
                double km = GeoNamesMatcher.distanceKm(p.latitude(), p.longitude(), parent.latitude(), parent.longitude());
                assertTrue(km < 900, p.id() + " is " + Math.round(km) + " km from its parent " + parent.id());
            }
        }
    }

    @Test
    void adminUnitsOfCuratedCountriesCarryIsoCodes() {
        for (Place p : GAZETTEER.places()) {
            boolean curatedAdmin = p.type() == FeatureType.ADMIN1 || p.type() == FeatureType.ADMIN2;
            // The standard renumbered Iran's provinces, and codes no Pakistani district (SOURCES.md).
            boolean uncoded = p.countryCode().equals("IR")
                    || (p.type() == FeatureType.ADMIN2 && p.countryCode().equals("PK"));
            if (curatedAdmin && !uncoded) {
                String code = GAZETTEER.codeOf(p).orElseThrow(() -> new AssertionError(p.id() + " has no code"));
                assertTrue(code.startsWith(p.countryCode() + "-"), p.id() + " code " + code);
            }
        }
        assertEquals("PS-NGZ", GAZETTEER.codeOf(place("lb:ps-north-gaza-gov")).orElseThrow());
        assertEquals("UA-63", GAZETTEER.codeOf(place("lb:ua-kharkiv-oblast")).orElseThrow());
        assertTrue(GAZETTEER.codeOf(place("lb:ps-jabalya-camp")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Gaza Strip                 | TERRITORY
            West Bank                  | TERRITORY
            Palestinian territories    | COUNTRY
            North Gaza Governorate     | ADMIN2
            Gaza Governorate           | ADMIN2
            Deir al-Balah Governorate  | ADMIN2
            Khan Younis Governorate    | ADMIN2
            Rafah Governorate          | ADMIN2
            Gaza City                  | CITY
            Jabalya                    | TOWN
            Beit Lahia                 | TOWN
            Beit Hanoun                | TOWN
            Nuseirat                   | TOWN
            Bureij                     | TOWN
            Maghazi                    | TOWN
            Bani Suheila               | TOWN
            Khuza'a                    | TOWN
            Al-Mawasi                  | REGION
            Jabalya camp               | CAMP
            Shati camp                 | CAMP
            Beach camp                 | CAMP
            Nuseirat camp              | CAMP
            Bureij camp                | CAMP
            Maghazi camp               | CAMP
            Khan Younis camp           | CAMP
            Rafah camp                 | CAMP
            Rafah crossing             | CROSSING
            Kerem Shalom               | CROSSING
            Erez crossing              | CROSSING
            Zikim crossing             | CROSSING
            Al-Shifa Hospital          | HOSPITAL
            Al-Ahli Baptist Hospital   | HOSPITAL
            Indonesian Hospital        | HOSPITAL
            Nasser Hospital            | HOSPITAL
            Al-Aqsa Hospital           | HOSPITAL
            Kamal Adwan Hospital       | HOSPITAL
            European Gaza Hospital     | HOSPITAL
            Al-Quds Hospital           | HOSPITAL
            Jenin Governorate          | ADMIN2
            Tubas Governorate          | ADMIN2
            Tulkarm Governorate        | ADMIN2
            Nablus Governorate         | ADMIN2
            Qalqilya Governorate       | ADMIN2
            Salfit Governorate         | ADMIN2
            Ramallah and al-Bireh Governorate | ADMIN2
            Jericho Governorate        | ADMIN2
            Jerusalem Governorate      | ADMIN2
            Bethlehem Governorate      | ADMIN2
            Hebron Governorate         | ADMIN2
            Jenin camp                 | CAMP
            Nur Shams                  | CAMP
            Tulkarm camp               | CAMP
            Balata                     | CAMP
            Aqabat Jabr                | CAMP
            Sderot                     | CITY
            Ashkelon                   | CITY
            Be'eri                     | VILLAGE
            Kfar Aza                   | VILLAGE
            Nir Oz                     | VILLAGE
            Re'im                      | VILLAGE
            Tel Aviv                   | CITY
            Jerusalem                  | CITY
            Haifa                      | CITY
            Eilat                      | CITY
            Southern District          | ADMIN1
            South Lebanon              | ADMIN1
            Nabatieh Governorate       | ADMIN1
            Beirut                     | CITY
            Beqaa Governorate          | ADMIN1
            Tyre                       | CITY
            Sidon                      | CITY
            Naqoura                    | TOWN
            Bint Jbeil                 | TOWN
            Marjayoun                  | TOWN
            Khiam                      | TOWN
            Aleppo                     | CITY
            Idlib                      | CITY
            Damascus                   | CITY
            Homs                       | CITY
            Hama                       | CITY
            Latakia                    | CITY
            Deir ez-Zor                | CITY
            North Sinai                | ADMIN1
            Al-Arish                   | CITY
            Cairo                      | CITY
            Sharm el-Sheikh            | CITY
            Jordan                     | COUNTRY
            Kahramanmaraş              | CITY
            Hatay                      | ADMIN1
            Gaziantep                  | CITY
            Adıyaman                   | CITY
            Malatya                    | CITY
            Osmaniye                   | CITY
            Antakya                    | CITY
            İskenderun                 | CITY
            Ankara                     | CITY
            Istanbul                   | CITY
            Kyiv                       | CITY
            Kharkiv                    | CITY
            Odesa                      | CITY
            Dnipro                     | CITY
            Zaporizhzhia               | CITY
            Kherson                    | CITY
            Mykolaiv                   | CITY
            Donetsk                    | CITY
            Bakhmut                    | CITY
            Avdiivka                   | TOWN
            Mariupol                   | CITY
            Lviv                       | CITY
            Moscow                     | CITY
            Belgorod                   | CITY
            Kursk                      | CITY
            Bryansk                    | CITY
            Khartoum                   | CITY
            North Darfur               | ADMIN1
            West Darfur                | ADMIN1
            South Darfur               | ADMIN1
            Gezira                     | ADMIN1
            Omdurman                   | CITY
            El Fasher                  | CITY
            El Geneina                 | CITY
            Nyala                      | CITY
            Port Sudan                 | CITY
            Wad Madani                 | CITY
            Derna                      | CITY
            Benghazi                   | CITY
            Marrakesh                  | CITY
            Al Haouz                   | ADMIN2
            Sindh                      | ADMIN1
            Yemen                      | COUNTRY
            Sanaa                      | CITY
            Iran                       | COUNTRY
            Tehran                     | CITY
            Iraq                       | COUNTRY
            Baghdad                    | CITY
            """)
    void coversThePlacesLiveBlogsReportFrom(String name, FeatureType type) {
        List<Place> found = GAZETTEER.lookup(name);
        assertFalse(found.isEmpty(), name + " is not in the gazetteer");
        assertEquals(type, found.get(0).type(), name + " resolves to " + found.get(0).id());
    }

    @Test
    void lookupIgnoresCaseAccentsAndArticleVariantsAndDegradesGracefully() {
        assertEquals("lb:ps-deir-al-balah", GAZETTEER.lookup("deir el balah").get(0).id());
        assertEquals("lb:tr-kahramanmaras", GAZETTEER.lookup("KAHRAMANMARAS").get(0).id());
        assertEquals("lb:ps-mawasi", GAZETTEER.lookup("mawasi").get(0).id());
        assertTrue(GAZETTEER.lookup("Atlantis").isEmpty());
        assertTrue(GAZETTEER.lookup("").isEmpty());
        List<String> rafah = GAZETTEER.lookup("Rafah").stream().map(Place::id).toList();
        assertEquals(List.of("lb:ps-rafah", "lb:eg-rafah"), rafah, "most preferred first");
    }

    @Test
    void everyPhraseNamesAKnownPlace() {
        // The constructor rejects unknown ids; reaching here with phrases loaded proves the file is consistent.
        assertNotNull(GAZETTEER.lookup("Gaza"));
        assertTrue(GAZETTEER.patternCount() > GAZETTEER.places().size() * 2, "patterns: " + GAZETTEER.patternCount());
    }

    private static Place place(String id) {
        return GAZETTEER.byId(id).orElseThrow(() -> new AssertionError("missing " + id));
    }
}
