package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Gazetteer#firstAdminLevelsNamed(String)}: a name read as a first-level division (gold data, dashboards)
 * prefers the division over the city it shares a name with, while running text keeps the city.
 */
class FirstAdminLevelNamedTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private static List<String> ids(String name) {
        return GAZETTEER.firstAdminLevelsNamed(name).stream().map(Place::id).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Khartoum                    | lb:sd-khartoum-state
            khartoum                    | lb:sd-khartoum-state
            Khartoum State              | lb:sd-khartoum-state
            Red Sea                     | lb:sd-red-sea-state
            Gaziantep                   | lb:tr-gaziantep-prov
            Erzincan                    | lb:tr-erzincan-prov
            Erzincan Province           | lb:tr-erzincan-prov
            Ankara                      | lb:tr-ankara-prov
            Kahramanmaras               | lb:tr-kahramanmaras-prov
            Hatay                       | lb:tr-hatay-prov
            Benghazi                    | lb:ly-benghazi-district
            Jabal al Akhdar             | lb:ly-jabal-al-akhdar-district
            Derna                       | lb:ly-derna-district
            Al Hudaydah                 | lb:ye-hudaydah-gov
            Hodeidah                    | lb:ye-hudaydah-gov
            Marib                       | lb:ye-marib-gov
            Al Jawf                     | lb:ye-jawf-gov
            Hadramawt                   | lb:ye-hadramawt-gov
            Moscow                      | lb:ru-moscow-city
            Saint Petersburg            | lb:ru-saint-petersburg-city
            St Petersburg               | lb:ru-saint-petersburg-city
            Kursk                       | lb:ru-kursk-oblast
            Rostov                      | lb:ru-rostov-oblast
            Kharkiv                     | lb:ua-kharkiv-oblast
            South Governorate           | lb:lb-south-gov
            Gaza                        | lb:ps-gaza-strip
            Gaza Strip                  | lb:ps-gaza-strip
            West Bank                   | lb:ps-west-bank
            """)
    void resolvesTheDivisionABareNameStandsFor(String name, String expected) {
        assertEquals(List.of(expected), ids(name));
    }

    @Test
    void aCityInADivisionOfAnotherNameIsNotAFirstLevelName() {
        // Antakya lies in Hatay Province, Omdurman in Khartoum State: an admin1 column holding them is an error to
        // report, not a name to map silently.
        assertEquals(List.of(), ids("Antakya"));
        assertEquals(List.of(), ids("Omdurman"));
        assertEquals(List.of(), ids("Jabalia"));
    }

    @Test
    void placesWithoutAFirstLevelAndUnknownNamesResolveToNothing() {
        assertEquals(List.of(), ids("Ukraine"));
        assertEquals(List.of(), ids("Doha"));
        assertEquals(List.of(), ids("Atlantis"));
        assertEquals(List.of(), ids(""));
        assertEquals(List.of(), ids("Province"));
    }

    @Test
    void theDivisionHoldingTheNamedCityWinsOverAnotherNamedAfterIt() {
        // Moscow Oblast and the City of Moscow are both "Moscow" plus a designator; the city Moscow lies in the latter.
        assertTrue(GAZETTEER.lookup("Moscow Oblast").stream().anyMatch(p -> p.id().equals("lb:ru-moscow-oblast")));
        assertEquals(List.of("lb:ru-moscow-city"), ids("Moscow"));
    }

    @Test
    void withoutACityOfThatNameEveryDivisionNamedAfterItIsReturned() {
        Place country = new Place("t:c", "Testland", FeatureType.COUNTRY, "TT", null, 10, 10, List.of());
        Place state = new Place("t:s", "Lake State", FeatureType.ADMIN1, "TT", "t:c", 10, 10, List.of());
        Place province = new Place("t:p", "Lake Province", FeatureType.ADMIN1, "TT", "t:c", 10.5, 10.5, List.of());
        Place town = new Place("t:t", "Shore", FeatureType.TOWN, "TT", "t:s", 10, 10, List.of());
        Gazetteer g = Gazetteer.of(List.of(country, state, province, town));
        assertEquals(List.of("t:s", "t:p"), g.firstAdminLevelsNamed("Lake").stream().map(Place::id).toList());
        assertEquals(List.of(), g.firstAdminLevelsNamed("Shore"));
    }

    @Test
    void runningTextStillReadsTheBareNameAsTheCity() {
        List<PlaceMention> mentions = GAZETTEER.findMentions("Shelling in Khartoum killed 12 people.");
        assertEquals(1, mentions.size());
        assertEquals("lb:sd-khartoum", mentions.get(0).place().id());
        assertEquals("lb:tr-gaziantep", GAZETTEER.findMentions("Aid reached Gaziantep on Tuesday.").get(0).place().id());
        assertEquals("lb:ru-moscow", GAZETTEER.findMentions("Police detained 500 in Moscow.").get(0).place().id());
        assertEquals("lb:sd-khartoum", GAZETTEER.lookup("Khartoum").get(0).id(), "lookup keeps preferring the city");
    }

    @Test
    void everyCuratedDivisionResolvesByItsOwnNameAndAlternates() {
        for (Place p : Gazetteer.curated().places()) {
            if (GAZETTEER.firstAdminLevel(p).filter(unit -> unit.id().equals(p.id())).isEmpty()) {
                continue;
            }
            assertTrue(ids(p.name()).contains(p.id()), p.id() + " by '" + p.name() + "': " + ids(p.name()));
            for (String alternate : p.alternateNames()) {
                assertTrue(ids(alternate).contains(p.id()), p.id() + " by '" + alternate + "': " + ids(alternate));
            }
        }
    }
}
