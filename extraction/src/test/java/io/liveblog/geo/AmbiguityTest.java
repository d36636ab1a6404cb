package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names shared by several places resolve by the documented rule: the more specific phrase first, then support
 * from the other places in the text (or the caller's context), then curated priority.
 */
class AmbiguityTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private static String resolve(String text, String name) {
        for (PlaceMention m : GAZETTEER.findMentions(text)) {
            if (text.substring(m.start(), m.end()).equals(name)) {
                return m.place().id();
            }
        }
        throw new AssertionError("'" + name + "' not found in: " + FindMentionsTest.found(GAZETTEER, text));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Dozens were killed in Rafah overnight.                         | Rafah          | lb:ps-rafah
            Trucks queued at the Rafah crossing.                           | Rafah crossing | lb:ps-rafah-crossing
            Tanks pushed into Rafah in southern Gaza.                      | Rafah          | lb:ps-rafah
            Security was tightened in the Egyptian town of Rafah.          | Rafah          | lb:eg-rafah
            Residents of Rafah, Egypt, heard the blasts.                   | Rafah          | lb:eg-rafah
            A million people are crammed into Rafah, on the border with Egypt. | Rafah      | lb:ps-rafah
            Rafah sits on the frontier with Egypt.                         | Rafah          | lb:ps-rafah
            Convoys drove from Al-Arish to Rafah.                          | Rafah          | lb:eg-rafah
            Officials in the Rafah governorate said 12 died.               | Rafah governorate | lb:ps-rafah-gov
            The strike hit Gaza.                                           | Gaza           | lb:ps-gaza-strip
            The strike hit Gaza City.                                      | Gaza City      | lb:ps-gaza-city
            Officials in the Gaza governorate said 40 died.                | Gaza governorate | lb:ps-gaza-gov
            Clashes broke out in Tripoli.                                  | Tripoli        | lb:ly-tripoli
            Clashes broke out in Tripoli, in northern Lebanon.             | Tripoli        | lb:lb-tripoli
            Aid entered through Kerem Shalom.                              | Kerem Shalom   | lb:ps-kerem-shalom-crossing
            Gunmen entered Kibbutz Kerem Shalom.                           | Kibbutz Kerem Shalom | lb:il-kerem-shalom
            Patients fled Al-Awda Hospital.                                | Al-Awda Hospital | lb:ps-al-awda-hospital-jabalya
            Patients fled Al-Awda Hospital in Nuseirat.                    | Al-Awda Hospital | lb:ps-al-awda-hospital-nuseirat
            The Jordanian field hospital in Khan Younis took 20 wounded.   | Jordanian field hospital | lb:ps-jordanian-field-hospital-khan-younis
            The Jordanian field hospital in Gaza City took 20 wounded.     | Jordanian field hospital | lb:ps-jordanian-field-hospital-gaza
            Protests spread in Jerusalem.                                  | Jerusalem      | lb:il-jerusalem
            Raids continued in East Jerusalem.                             | East Jerusalem | lb:ps-east-jerusalem
            Fighting in Jenin and the Jenin camp continued.                | Jenin camp     | lb:ps-jenin-camp
            """)
    void resolvesSharedNames(String text, String name, String expectedId) {
        assertEquals(expectedId, resolve(text, name));
    }

    @Test
    void callerContextDecidesWhenTheSentenceCannot() {
        Place egypt = GAZETTEER.byId("lb:eg").orElseThrow();
        Place lebanon = GAZETTEER.byId("lb:lb").orElseThrow();
        assertEquals("lb:ps-rafah", GAZETTEER.findMentions("Two were killed in Rafah.").get(0).place().id());
        assertEquals("lb:eg-rafah", GAZETTEER.findMentions("Two were killed in Rafah.", List.of(egypt)).get(0).place().id());
        assertEquals("lb:lb-tripoli", GAZETTEER.findMentions("A blast shook Tripoli.", List.of(lebanon)).get(0).place().id());
        Place foreign = new Place("x:1", "Nowhere", FeatureType.COUNTRY, "ZZ", null, 0, 0, List.of());
        assertEquals("lb:ps-rafah", GAZETTEER.findMentions("Rafah", List.of(foreign)).get(0).place().id(),
                "places from another gazetteer are ignored");
    }

    @Test
    void pathsRunFromTheCountryDown() {
        Place camp = GAZETTEER.byId("lb:ps-jabalya-camp").orElseThrow();
        assertEquals(List.of("Palestinian territories", "Gaza Strip", "North Gaza Governorate", "Jabalya camp"),
                GAZETTEER.pathOf(camp).stream().map(Place::name).toList());
        Place shejaiya = GAZETTEER.byId("lb:ps-shejaiya").orElseThrow();
        assertEquals(List.of("lb:ps", "lb:ps-gaza-strip", "lb:ps-gaza-gov", "lb:ps-gaza-city", "lb:ps-shejaiya"),
                GAZETTEER.pathOf(shejaiya).stream().map(Place::id).toList());
        assertEquals(List.of("lb:ua"), GAZETTEER.pathOf(GAZETTEER.byId("lb:ua").orElseThrow()).stream().map(Place::id).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lb:ps-jabalya-camp      | lb:ps-gaza-strip
            lb:ps-shifa-hospital    | lb:ps-gaza-strip
            lb:ps-rafah-crossing    | lb:ps-gaza-strip
            lb:ps-jenin-camp        | lb:ps-west-bank
            lb:ps-gaza-strip        | lb:ps-gaza-strip
            lb:il-sderot            | lb:il-southern-district
            lb:lb-tyre              | lb:lb-south-gov
            lb:lb-bint-jbeil        | lb:lb-nabatieh-gov
            lb:ua-kharkiv           | lb:ua-kharkiv-oblast
            lb:ua-znpp              | lb:ua-zaporizhzhia-oblast
            lb:sd-zamzam-camp       | lb:sd-north-darfur
            lb:ma-amizmiz           | lb:ma-marrakesh-safi
            lb:sy-majdal-shams      | lb:sy-quneitra-gov
            """)
    void firstAdminLevelIsTheTerritoryForPalestineAndAdmin1Elsewhere(String id, String expected) {
        Place place = GAZETTEER.byId(id).orElseThrow();
        assertEquals(expected, GAZETTEER.firstAdminLevel(place).orElseThrow().id());
    }

    @Test
    void countriesAndPlacesFiledDirectlyUnderACountryHaveNoFirstAdminLevel() {
        assertEquals(java.util.Optional.empty(), GAZETTEER.firstAdminLevel(GAZETTEER.byId("lb:ua").orElseThrow()));
        assertEquals(java.util.Optional.empty(), GAZETTEER.firstAdminLevel(GAZETTEER.byId("lb:qa-doha").orElseThrow()));
    }

    @Test
    void isWithinFollowsTheHierarchy() {
        Place camp = GAZETTEER.byId("lb:ps-nuseirat-camp").orElseThrow();
        assertEquals(true, GAZETTEER.isWithin(camp, GAZETTEER.byId("lb:ps-gaza-strip").orElseThrow()));
        assertEquals(true, GAZETTEER.isWithin(camp, camp));
        assertEquals(false, GAZETTEER.isWithin(camp, GAZETTEER.byId("lb:ps-west-bank").orElseThrow()));
        assertEquals(false, GAZETTEER.isWithin(GAZETTEER.byId("lb:ps-gaza-strip").orElseThrow(), camp));
    }
}
