package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlaceOverlaps}: places within another beside their parent, as fact identity compares places. */
class PlaceOverlapsTest {

    private static final Place COUNTRY = new Place("t:c", "Freedonia", FeatureType.COUNTRY, "FD", null, 0, 0,
            List.of());
    private static final Place REGION = new Place("t:r", "Highlands", FeatureType.REGION, "FD", "t:c", 0, 0,
            List.of());
    private static final Place NORTH = new Place("t:n", "North State", FeatureType.ADMIN1, "FD", "t:c", 0, 0,
            List.of());
    private static final Place SOUTH = new Place("t:s", "South State", FeatureType.ADMIN1, "FD", "t:c", 0, 0,
            List.of());
    private static final Place TOWN = new Place("t:t", "Hilltown", FeatureType.TOWN, "FD", "t:n", 0, 0, List.of());
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(COUNTRY, REGION, NORTH, SOUTH, TOWN));

    private static PlaceOverlaps read(String lines) throws Exception {
        return PlaceOverlaps.read(new BufferedReader(new StringReader(lines)), "test.tsv", GAZETTEER);
    }

    @Test
    void aTownOfAStateInARegionLiesWithinTheRegion() throws Exception {
        PlaceOverlaps overlaps = read("t:n\tt:r\tone of the region's states\n");
        List<String> town = List.of("t:c", "t:n", "t:t");
        List<String> region = List.of("t:c", "t:r");
        assertTrue(overlaps.nested(town, region));
        assertTrue(overlaps.nested(region, town), "either way round");
        assertTrue(overlaps.nested(List.of("t:c", "t:n"), region));
        assertFalse(overlaps.nested(List.of("t:c", "t:s"), region), "the other state is not in the region");
        assertTrue(overlaps.nested(town, List.of("t:c")), "a prefix still nests");
        assertFalse(overlaps.nested(town, List.of()), "an unlocated claim nests in nothing");
        assertTrue(overlaps.nested(List.of(), List.of()));
    }

    @Test
    void withoutTheLineOnlyTheParentChainNests() throws Exception {
        PlaceOverlaps none = read("# nothing\n");
        assertFalse(none.nested(List.of("t:c", "t:n", "t:t"), List.of("t:c", "t:r")));
    }

    @Test
    void rejectsUnknownIdsMissingReasonsAndCycles() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> read("t:n\tt:nowhere\twhy\n"));
        assertTrue(unknown.getMessage().contains("test.tsv:1") && unknown.getMessage().contains("t:nowhere"),
                unknown.getMessage());
        assertThrows(IllegalStateException.class, () -> read("t:n\tt:r\n"));
        IllegalStateException cycle = assertThrows(IllegalStateException.class, () -> read("t:n\tt:t\twhy\n"));
        assertTrue(cycle.getMessage().contains("lies within it"), cycle.getMessage());
    }

    @Test
    void theBundledOverlapsNestDarfursStatesAndBeirutsSuburbs() {
        PlaceOverlaps bundled = PlaceOverlaps.bundled();
        assertTrue(bundled.nested(List.of("lb:sd", "lb:sd-north-darfur", "lb:sd-el-fasher"),
                List.of("lb:sd", "lb:sd-darfur")));
        assertTrue(bundled.nested(List.of("lb:lb", "lb:lb-mount-lebanon-gov", "lb:lb-dahiyeh"),
                List.of("lb:lb", "lb:lb-beirut-gov", "lb:lb-beirut")));
        assertFalse(bundled.nested(List.of("lb:sd", "lb:sd-khartoum-state"), List.of("lb:sd", "lb:sd-darfur")));
    }

    @Test
    void theBundledCrossingsLeadAcrossTheBorderAndOnlyThere() {
        PlaceOverlaps crossings = PlaceOverlaps.crossings();
        List<String> adre = List.of("lb:td", "lb:td-adre");
        assertTrue(crossings.nested(adre, List.of("lb:sd", "lb:sd-west-darfur")));
        assertTrue(crossings.nested(List.of("lb:sd", "lb:sd-darfur"), adre), "either way round");
        assertFalse(crossings.nested(adre, List.of("lb:sd", "lb:sd-north-darfur", "lb:sd-el-fasher")),
                "a town deep inside is not where the crossing leads");
        assertTrue(crossings.nested(List.of("lb:ps", "lb:ps-gaza-strip", "lb:ps-rafah-gov", "lb:ps-rafah-crossing"),
                List.of("lb:eg", "lb:eg-north-sinai-gov")));
        assertFalse(PlaceOverlaps.bundled().nested(adre, List.of("lb:sd", "lb:sd-west-darfur")),
                "the crossings are not overlaps: a strike at Adre is no strike in West Darfur");
    }
}
