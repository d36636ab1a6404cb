package io.liveblog.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoldCorpusReaderTest {

    private static final String VALID = """
            {"id":"p1","published":"2023-12-02T11:06:00-05:00","headline":"Trucks enter Gaza","byline":"A Reporter",\
            "body":"Forty trucks entered on Saturday.\\n\\nThe crossing opened at 9 a.m.","url":"https://example.org/p1",\
            "figures":[{"metric":"aid_trucks","value":40,"low":40,"high":40,"qualifier":"exact","scope":"incremental",\
            "modality":"reported","source":"Rafah crossing spokesperson","location":"Rafah","admin1":"Gaza Strip",\
            "text":"Forty trucks","restatements":["Trucks enter"]}],"negatives":["9 a.m."]}""";

    @Test
    void readsEveryFieldOfAValidLine() throws GoldFormatException {
        GoldPost post = GoldCorpusReader.parseLine(VALID, "gaza.jsonl", 7);
        assertEquals("p1", post.id());
        assertEquals(Instant.parse("2023-12-02T16:06:00Z"), post.published());
        assertEquals("Forty trucks entered on Saturday.\n\nThe crossing opened at 9 a.m.", post.body());
        assertEquals("https://example.org/p1", post.url());
        assertEquals(List.of("9 a.m."), post.negatives());
        assertEquals("gaza.jsonl:7", post.origin());
        assertEquals("gaza", post.crisis());
        GoldFigure f = post.figures().get(0);
        assertEquals(new GoldFigure(Metric.AID_TRUCKS, 40L, 40L, 40L, Qualifier.EXACT, Scope.INCREMENTAL,
                Modality.REPORTED, "Rafah crossing spokesperson", "Rafah", "Gaza Strip", null, "Forty trucks",
                List.of("Trucks enter")), f);
        assertEquals("p1", post.toPostText().postId());
        assertEquals("A Reporter", post.toPostText().byline());
    }

    @Test
    void optionalKeysMayBeLeftOut() throws GoldFormatException {
        GoldPost post = GoldCorpusReader.parseLine("""
                {"id":"p2","published":"2023-09-09T01:00:00Z","body":"No figures here.","figures":[]}""", "m.jsonl", 1);
        assertEquals("", post.headline());
        assertNull(post.byline());
        assertEquals(List.of(), post.negatives());
        assertEquals(List.of(), post.figures());
    }

    /** Each case: what is broken, the text replaced in {@link #VALID} and its replacement, the expected message. */
    static Stream<Arguments> brokenLines() {
        return Stream.of(
                broken("unknown metric", "\"metric\":\"aid_trucks\"", "\"metric\":\"lorries\"",
                        "unknown metric 'lorries' (expected one of killed, injured"),
                broken("unknown qualifier", "\"exact\"", "\"roughly\"", "unknown qualifier 'roughly'"),
                broken("unknown scope", "\"incremental\"", "\"daily\"", "unknown scope 'daily'"),
                broken("unknown modality", "\"reported\"", "\"rumoured\"", "unknown modality 'rumoured'"),
                broken("text not in post", "\"Forty trucks\"", "\"Fourty trucks\"",
                        "post p1: figure 1 text 'Fourty trucks' is not a substring of the headline or body"),
                broken("restatement not in post", "\"Trucks enter\"", "\"Lorries enter\"",
                        "restatement 'Lorries enter' is not a substring"),
                broken("negative not in post", "\"9 a.m.\"]", "\"9 am\"]", "negative '9 am' is not a substring"),
                broken("misspelt key", "\"qualifier\"", "\"qualifer\"", "unknown key 'qualifer'"),
                broken("value missing", "\"value\":40,", "", "missing key 'value'"),
                broken("value not an integer", "\"value\":40,", "\"value\":40.5,", "'value' must be an integer or null"),
                broken("value as a string", "\"value\":40,", "\"value\":\"40\",", "'value' must be an integer or null"),
                broken("negative value", "\"value\":40,", "\"value\":-4,", "'value' must not be negative"),
                broken("low above value", "\"low\":40", "\"low\":41", "low 41 is above value 40"),
                broken("high below value", "\"high\":40", "\"high\":39", "high 39 is below value 40"),
                broken("no offset on the time", "-05:00", "", "is not ISO-8601 with an offset"),
                broken("body missing", "\"body\"", "\"text_body\"", "unknown key 'text_body'"),
                broken("figures not an array", "\"figures\":[", "\"figures\":{\"x\":[", "not valid JSON"),
                broken("duplicate key", "\"value\":40,", "\"value\":40,\"value\":41,", "Duplicate field 'value'"),
                broken("trailing garbage", "\"9 a.m.\"]}", "\"9 a.m.\"]} x", "not valid JSON"),
                Arguments.of("truncated line", "{\"id\":\"p1\",", "not valid JSON"),
                Arguments.of("not an object", "[1,2]", "expected one JSON object per line"),
                Arguments.of("figures null", "{\"id\":\"p9\",\"published\":\"2023-12-02T11:06:00Z\",\"body\":\"x\","
                        + "\"figures\":null}", "post p9: 'figures' must be an array"),
                Arguments.of("id missing", "{\"published\":\"2023-12-02T11:06:00Z\",\"body\":\"x\",\"figures\":[]}",
                        "post: 'id' must be a non-empty string"));
    }

    private static Arguments broken(String name, String target, String replacement, String expected) {
        assertTrue(VALID.contains(target), "fixture contains " + target);
        return Arguments.of(name, VALID.replace(target, replacement), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void reportsWhatIsWrongWithFileAndLine(String name, String line, String expected) {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldCorpusReader.parseLine(line, "gaza.jsonl", 12));
        assertTrue(e.getMessage().startsWith("gaza.jsonl:12: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void readsAllGoldFilesOfADirectoryInNameOrderSkippingBlankLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.jsonl"), VALID.replace("\"p1\"", "\"b1\"") + "\n\n");
        Files.writeString(dir.resolve("a.jsonl"), "\n" + VALID.replace("\"p1\"", "\"a1\"") + "\n"
                + VALID.replace("\"p1\"", "\"a2\"") + "\n");
        Files.writeString(dir.resolve("README.md"), "not gold");
        List<GoldPost> posts = GoldCorpusReader.readDirectory(dir);
        assertEquals(List.of("a1", "a2", "b1"), posts.stream().map(GoldPost::id).toList());
        assertEquals(List.of("a.jsonl:2", "a.jsonl:3", "b.jsonl:1"), posts.stream().map(GoldPost::origin).toList());
    }

    @Test
    void rejectsAPostIdUsedTwice(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), VALID + "\n");
        Files.writeString(dir.resolve("b.jsonl"), "\n\n" + VALID + "\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldCorpusReader.readDirectory(dir));
        assertEquals("b.jsonl:3: post id 'p1' already used at a.jsonl:1", e.getMessage());
    }

    @Test
    void rejectsADirectoryWithoutGoldFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldCorpusReader.readDirectory(dir));
        assertTrue(e.getMessage().contains("no *.jsonl gold files"), e.getMessage());
        assertThrows(IOException.class, () -> GoldCorpusReader.readDirectory(dir.resolve("missing")));
    }
}
