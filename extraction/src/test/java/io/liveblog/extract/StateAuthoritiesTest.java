package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateAuthoritiesTest {

    private static final StateAuthorities STATES = StateAuthorities.bundled();

    private static final Place UKRAINE = place("ua", "Ukraine", FeatureType.COUNTRY, "UA");
    private static final Place KHERSON_OBLAST = place("ua-kherson-oblast", "Kherson Oblast", FeatureType.ADMIN1, "UA");
    private static final Place KHERSON = place("ua-kherson", "Kherson", FeatureType.CITY, "UA");
    private static final Place MOROCCO = place("ma", "Morocco", FeatureType.COUNTRY, "MA");
    private static final Place MYANMAR = place("mm", "Myanmar", FeatureType.COUNTRY, "MM");
    private static final Place LEBANON = place("lb", "Lebanon", FeatureType.COUNTRY, "LB");

    @Test
    void aStatesOfficeIsNamedByTheCountrysAdjectiveHoweverItIsWritten() {
        assertEquals("Russian defence ministry", STATES.name("Russia's defence ministry", List.of()));
        assertEquals("Russian defence ministry", STATES.name("Russian Ministry of Defense", List.of()));
        assertEquals("Italian foreign ministry", STATES.name("Italy's foreign ministry", List.of()));
        assertEquals("Turkish foreign ministry", STATES.name("Türkiye's Ministry of Foreign Affairs", List.of()));
        assertEquals("Ukrainian prosecutor general", STATES.name("Ukraine's prosecutor general", List.of()));
        assertEquals("Syrian government", STATES.name("Syria's government", List.of()));
    }

    @Test
    void aCountryThatSpeaksIsItsGovernment() {
        assertEquals("Israeli government", STATES.name("Israel", List.of()));
        assertEquals("UAE government", STATES.name("UAE", List.of()));
        assertEquals("Saudi government", STATES.name("Saudi Arabia", List.of()));
        assertEquals("US government", STATES.name("United States", List.of()));
        assertEquals("UK government", STATES.name("Britain itself", List.of()));
        assertEquals("Egyptian government", STATES.name("Egyptian officials", List.of()));
    }

    @Test
    void aPersonWithARoleSpeaksForTheOffice() {
        assertEquals("US government", STATES.name("Joe Biden (US President)", List.of()));
        assertEquals("Myanmar government", STATES.name("Min Aung Hlaing (head of military government)",
                List.of(MYANMAR)));
        assertEquals("Kherson regional military administration", STATES.name("Oleksandr Prokudin (regional governor)",
                List.of(UKRAINE, KHERSON_OBLAST, KHERSON)));
    }

    @Test
    void anOfficeWithoutItsCountryTakesTheCountryOfTheFiguresPlace() {
        assertEquals("Moroccan interior ministry", STATES.name("Interior ministry", List.of(MOROCCO)));
        assertEquals("Myanmar government", STATES.name("Military government", List.of(MYANMAR)));
        assertEquals("Kherson regional military administration", STATES.name("Regional governor",
                List.of(UKRAINE, KHERSON_OBLAST)));
        // whose health ministry depends on the place itself (Gaza or the West Bank): left to the alias table's rules
        assertEquals(SourceAliases.CONTEXTUAL_PREFIX + "health-ministry", STATES.name("Health minister",
                List.of(LEBANON)));
        assertEquals("Lebanese health ministry", STATES.healthMinistry(List.of(LEBANON)));
    }

    @Test
    void namesThatAreNoStateOfficePassThrough() {
        for (String name : List.of("Israel Defense Forces", "Pakistan Army", "Lebanese National News Agency",
                "Palestinian Prisoners' Society", "Qatar Fund for Development", "US intelligence", "WFP", "UN",
                "Gaza health ministry", "Russian-installed authorities", "Atef al-Kahlout")) {
            assertEquals(name, STATES.name(name, List.of(MOROCCO)), name);
        }
        // a loose "officials" or a governor outside Ukraine is not guessed from the place
        assertEquals("Officials", STATES.name("Officials", List.of(MYANMAR)));
        assertEquals("Governor", STATES.name("Governor", List.of(LEBANON)));
        assertEquals("Interior ministry", STATES.name("Interior ministry", List.of()));
        // a president or a foreign ministry may be a donor's: "President Joe Biden announced $100 million for Gaza"
        assertEquals("Joe Biden (President)", STATES.name("Joe Biden (President)", List.of(LEBANON)));
        assertEquals("Foreign ministry", STATES.name("Foreign ministry", List.of(MYANMAR)));
    }

    @Test
    void governorsAreNamedByTheirRegionAndUkrainesByItsMilitaryAdministration() {
        assertEquals("Baalbek-Hermel governor", STATES.name("Governor of Baalbek-Hermel (Bachir Khodr)",
                List.of(LEBANON)));
        assertEquals("Kharkiv regional military administration", STATES.name("Kharkiv regional governor",
                List.of(UKRAINE)));
        assertEquals("Odesa regional military administration", STATES.name("Governor of the Odesa region",
                List.of(UKRAINE)));
    }

    @Test
    void mayorsAreNamedByTheirTown() {
        assertEquals("Kharkiv mayor", STATES.name("Kharkiv's mayor", List.of()));
        assertEquals("Derna mayor", STATES.name("Mayor of Derna", List.of()));
    }

    @Test
    void theConventionIsStable() {
        for (String name : List.of("Russian defence ministry", "Israeli government", "Moroccan interior ministry",
                "Kherson regional military administration", "Kharkiv mayor", "US government")) {
            assertEquals(name, STATES.name(name, List.of(UKRAINE, KHERSON_OBLAST)), name);
        }
    }

    @Test
    void aNameGivenToTwoCountriesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StateAuthorities.parse(List.of(
                "GE\tGeorgian\tGeorgia", "US\tUS\tUnited States|Georgia")));
    }

    private static Place place(String id, String name, FeatureType type, String cc) {
        return new Place(id, name, type, cc, null, 0, 0, List.of());
    }
}
