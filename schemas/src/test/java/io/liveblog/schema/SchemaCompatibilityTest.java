package io.liveblog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/** Every released schema stays fully compatible with the current one (checked in every build). */
class SchemaCompatibilityTest {

    private static final List<Schema> CURRENT = List.of(LiveBlogUpdate.getClassSchema(), Claim.getClassSchema(),
            LocationAggregate.getClassSchema(), DeadLetter.getClassSchema(), PostClaims.getClassSchema(),
            ClaimChange.getClassSchema(), ClaimSet.getClassSchema(), Alert.getClassSchema());

    @Test
    void currentSchemasAreFullyCompatibleWithEveryReleasedVersion() throws Exception {
        Path released = Path.of(getClass().getResource("/io/liveblog/schema/released").toURI());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> versions = Files.list(released)) {
            for (Path version : versions.filter(Files::isDirectory).sorted().toList()) {
                for (Schema current : CURRENT) {
                    Schema old = releasedSchema(version, current.getName());
                    if (old == null) {
                        continue;
                    }
                    checked++;
                    check(old, current, version.getFileName() + " -> current", problems);
                    check(current, old, "current -> " + version.getFileName(), problems);
                }
            }
        }
        assertTrue(checked >= CURRENT.size(), "released schemas found: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReleasedFolderIsListedSoTheSerdesReadIt() throws Exception {
        Path released = Path.of(getClass().getResource("/io/liveblog/schema/released").toURI());
        List<String> folders;
        try (Stream<Path> versions = Files.list(released)) {
            folders = versions.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(folders, io.liveblog.topics.ReleasedSchemas.versions().stream().sorted().toList());
        assertEquals(LiveBlogUpdate.getClassSchema().getFields().size() - 1,
                io.liveblog.topics.ReleasedSchemas.of("v1", "LiveBlogUpdate").getFields().size(),
                "v1 is the release before publishedOffset");
    }

    /**
     * Main is what runs: a record written by today's build must stay readable after the next schema change, so every
     * change to a schema comes with a released folder holding it (the serdes read only released writer schemas).
     */
    @Test
    void todaysSchemasAreReleased() {
        List<String> unreleased = new ArrayList<>();
        for (Schema current : CURRENT) {
            List<Schema> released = io.liveblog.topics.ReleasedSchemas.of(current.getName());
            if (released.isEmpty() || SchemaNormalization.parsingFingerprint64(released.get(released.size() - 1))
                    != SchemaNormalization.parsingFingerprint64(current)) {
                unreleased.add(current.getName());
            }
        }
        assertEquals(List.of(), unreleased, "copy the changed .avsc files into a new released/vN folder and list it"
                + " in released/versions.txt");
    }

    @Test
    void theCheckRejectsAnIncompatibleChange() {
        Schema old = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
                + "{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema renamed = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
                + "{\"name\":\"b\",\"type\":\"string\"}]}");
        List<String> problems = new ArrayList<>();
        check(old, renamed, "test", problems);
        assertFalse(problems.isEmpty());
    }

    @Test
    void everyFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (Schema s : CURRENT) {
            collectUndocumented(s, undocumented);
        }
        assertEquals(List.of(), undocumented);
    }

    private static void collectUndocumented(Schema s, List<String> out) {
        if (s.getType() != Schema.Type.RECORD) {
            return;
        }
        if (s.getDoc() == null || s.getDoc().isBlank()) {
            out.add(s.getFullName());
        }
        for (Schema.Field f : s.getFields()) {
            if (f.doc() == null || f.doc().isBlank()) {
                out.add(s.getFullName() + "." + f.name());
            }
            Schema t = f.schema();
            if (t.getType() == Schema.Type.ARRAY) {
                t = t.getElementType();
            }
            if (t.getType() == Schema.Type.RECORD && t.getNamespace().equals(s.getNamespace())
                    && !t.getName().equals("Claim")) {
                collectUndocumented(t, out);
            }
        }
    }

    /** Data written with {@code writer} must be readable with {@code reader}. */
    private static void check(Schema writer, Schema reader, String direction, List<String> problems) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(reader.getName() + " (" + direction + "): " + result.getDescription());
        }
    }

    /** @return a record's schema in a released folder, read as the serdes read it (null when the folder has none) */
    private static Schema releasedSchema(Path version, String name) {
        return io.liveblog.topics.ReleasedSchemas.of(version.getFileName().toString(), name);
    }
}
