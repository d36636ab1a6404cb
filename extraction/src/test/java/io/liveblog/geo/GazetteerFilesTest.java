package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated file formats: a broken line stops the load and names its line. */
class GazetteerFilesTest {

    private static List<GazetteerFiles.PlaceLine> places(String content) throws IOException {
        return GazetteerFiles.readPlaces(new BufferedReader(new StringReader(content)), "test.tsv");
    }

    @Test
    void readsAllColumnsAndDefaultsTheOptionalOnes() throws IOException {
        List<GazetteerFiles.PlaceLine> lines = places("""
                \uFEFFlb:x\tXland\tCOUNTRY\tXX\t\t1.5\t-2.5\tX-land|Ex Land\tXX\t2\tactor
                lb:y\tWhy\ttown\tXX\tlb:x\t1\t2\t
                """);
        assertEquals(2, lines.size());
        Place x = lines.get(0).place();
        assertEquals("lb:x", x.id(), "a byte-order mark is not part of the first id");
        assertEquals(List.of("X-land", "Ex Land"), x.alternateNames());
        assertEquals(-2.5, x.longitude());
        assertEquals(new PlaceDetails(2, "XX", Set.of("actor"), 0), lines.get(0).details());
        assertEquals(FeatureType.TOWN, lines.get(1).place().type());
        assertEquals(PlaceDetails.NONE, lines.get(1).details());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "lb:x\tXland\tCOUNTRY\tXX\t\t1\t2",                       // 7 columns
        "lb:x\tXland\tSTATE\tXX\t\t1\t2\t",                       // unknown type
        "lb:x\tXland\tCOUNTRY\tXXX\t\t1\t2\t",                    // bad country code
        "lb:x\tXland\tCOUNTRY\tXX\t\t91\t2\t",                    // latitude out of range
        "lb:x\tXland\tCOUNTRY\tXX\t\tnorth\t2\t",                 // latitude not a number
        "lb:x\t\tCOUNTRY\tXX\t\t1\t2\t",                          // empty name
        "lb:x\tXland\tCOUNTRY\tXX\t\t1\t2\t\t\t\tcapital",         // unknown flag
        "lb:x\tXland\tCOUNTRY\tXX\t\t1\t2\t\t\tfirst",            // priority not a number
    })
    void rejectsMalformedPlaceLinesNamingTheLine(String line) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> places("# header\n" + line + "\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:2: "), e.getMessage());
    }

    @Test
    void expandsAlternationGroups() {
        assertEquals(List.of("northern Gaza", "north Gaza"), GazetteerFiles.expand("{northern|north} Gaza"));
        assertEquals(List.of("Gaza", "Gaza Strip"), GazetteerFiles.expand("Gaza{| Strip}"));
        assertEquals(List.of("a c", "a d", "b c", "b d"), GazetteerFiles.expand("{a|b} {c|d}"));
        assertThrows(IllegalArgumentException.class, () -> GazetteerFiles.expand("{a|b Gaza"));
        assertThrows(IllegalArgumentException.class, () -> GazetteerFiles.expand("a|b Gaza"));
    }

    @Test
    void rejectsPhraseLinesWithUnknownUseOrWrongColumns() {
        IllegalStateException use = assertThrows(IllegalStateException.class, () -> GazetteerFiles.readPhrases(
                new BufferedReader(new StringReader("southern X\tlb:x\tsomewhere\n")), "p.tsv"));
        assertTrue(use.getMessage().startsWith("p.tsv:1: unknown phrase use"), use.getMessage());
        assertThrows(IllegalStateException.class, () -> GazetteerFiles.readPhrases(
                new BufferedReader(new StringReader("southern X\tlb:x\n")), "p.tsv"));
    }

    @Test
    void readsActorCuesAndRejectsUnknownCues() throws IOException {
        ActorCues cues = ActorCues.bundled();
        assertTrue(cues.is(ActorCues.Cue.MODAL, "wont"), "won't is folded to wont");
        assertTrue(cues.is(ActorCues.Cue.VERB, "said"));
        assertTrue(cues.is(ActorCues.Cue.LOCATION_PREPOSITION, "of") && cues.is(ActorCues.Cue.GENITIVE, "of"));
        assertFalse(cues.is(ActorCues.Cue.VERB, "in"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ActorCues.read(
                new BufferedReader(new StringReader("verb\tsaid\nnoun\tthing\n")), "c.tsv"));
        assertTrue(e.getMessage().startsWith("c.tsv:2: unknown cue"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ActorCues.read(
                new BufferedReader(new StringReader("verb\tcross-border\n")), "c.tsv"));
    }
}
