package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Gazetteer#of(java.util.Collection)}: caller-built gazetteers are validated and matched like bundled ones. */
class GazetteerOfTest {

    private static final Place COUNTRY = new Place("t:c", "Freedonia", FeatureType.COUNTRY, "FD", null, 10, 10, List.of());
    private static final Place PROVINCE = new Place("t:p", "Upper Province", FeatureType.ADMIN1, "FD", "t:c", 10, 10,
            List.of("Upper"));
    private static final Place TOWN = new Place("t:t", "Al-Marsa", FeatureType.TOWN, "FD", "t:p", 10, 10,
            List.of("El Marsa"));

    @Test
    void matchesNamesAlternatesAndArticleVariants() {
        Gazetteer g = Gazetteer.of(List.of(COUNTRY, PROVINCE, TOWN));
        assertEquals(List.of("Marsa=t:t", "Upper Province=t:p", "Freedonia=t:c"),
                FindMentionsTest.found(g, "Shelling in Marsa, Upper Province, Freedonia."));
        assertEquals(List.of("el-Marsa=t:t"), FindMentionsTest.found(g, "Shelling in el-Marsa."));
        assertEquals(List.of("t:c", "t:p", "t:t"), g.pathOf(TOWN).stream().map(Place::id).toList());
        assertEquals("t:p", g.firstAdminLevel(TOWN).orElseThrow().id());
        assertEquals(0, g.priorityOf(TOWN));
        assertTrue(g.codeOf(TOWN).isEmpty());
    }

    @Test
    void countriesAreActorsInCallerBuiltGazetteersToo() {
        Gazetteer g = Gazetteer.of(List.of(COUNTRY, PROVINCE, TOWN));
        assertTrue(g.findMentions("Freedonia said it would retaliate.").get(0).actorUse());
    }

    @Test
    void rejectsDuplicateIdsMissingParentsAndCycles() {
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(COUNTRY, COUNTRY)));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(TOWN)));
        Place a = new Place("t:a", "Aaa", FeatureType.REGION, "FD", "t:b", 0, 0, List.of());
        Place b = new Place("t:b", "Bbb", FeatureType.REGION, "FD", "t:a", 0, 0, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(a, b)));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void anEmptyGazetteerFindsNothing() {
        Gazetteer g = Gazetteer.of(List.of());
        assertEquals(List.of(), g.findMentions("Gaza, Kyiv and Khartoum"));
        assertTrue(g.byId("lb:ps").isEmpty());
    }
}
