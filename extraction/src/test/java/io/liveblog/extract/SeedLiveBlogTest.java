package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the extractor over the team's seed live blog (read at test time from {@code ../shared/seeds}; skipped when
 * absent) and checks it reads what an analyst reads there — and nothing else.
 */
class SeedLiveBlogTest {

    private static List<PostText> posts;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(SeedPosts.available(), "seed live blog not present");
        posts = SeedPosts.read();
    }

    static Stream<Arguments> gazetteers() {
        return Stream.of(Arguments.of("test", TestPlaces.GAZETTEER), Arguments.of("bundled", Gazetteer.bundled()));
    }

    private static List<ExtractedClaim> all(Gazetteer gazetteer) {
        ClaimExtractor x = new ClaimExtractor(gazetteer);
        List<ExtractedClaim> out = new ArrayList<>();
        for (PostText p : posts) {
            out.addAll(x.extract(p));
        }
        return out;
    }

    private static List<ExtractedClaim> find(List<ExtractedClaim> all, Metric metric, long value, Qualifier q) {
        return all.stream().filter(c -> c.metric() == metric && c.quantity().value() != null
                && c.quantity().value() == value && c.quantity().qualifier() == q).toList();
    }

    private static boolean pathHas(ExtractedClaim c, String name) {
        return c.locationPath().stream().map(Place::name).anyMatch(n -> n.toLowerCase().contains(name));
    }

    @ParameterizedTest(name = "{0} gazetteer")
    @MethodSource("gazetteers")
    void readsTheAnalystsFigures(String label, Gazetteer gazetteer) {
        List<ExtractedClaim> all = all(gazetteer);

        List<ExtractedClaim> aid = find(all, Metric.AID_TRUCKS, 55, Qualifier.EXACT);
        assertEquals(2, aid.size(), "headline and body both state the 55 aid trucks");
        aid.forEach(c -> assertTrue(pathHas(c, "rafah"), c::toString));
        List<ExtractedClaim> fuel = find(all, Metric.FUEL_TRUCKS, 3, Qualifier.EXACT);
        assertEquals(1, fuel.size());
        assertTrue(pathHas(fuel.get(0), "rafah"));

        List<ExtractedClaim> killed178 = find(all, Metric.KILLED, 178, Qualifier.AT_LEAST);
        assertEquals(1, killed178.size());
        assertEquals(Scope.CUMULATIVE, killed178.get(0).scope());
        assertEquals("Gaza health ministry", killed178.get(0).source());
        assertTrue(pathHas(killed178.get(0), "gaza"));

        List<ExtractedClaim> wounded150 = find(all, Metric.INJURED, 150, Qualifier.MORE_THAN);
        List<ExtractedClaim> dead100 = find(all, Metric.KILLED, 100, Qualifier.AT_LEAST);
        assertEquals(2, wounded150.size(), "quoted in two posts");
        assertEquals(2, dead100.size(), "quoted in two posts");
        for (ExtractedClaim c : List.of(wounded150.get(0), wounded150.get(1), dead100.get(0), dead100.get(1))) {
            assertTrue(pathHas(c, "ahli"), c::toString);
            assertTrue(pathHas(c, "gaza city"), c::toString);
        }

        List<ExtractedClaim> fighter = find(all, Metric.KILLED, 1, Qualifier.EXACT);
        assertEquals(1, fighter.size());
        assertTrue(pathHas(fighter.get(0), "leban"), fighter.get(0)::toString);
        assertEquals("Hezbollah", fighter.get(0).source());

        List<ExtractedClaim> held = find(all, Metric.HOSTAGES, 100, Qualifier.MORE_THAN);
        assertEquals(1, held.size());
        assertEquals(Scope.CUMULATIVE, held.get(0).scope());

        List<ExtractedClaim> october7 = new ArrayList<>(find(all, Metric.KILLED, 1200, Qualifier.MORE_THAN));
        october7.addAll(find(all, Metric.HOSTAGES, 240, Qualifier.EXACT));
        assertEquals(2, october7.size());
        october7.forEach(c -> assertEquals(Scope.BACKGROUND, c.scope(), c::toString));

        List<ExtractedClaim> feared = find(all, Metric.KILLED, 12, Qualifier.DOZENS);
        assertEquals(2, feared.size(), "headline and body");
        feared.forEach(c -> assertEquals(Modality.PROJECTED, c.modality()));
        feared.forEach(c -> assertTrue(pathHas(c, "jabal"), c::toString));
    }

    @ParameterizedTest(name = "{0} gazetteer")
    @MethodSource("gazetteers")
    void readsNoNonFigures(String label, Gazetteer gazetteer) {
        List<ExtractedClaim> all = all(gazetteer);
        for (ExtractedClaim c : all) {
            assertTrue(!c.text().toLowerCase().matches(".*\\b(strikes?|targets?|ages|posts|every|living)\\b.*"),
                    c::toString);
        }
        // the analyst's figures, the two feared-dead statements, "hundreds more wounded" and the 100 displaced
        // people the bombed building housed: nothing else
        assertEquals(16, all.size(), () -> Posts.describe(all));
    }
}
