package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extends the bundled gazetteer with hand-written GeoNames dumps (19-column format, under test resources geo/):
 * an Armenian sample (a country the bundled data lacks), Palestinian lines that duplicate curated entries, a
 * Ukrainian place whose oblast comes from the admin1 codes file, and malformed lines.
 */
class GeoNamesLoaderTest {

    private static final Gazetteer BUNDLED = Gazetteer.curated();
    private static GeoNamesLoader.Result result;

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(GeoNamesLoaderTest.class.getResource("/geo/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        result = new GeoNamesLoader(GeoNamesLoader.Options.defaults())
                .load(BUNDLED, resource("AM-PS-sample.txt"), resource("admin1CodesASCII.txt"));
    }

    private static Place place(String id) {
        return result.gazetteer().byId(id).orElseThrow(() -> new AssertionError("missing " + id));
    }

    private static List<String> pathIds(Place p) {
        return result.gazetteer().pathOf(p).stream().map(Place::id).toList();
    }

    @Test
    void reportsWhatHappenedToEveryLine() {
        GeoNamesLoader.Report r = result.report();
        assertEquals(18, r.linesRead());
        assertEquals(13, r.added(), "11 lines plus the Kotayk and Vayots Dzor divisions of the admin1 codes file");
        assertEquals(3, r.merged(), "Palestine, Gaza Strip and Rafah are curated already");
        assertEquals(2, r.skippedUnsupported(), "a mountain and a historical place");
        assertEquals(1, r.skippedFiltered(), "'Police' is an everyday word");
        assertEquals(1, r.unresolved(), "Batumi: Georgia is in neither the gazetteer nor the dump");
        assertEquals(2, r.badLines(), "two malformed lines in the admin1 codes file");
        assertEquals(BUNDLED.places().size() + 13, result.gazetteer().places().size());
    }

    @Test
    void buildsTheHierarchyFromCountryAndAdminCodes() {
        assertEquals(List.of("gn:174982", "gn:616051", "gn:616052"), pathIds(place("gn:616052")));
        assertEquals(List.of("gn:174982", "gn:828263", "gn:174875"), pathIds(place("gn:174875")));
        assertEquals(List.of("gn:174982", "gn:616051", "gn:9999001"), pathIds(place("gn:9999001")));
        assertEquals(FeatureType.COUNTRY, place("gn:174982").type());
        assertEquals(FeatureType.ADMIN1, place("gn:828263").type());
        assertEquals(FeatureType.CITY, place("gn:616052").type(), "national capital");
        assertEquals(FeatureType.CITY, place("gn:174991").type(), "provincial capital");
        assertEquals(FeatureType.TOWN, place("gn:174875").type(), "20,000 people");
        assertEquals(FeatureType.VILLAGE, place("gn:616400").type(), "2,500 people");
        assertEquals(FeatureType.HOSPITAL, place("gn:9999001").type());
        assertEquals("gn:828263", result.gazetteer().firstAdminLevel(place("gn:174991")).orElseThrow().id());
    }

    @Test
    void createsMissingDivisionsFromTheAdmin1CodesFileAtTheirMembersPosition() {
        Place kotayk = place("gn:828262");
        assertEquals("Kotayk", kotayk.name());
        assertEquals(FeatureType.ADMIN1, kotayk.type());
        assertEquals(List.of("gn:174982", "gn:828262", "gn:616599"), pathIds(place("gn:616599")));
        assertEquals(40.27, kotayk.latitude(), 1e-9);
        assertEquals(44.63, kotayk.longitude(), 1e-9);
    }

    @Test
    void aDivisionOfTheCodesFileWithNoPlaceInTheDumpIsAPlaceAtItsCountrysPosition() {
        // a blog names the province of a small town as often as the town: every first-level division is known
        Place vayotsDzor = place("gn:828265");
        assertEquals("Vayots Dzor", vayotsDzor.name());
        assertEquals(FeatureType.ADMIN1, vayotsDzor.type());
        assertEquals(List.of("gn:174982", "gn:828265"), pathIds(vayotsDzor));
        assertEquals(40.25, vayotsDzor.latitude(), 1e-9);
        assertEquals(45.0, vayotsDzor.longitude(), 1e-9);
        assertTrue(result.gazetteer().byId("gn:615929").isEmpty(), "Adjara: Georgia is not known");
        assertTrue(result.gazetteer().byId("gn:706482").isEmpty(), "Kharkiv: the curated oblast stands for it");
    }

    @Test
    void nestsNewPlacesUnderCuratedDivisionsInsteadOfDuplicatingThem() {
        assertEquals(List.of("lb:ps", "lb:ps-gaza-strip", "gn:9999002"), pathIds(place("gn:9999002")));
        assertEquals(List.of("lb:ua", "lb:ua-kharkiv-oblast", "gn:9999003"), pathIds(place("gn:9999003")),
                "UA.07 is named Kharkiv in the codes file, which is the curated Kharkiv Oblast");
        assertTrue(result.gazetteer().byId("gn:281102").isEmpty(), "Rafah merged with lb:ps-rafah");
        assertTrue(result.gazetteer().byId("gn:7303419").isEmpty(), "Gaza Strip merged with the territory");
        assertTrue(result.gazetteer().byId("gn:6254930").isEmpty(), "Palestine merged with lb:ps");
        assertEquals("lb:ps-gaza-strip", result.gazetteer().firstAdminLevel(place("gn:9999002")).orElseThrow().id());
    }

    @Test
    void anImportedPlaceNeedsItsCountryNamedInThePostOrAsAPlaceOfItsOwnName() {
        Gazetteer g = result.gazetteer();
        assertEquals(List.of(), FindMentionsTest.found(g, "Shelling was reported near Goris and Kapan."),
                "nothing in the text says Armenia: the names could be words or people");
        assertEquals(List.of(List.of("Armenia=gn:174982"), List.of("Goris=gn:174875")), g.findMentionsInPost(
                        List.of("Armenia's south under fire", "Shelling was reported near Goris.")).stream()
                .map(ms -> ms.stream().map(m -> m.place().name() + "=" + m.place().id()).toList()).toList(),
                "the headline's Armenia is evidence for the body's Goris");
        assertEquals(List.of("Armenia=gn:174982"), FindMentionsTest.found(g,
                "Shelling in Armenia, Goris Mayor Arush Arushanyan said."), "Goris Mayor: part of a longer name");
    }

    @Test
    void importedPlacesAreFoundInTextWithTheirLatinAlternates() {
        Gazetteer g = result.gazetteer();
        assertEquals(List.of("Goris=gn:174875", "Kapan=gn:174991", "Armenia=gn:174982", "Erevan=gn:616052"),
                FindMentionsTest.found(g,
                        "Shelling was reported near Goris and Kapan in Armenia, officials in Erevan said."));
        assertEquals(List.of("Wadi as-Salqa=gn:9999002", "Gaza=lb:ps-gaza-strip"),
                FindMentionsTest.found(g, "Strikes hit Wadi as-Salqa in Gaza."));
        assertEquals(List.of("Wadi Salqa=gn:9999002", "Gaza=lb:ps-gaza-strip"),
                FindMentionsTest.found(g, "Strikes hit Wadi Salqa in Gaza."));
        // A city and its division share a name: population decides between imported entries.
        assertEquals(List.of("Yerevan=gn:616052", "Armenia=gn:174982"),
                FindMentionsTest.found(g, "A blast in Yerevan, Armenia"));
        // Curated entries keep winning their names.
        assertEquals(List.of("Rafah=lb:ps-rafah"), FindMentionsTest.found(g, "Tanks entered Rafah."));
        Place yerevan = place("gn:616052");
        assertTrue(yerevan.alternateNames().contains("Erevan"));
        assertFalse(yerevan.alternateNames().contains("Ереван"), "non-Latin names are dropped by default");
        assertFalse(yerevan.alternateNames().contains("EVN"), "codes are dropped");
        assertTrue(g.lookup("Police").isEmpty(), "everyday words are not imported as place names");
    }

    @Test
    void leavesTheBaseGazetteerUnchanged() {
        assertTrue(BUNDLED.byId("gn:174982").isEmpty());
        assertTrue(BUNDLED.lookup("Goris").isEmpty());
    }

    @Test
    void countsAndSkipsMalformedLinesWithoutFailing() throws IOException {
        GeoNamesLoader.Result r = new GeoNamesLoader(GeoNamesLoader.Options.defaults())
                .load(BUNDLED, resource("malformed-sample.txt"), null);
        GeoNamesLoader.Report report = r.report();
        assertEquals(10, report.linesRead(), "comment and blank lines are not data");
        assertEquals(8, report.badLines());
        assertEquals(2, report.added());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
                report.badLineSamples().stream().map(GeoNamesLoader.BadLine::line).toList());
        assertTrue(report.badLineSamples().get(0).reason().contains("found 18"), report.badLineSamples().get(0).reason());
        assertTrue(report.badLineSamples().stream().allMatch(b -> b.file().equals("malformed-sample.txt")));
        assertEquals(List.of("gn:174982", "gn:174875"), r.gazetteer().pathOf(r.gazetteer().byId("gn:174875").orElseThrow())
                .stream().map(Place::id).toList(), "without its division the town hangs under the country");
    }

