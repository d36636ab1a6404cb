package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled gazetteer's world layer: every country, the world's first-level divisions, its places of at least
 * 15,000 people and the seats of its divisions (GeoNames), found in text only with evidence of their country, never displacing curated places.
 */
class WorldLayerTest {

    private static final Gazetteer WORLD = Gazetteer.bundled();

    private static List<String> found(String text) {
        return FindMentionsTest.found(WORLD, text);
    }

    private static List<String> path(String id) {
        return WORLD.pathOf(WORLD.byId(id).orElseThrow()).stream().map(Place::name).toList();
    }

    @Test
    void countriesTheCuratedDataLacksAreThereUnderTheNamesTheNewsUses() {
        assertEquals(List.of("Myanmar=lb:mm"), found("An earthquake struck Myanmar."));
        assertEquals(List.of("Burma=lb:mm"), found("An earthquake struck Burma."));
        assertEquals(List.of("DR Congo=lb:cd"), found("Fighting in DR Congo."));
        assertEquals(List.of("Haiti=lb:ht", "Afghanistan=lb:af"), found("Gangs in Haiti, floods in Afghanistan."));
        assertEquals(List.of("Ivory Coast=lb:ci"), found("Floods in Ivory Coast."));
    }

    @Test
    void placesNestUnderTheirDivisionAndCountry() {
        assertEquals(List.of("Mandalay=gn:1311874", "Myanmar=lb:mm"), found("Buildings fell in Mandalay, Myanmar."));
        List<String> mandalay = path("gn:1311874");
        assertEquals("Myanmar", mandalay.get(0));
        assertEquals("Mandalay", mandalay.get(mandalay.size() - 1));
        assertEquals(3, mandalay.size(), "country, first-level division, city: " + mandalay);
        assertEquals(List.of("Democratic Republic of the Congo", "North Kivu", "Goma"), path("gn:216281"));
    }

    @Test
    void seatsOfDivisionsAreThereWhateverTheirRecordedPopulation() {
        // GeoNames leaves Cianjur's population at 0 (the seat of a West Java regency of 2.5 million people)
        assertEquals(List.of("Cianjur=gn:1647142", "Indonesia=lb:id"), found("Rescuers dug in Cianjur, Indonesia."));
        assertEquals(List.of("Indonesia", "West Java", "Cianjur"), path("gn:1647142"));
    }

    @Test
    void aPostsHeadlineAndBodyAreEvidenceForEachOther() {
        List<List<PlaceMention>> post = WORLD.findMentionsInPost(
                List.of("Congo: M23 rebels enter Goma", "Hospitals in Goma are overwhelmed, doctors said."));
        assertEquals("gn:216281", post.get(1).get(0).place().id());
        assertEquals(List.of(), found("Hospitals in Goma are overwhelmed, doctors said."),
                "alone, nothing says the body's Goma is a place in Congo");
    }

    @Test
    void aNationalCapitalOfTheWorldLayerMayStandForItsGovernment() {
        List<PlaceMention> capital = WORLD.findMentions("Japan pledged aid. Tokyo has called for humanitarian pauses.");
        PlaceMention tokyo = capital.stream().filter(m -> m.place().name().equals("Tokyo")).findFirst().orElseThrow();
        assertTrue(tokyo.actorUse(), "Tokyo as the Japanese government: " + capital);
        List<PlaceMention> place = WORLD.findMentions("Japan was hit by floods. Streets in Tokyo were under water.");
        assertFalse(place.stream().filter(m -> m.place().name().equals("Tokyo")).findFirst().orElseThrow().actorUse(),
                "where something happened, the capital is a place");
    }

    @Test
    void wordsNamesAndAbbreviationsThatAlsoNamePlacesSomewhereAreNotPlaces() {
        assertEquals(List.of("Gaza=lb:ps-gaza-strip"), found("The UN said aid entered Gaza."), "not the town Un");
        assertEquals(List.of("India=lb:in"), found("The UN said India had sent aid."),
                "an abbreviation, even where the country of the town Un is named");
        assertEquals(List.of("US=lb:us", "Gaza=lb:ps-gaza-strip"), found("US Central Command said it dropped aid on Gaza."),
                "not the region Central in Botswana");
        assertEquals(List.of("Russia=lb:ru"), found("President Vladimir Putin said Russia would respond."));
        assertEquals(List.of("Lebanon=lb:lb", "Syria=lb:sy"),
                found("People who fled Lebanon for Syria, a UN official told reporters in Geneva."),
                "the country, not a US town of that name; Geneva has no evidence of Switzerland here");
    }

    @Test
    void curatedPlacesKeepTheirNames() {
        assertEquals(List.of("Rafah=lb:ps-rafah"), found("Tanks entered Rafah."));
        assertEquals(List.of("Gaza City=lb:ps-gaza-city"), found("Strikes hit Gaza City."));
        assertEquals(List.of("lb:sd-red-sea-state"),
                WORLD.firstAdminLevelsNamed("Red Sea").stream().map(Place::id).toList(),
                "Egypt's Red Sea governorate does not displace the curated Red Sea State");
    }

    @Test
    void everyWorldPlaceEndsAtACountry() {
        int world = 0;
        for (Place p : WORLD.places()) {
            List<Place> path = WORLD.pathOf(p);
            assertEquals(FeatureType.COUNTRY, path.get(0).type(), p.id());
            if (p.id().startsWith("gn:")) {
                world++;
            }
        }
        assertTrue(world > 20_000, "the world layer's places: " + world);
    }
}
