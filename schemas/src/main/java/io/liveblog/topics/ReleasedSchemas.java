package io.liveblog.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schemas of every released version ({@code io/liveblog/schema/released/vN/*.avsc}, listed in
 * {@code versions.txt}), so a serde can read records those versions wrote: the updates topic is retained for audits
 * and replayed, state stores are restored from changelogs, and an upgraded app must read both. A single-object
 * encoded record names its writer schema only by fingerprint, so a reader that does not know that schema cannot
 * read the record at all, however compatible the change was.
 */
public final class ReleasedSchemas {

    private static final String ROOT = "/io/liveblog/schema/released/";
    /** Records other released schemas refer to by name: parsed first, so the names resolve. */
    private static final String SHARED = "Claim";

    private ReleasedSchemas() {
    }

    /** @return the released versions, oldest first ({@code v1}, ...) */
    public static List<String> versions() {
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(ROOT + "versions.txt")) {
            if (in == null) {
                throw new IllegalStateException("no " + ROOT + "versions.txt on the class path");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String v = line.strip();
                if (!v.isEmpty() && !v.startsWith("#")) {
                    out.add(v);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param recordName a record's simple name ({@code LiveBlogUpdate})
     * @return its schema as each released version wrote it, oldest first; versions without it are skipped
     */
    public static List<Schema> of(String recordName) {
        List<Schema> out = new ArrayList<>();
        for (String version : versions()) {
            Schema s = of(version, recordName);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Parsed schemas by version and record name: every serde asks at class loading, for every version. */
    private static final java.util.Map<String, java.util.Optional<Schema>> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** @return a record's schema in one released version, or null when that version has none */
    public static Schema of(String version, String recordName) {
        return PARSED.computeIfAbsent(version + "/" + recordName,
                k -> java.util.Optional.ofNullable(parsed(version, recordName))).orElse(null);
    }

    private static Schema parsed(String version, String recordName) {
        if (ReleasedSchemas.class.getResource(ROOT + version + "/" + recordName + ".avsc") == null) {
            return null;
        }
        Schema.Parser parser = new Schema.Parser();
        if (!SHARED.equals(recordName)) {
            // a folder holds the files a release changed: the shared record is the newest released up to it
            String shared = null;
            for (String v : versions()) {
                if (ReleasedSchemas.class.getResource(ROOT + v + "/" + SHARED + ".avsc") != null) {
                    shared = v;
                }
                if (v.equals(version)) {
                    break;
                }
            }
            if (shared != null) {
                parse(parser, shared, SHARED);
            }
        }
        return parse(parser, version, recordName);
    }

    private static Schema parse(Schema.Parser parser, String version, String recordName) {
        String path = ROOT + version + "/" + recordName + ".avsc";
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(path)) {
            return in == null ? null : parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