    @Test
    void optionsRestrictCountriesAndPopulation() throws IOException {
        GeoNamesLoader.Options options = GeoNamesLoader.Options.defaults().withCountries("am").withMinPopulation(10_000);
        GeoNamesLoader.Result r = new GeoNamesLoader(options).load(BUNDLED, resource("AM-PS-sample.txt"), null);
        Gazetteer g = r.gazetteer();
        assertTrue(g.byId("gn:616052").isPresent(), "Yerevan");
        assertTrue(g.byId("gn:616400").isEmpty(), "Tegh has 2,500 people");
        assertTrue(g.byId("gn:9999002").isEmpty(), "Palestinian lines are filtered out");
        assertTrue(g.byId("gn:9999003").isEmpty(), "Ukrainian lines are filtered out");
        assertEquals(0, r.report().merged(), "filtered lines are never compared with curated ones");
    }

    @Test
    void convenienceMethodsOnTheGazetteerLoadTheSameWay() throws IOException {
        Gazetteer g = BUNDLED.withGeoNames(resource("AM-PS-sample.txt"), resource("admin1CodesASCII.txt"));
        assertEquals(result.gazetteer().places().size(), g.places().size());
        Gazetteer withoutCodes = BUNDLED.withGeoNames(resource("AM-PS-sample.txt"));
        assertEquals(List.of("gn:174982", "gn:616599"), withoutCodes.pathOf(withoutCodes.byId("gn:616599").orElseThrow())
                .stream().map(Place::id).toList(), "without the codes file Abovyan's division is unknown");
    }

    @Test
    void anUnreadableDumpFailsTheLoad() {
        assertThrows(NoSuchFileException.class, () -> BUNDLED.withGeoNames(Path.of("/nonexistent/allCountries.txt")));
    }
}
