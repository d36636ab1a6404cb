package io.liveblog.producer.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePresetsTest {

    @Test
    void bundledPresetsLoadInPriorityOrder() {
        SitePresets bundled = SitePresets.bundled();

        assertEquals(List.of("schema-org-json-ld", "schema-org-microdata", "cnn-like", "guardian-like",
                "article-per-post"), bundled.all().stream().map(SitePreset::name).toList());
        SitePreset cnn = bundled.named("cnn-like").orElseThrow();
        assertEquals(ZoneId.of("America/New_York"), cnn.timeZone());
        assertTrue(cnn.appliesTo("edition.cnn.com"));
        assertTrue(cnn.appliesTo("cnn.com"));
        assertTrue(!cnn.appliesTo("notcnn.com"));
    }

    @Test
    void candidatesAreTheHostsOwnPresetsThenTheGenericOnes() {
        List<String> names = SitePresets.bundled().candidatesFor("www.theguardian.com").stream()
                .map(SitePreset::name).toList();

        assertEquals(List.of("guardian-like", "schema-org-json-ld", "schema-org-microdata", "article-per-post"), names);
    }

    @Test
    void aUserPresetReplacesTheBundledOneOfTheSameName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("presets.json");
        Files.writeString(file, "{\"presets\": [{\"name\": \"cnn-like\", \"hosts\": [\"cnn.com\"],"
                + " \"posts\": \"div.post\", \"published\": {\"select\": \"time\", \"attr\": \"datetime\"}},"
                + " {\"name\": \"extra\", \"type\": \"json-ld\", \"hosts\": [\"extra.example\"]}]}");

        SitePresets presets = SitePresets.bundledWith(List.of(file));

        assertEquals("div.post", presets.named("cnn-like").orElseThrow().posts());
        assertEquals("extra", presets.all().get(1).name(), "user presets come first");
        assertEquals(6, presets.all().size());
    }

    @Test
    void mistakesInAPresetFileAreNamedAtLoadTime() {
        assertProblem("{\"presets\": [{\"name\": \"a\", \"posts\": \"div[\", \"published\": \"time\"}]}",
                "preset \"a\" in test: bad CSS selector in \"posts\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"post\": \"div\", \"published\": \"time\"}]}",
                "unknown key \"post\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"published\": \"time\"}]}",
                "a css preset needs \"posts\" and \"published\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"posts\": \"div\", \"published\": \"time\", \"timeZone\": \"Mars/Olympus\"}]}",
                "unknown timeZone \"Mars/Olympus\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"posts\": \"div\", \"published\": \"time\", \"timePatterns\": [\"hh:mm qqqqqq\"]}]}",
                "bad time pattern");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"posts\": \"div\", \"published\": {\"select\": \"time\", \"pattern\": \"(\"}}]}",
                "bad pattern in \"published\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"posts\": \"div\", \"published\": {\"selector\": \"time\"}}]}",
                "unknown key \"selector\" in \"published\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"type\": \"xpath\"}]}", "type must be");
        assertProblem("{\"presets\": [{\"name\": \"a b\", \"type\": \"json-ld\"}]}", "preset name \"a b\"");
        assertProblem("{\"presets\": [{\"name\": \"a\", \"type\": \"json-ld\"}, {\"name\": \"a\", \"type\": \"json-ld\"}]}",
                "defines \"a\" twice");
        assertProblem("{\"presets\": {}}", "must be an object with a \"presets\" array");
        assertProblem("{\"presets\": [", "is not valid JSON");
    }

    @Test
    void anUnreadableUserFileIsAnError(@TempDir Path dir) {
        PresetFileException e = assertThrows(PresetFileException.class,
                () -> SitePresets.bundledWith(List.of(dir.resolve("missing.json"))));
        assertTrue(e.getMessage().startsWith("cannot read preset file "), e.getMessage());
    }

    private static void assertProblem(String json, String expected) {
        PresetFileException e = assertThrows(PresetFileException.class, () -> SitePresets.fromJson(utf8(json), "test"));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }
}
