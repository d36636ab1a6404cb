package io.liveblog.producer.read;

import io.liveblog.producer.feed.FeedParsers;
import io.liveblog.producer.parse.CnnTextParser;
import io.liveblog.producer.parse.JsonLinesParser;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.ZoneAbbreviations;
import java.util.List;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the parser of an input file by its extension: {@code .txt} is CNN-style live-blog text,
 * {@code .jsonl} and {@code .ndjson} are JSON Lines, and saved feeds and pages ({@code .xml .rss .atom .json .html
 * .htm}) are read by {@link FeedParsers}, which tells RSS, Atom, Guardian live-blog JSON and HTML apart by content.
 */
public final class InputFiles {

    private final Map<String, PostParser> byExtension;

    /** @param byExtension parsers by lower-case extension without dot, in the order shown to users */
    public InputFiles(Map<String, PostParser> byExtension) {
        Map<String, PostParser> copy = new LinkedHashMap<>();
        byExtension.forEach((ext, parser) -> copy.put(ext.toLowerCase(Locale.ROOT), Objects.requireNonNull(parser)));
        this.byExtension = Collections.unmodifiableMap(copy);
    }

    /** @return the standard mapping with the standard zone table */
    public static InputFiles standard() {
        return withZones(ZoneAbbreviations.standard());
    }

    /**
     * @param zones zone table for CNN-style time lines (e.g. with {@code IST} configured)
     * @return the standard mapping
     */
    public static InputFiles withZones(ZoneAbbreviations zones) {
        Map<String, PostParser> m = new LinkedHashMap<>();
        m.put("txt", new CnnTextParser(zones));
        JsonLinesParser jsonl = new JsonLinesParser();
        m.put("jsonl", jsonl);
        m.put("ndjson", jsonl);
        FeedParsers feeds = FeedParsers.defaults();
        for (String ext : List.of("xml", "rss", "atom", "json", "html", "htm")) {
            m.put(ext, feeds);
        }
        return new InputFiles(m);
    }

    /** @return supported extensions (without dot) */
    public Set<String> supportedExtensions() {
        return byExtension.keySet();
    }

    /**
     * @param file an input file
     * @return its parser
     * @throws InputFileException when the extension is not supported, naming the supported ones
     */
    public PostParser parserFor(Path file) throws InputFileException {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        PostParser parser = byExtension.get(ext);
        if (parser == null) {
            throw new InputFileException(file, "cannot read " + file + ": unsupported file type"
                    + (ext.isEmpty() ? " (no extension)" : " '." + ext + "'") + "; supported: "
                    + describe(), null);
        }
        return parser;
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        byExtension.forEach((ext, parser) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('.').append(ext).append(" (").append(parser.format()).append(')');
        });
        return sb.toString();
    }
}
