package io.liveblog.producer.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.liveblog.producer.identify.BlogIds;
import io.liveblog.producer.text.LineReader;
import io.liveblog.producer.text.TextNormaliser;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Parses JSON Lines (format {@value #FORMAT}, version {@value #VERSION}): one JSON object per line,
 * <pre>
 * {"id": "p-17", "published": "2023-12-02T17:28:00Z", "headline": "...", "byline": "...", "body": "...",
 *  "url": "https://...", "blog": "gaza-2023-12-02", "updated": "2023-12-02T18:05:00+01:00"}
 * </pre>
 * <ul>
 *   <li>Required: {@code published} (ISO-8601 with a UTC offset or {@code Z}; a local time without offset is
 *       rejected because it is ambiguous) and a non-blank {@code body}.</li>
 *   <li>Optional: {@code id} (string or integer), {@code headline}, {@code byline} (a leading "From " is removed),
 *       {@code url}, {@code blogUrl}, {@code updated}, {@code blogId} or {@code blog}. Other keys are ignored. A
 *       {@code null} value counts as absent.</li>
 *   <li>Body lines are paragraphs (see {@link TextNormaliser#paragraphs}).</li>
 *   <li>Blog id: {@code blogId}, else {@code blog} (kept when already a plain id, slugged otherwise), else the slug
 *       of {@code blogUrl}, else of {@code url} without its {@code #fragment} (live blogs address posts as fragments
 *       of the blog page), else the slug of the file name. So two exports of one blog in differently named files
 *       give the same post ids, and an edited post in the second replaces its first version.</li>
 *   <li>Each bad line is rejected on its own with origin {@code file:line}: invalid UTF-8, broken JSON, trailing
 *       text after the object, duplicate keys, a non-object, a wrongly typed or invalid field, or a line longer than
 *       {@value #MAX_LINE_BYTES} bytes (1 MiB; such a line is skipped without being read into memory). A broken
 *       last line without a newline is reported as a possibly cut-off file. Blank lines are skipped.</li>
 * </ul>
 */
public final class JsonLinesParser implements StreamingPostParser {

    /** Format name. */
    public static final String FORMAT = "jsonl";
    /** Parser version written on every update. */
    public static final String VERSION = "jsonl/1";
    /** Longest line accepted, in bytes. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ParseResult parse(String sourceName, byte[] content) {
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejects = new ArrayList<>();
        try {
            parse(sourceName, new ByteArrayInputStream(content), posts::add, rejects::add);
        } catch (IOException e) {
            // a ByteArrayInputStream does not fail
            throw new UncheckedIOException(e);
        }
        return new ParseResult(posts, rejects);
    }

    @Override
    public void parse(String sourceName, InputStream in, Consumer<ParsedPost> posts, Consumer<Rejected> rejects)
            throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        byte[] head = buffered.readNBytes(2);
        buffered.reset();
        if (LineReader.startsWithUtf16Bom(head)) {
            rejects.accept(new Rejected(sourceName, "file is UTF-16 encoded; save it as UTF-8",
                    buffered.readNBytes(64 * 1024), FORMAT, null));
            return;
        }
        String fallbackBlogId = BlogIds.fromSourceName(sourceName);
        LineReader reader = new LineReader(buffered, MAX_LINE_BYTES);
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            String origin = sourceName + ":" + line.number();
            if (line.oversized()) {
                rejects.accept(new Rejected(origin, "line is " + line.length() + " bytes, over the limit of "
                        + MAX_LINE_BYTES + " bytes", line.bytes(), FORMAT, null));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                posts.accept(readPost(line, origin, fallbackBlogId));
            } catch (BadLineException e) {
                String cut = line.terminated() ? "" : " (the last line has no newline: the file may be cut off)";
                rejects.accept(new Rejected(origin, e.getMessage() + cut, line.bytes(), FORMAT, e.getCause()));
            }
        }
    }

    private static ParsedPost readPost(LineReader.Line line, String origin, String fallbackBlogId)
            throws BadLineException {
        String text;
        try {
            text = LineReader.decodeUtf8(line.bytes());
        } catch (CharacterCodingException e) {
            throw new BadLineException(e.getMessage() + "; the line is not UTF-8", e);
        }
        if (text.isBlank()) {
            throw new BadLineException("line holds only invisible characters", null);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // a limit exceeded (nesting depth, number length) has no location
            throw new BadLineException("not valid JSON" + (e.getLocation() == null ? "" : " at column "
                    + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException("line is JSON but not an object", null);
        }
        Instant published = instant(node, "published", true);
        Instant updated = instant(node, "updated", false);
        String body = TextNormaliser.cleanBody(string(node, "body"));
        if (body.isEmpty()) {
            throw new BadLineException("'body' is missing or empty", null);
        }
        String declaredBlog = string(node, "blogId");
        if (declaredBlog == null || declaredBlog.isBlank()) {
            declaredBlog = string(node, "blog");
        }
        if (declaredBlog == null || declaredBlog.isBlank()) {
            declaredBlog = blank(string(node, "blogUrl"));
        }
        if (declaredBlog == null) {
            String url = blank(string(node, "url"));
            declaredBlog = url == null ? null : url.replaceFirst("#.*$", "");
        }
        String blogId = declaredBlog == null || declaredBlog.isBlank()
                ? fallbackBlogId : BlogIds.fromDeclared(declaredBlog);
        String byline = TextNormaliser.cleanLine(string(node, "byline"));
        if (byline.startsWith("From ")) {
            byline = byline.substring(5).strip();
        }
        // the offset the time was written in is the post's local calendar ("on Thursday", "yesterday")
        java.time.ZoneOffset offset = OffsetDateTime.parse(string(node, "published").strip()).getOffset();
        return new ParsedPost(id(node), blogId, blank(string(node, "blogUrl")), blank(string(node, "url")),
                published, updated, TextNormaliser.cleanLine(string(node, "headline")),
                byline.isEmpty() ? null : byline, body, FORMAT, VERSION, origin, offset);
    }

    private static String id(JsonNode node) throws BadLineException {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual()) {
            return blank(id.asText().strip());
        }
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        throw new BadLineException("'id' must be a string or an integer, not " + id.getNodeType(), null);
    }

    private static String string(JsonNode node, String field) throws BadLineException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLineException("'" + field + "' must be a string, not " + value.getNodeType(), null);
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node, String field, boolean required) throws BadLineException {
        String text = string(node, field);
        if (text == null || text.isBlank()) {
            if (required) {
                throw new BadLineException("'" + field + "' is missing", null);
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            if (isLocalDateTime(text.strip())) {
                throw new BadLineException("'" + field + "' value '" + text + "' has no UTC offset; write it like "
                        + "2023-12-02T17:28:00Z or 2023-12-02T12:28:00-05:00", e);
            }
            throw new BadLineException("'" + field + "' value '" + text + "' is not an ISO-8601 date-time with an "
                    + "offset, like 2023-12-02T17:28:00Z", e);
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A line that cannot become a post. */
    private static final class BadLineException extends Exception {
        BadLineException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
