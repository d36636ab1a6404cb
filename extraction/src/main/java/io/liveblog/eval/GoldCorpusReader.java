package io.liveblog.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the gold corpus: one JSON object per line, one file per crisis. Strict on purpose: an unknown key, a value
 * outside the vocabularies or a {@code text} that is not in the post is an annotation error, reported with
 * {@code file:line} rather than silently scored.
 */
public final class GoldCorpusReader {

    /** Extension of gold files. */
    public static final String EXTENSION = ".jsonl";

    /** Files of a directory that list facts, not posts (a cross-outlet corpus), end with this. */
    public static final String FACTS_SUFFIX = "facts.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(GoldCorpusReader.class);

    private static final Set<String> POST_KEYS =
            Set.of("id", "published", "headline", "byline", "body", "url", "figures", "negatives", "notes", "blog");
    private static final Set<String> FIGURE_KEYS = Set.of("metric", "value", "low", "high", "qualifier", "scope",
            "modality", "source", "location", "admin1", "unit", "text", "restatements", "notes", "baseline", "eventDate", "fact");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private GoldCorpusReader() {
    }

    /**
     * Reads every {@code *.jsonl} file directly in {@code dir}, in file-name order.
     *
     * @return the posts of all files
     * @throws GoldFormatException on a malformed line, a duplicate post id, or a directory without gold files
     * @throws IOException when a file cannot be read
     */
    public static List<GoldPost> readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("gold directory " + dir + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            // a cross-outlet corpus keeps its list of facts beside the posts (gold-facts/README.md)
            files = listing.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().endsWith(FACTS_SUFFIX))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new GoldFormatException(dir.toString(), "no *" + EXTENSION + " gold files in this directory");
        }
        List<GoldPost> posts = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (Path file : files) {
            for (GoldPost post : readFile(file)) {
                String earlier = seenIds.putIfAbsent(post.id(), post.origin());
                if (earlier != null) {
                    throw new GoldFormatException(post.origin(), "post id '" + post.id() + "' already used at " + earlier);
                }
                posts.add(post);
            }
        }
        LOG.debug("Read {} gold posts from {} files in {}", posts.size(), files.size(), dir);
        return List.copyOf(posts);
    }

    /**
     * Reads one gold file. Blank lines are skipped.
     *
     * @throws GoldFormatException on a malformed line or a post id used twice in the file
     * @throws IOException when the file cannot be read
     */
    public static List<GoldPost> readFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<GoldPost> posts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    posts.add(parseLine(line, name, lineNo));
                }
            }
        }
        return posts;
    }

    /**
     * Parses and validates one line.
     *
     * @param line the JSON object
     * @param file file name, for messages and {@link GoldPost#file()}
     * @param lineNo 1-based line number
     * @throws GoldFormatException when the line is not a valid gold post
     */
    public static GoldPost parseLine(String line, String file, int lineNo) throws GoldFormatException {
        String origin = file + ":" + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(origin, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new GoldFormatException(origin, "expected one JSON object per line");
        }
        Fields post = new Fields(node, origin, "post", POST_KEYS);
        String id = post.requiredText("id");
        String published = post.requiredText("published");
        Instant instant;
        java.time.ZoneOffset zone;
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(published);
            instant = parsed.toInstant();
            zone = parsed.getOffset();
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(origin, "published '" + published
                    + "' is not ISO-8601 with an offset, e.g. 2023-12-02T11:06:00-05:00", e);
        }
        String headline = post.optionalText("headline");
        String body = post.requiredText("body");
        String prefix = "post " + id + ": ";
        List<String> negatives = post.optionalTextArray("negatives");
        String checkedHeadline = headline == null ? "" : headline;
        for (String negative : negatives) {
            requireInPost(origin, prefix + "negative", negative, checkedHeadline, body);
        }
        JsonNode figuresNode = post.required("figures");
        if (!figuresNode.isArray()) {
            throw new GoldFormatException(origin, prefix + "'figures' must be an array");
        }
        List<GoldFigure> figures = new ArrayList<>();
        int index = 0;
        for (JsonNode figureNode : figuresNode) {
            index++;
            String where = prefix + "figure " + index;
            if (!figureNode.isObject()) {
                throw new GoldFormatException(origin, where + " must be an object");
            }
            GoldFigure figure = parseFigure(new Fields(figureNode, origin, where, FIGURE_KEYS));
            requireInPost(origin, where + " text", figure.text(), checkedHeadline, body);
            for (String restatement : figure.restatements()) {
                requireInPost(origin, where + " restatement", restatement, checkedHeadline, body);
            }
            figures.add(figure);
        }
        return new GoldPost(id, instant, headline, post.optionalText("byline"), body, post.optionalText("url"),
                figures, negatives, file, lineNo, zone, post.optionalText("blog"));
    }

    private static GoldFigure parseFigure(Fields f) throws GoldFormatException {
        Metric metric = f.vocabulary("metric", Metric::fromWireName, Metric.values(), Metric::wireName);
        Qualifier qualifier = f.vocabulary("qualifier", Qualifier::fromWireName, Qualifier.values(), Qualifier::wireName);
        Scope scope = f.vocabulary("scope", Scope::fromWireName, Scope.values(), Scope::wireName);
        Modality modality = f.vocabulary("modality", Modality::fromWireName, Modality.values(), Modality::wireName);
        f.required("value");
        Long value = f.optionalLong("value");
        Long low = f.optionalLong("low");
        Long high = f.optionalLong("high");
        if (low != null && value != null && low > value) {
            throw f.error("low " + low + " is above value " + value);
        }
        if (high != null && value != null && high < value) {
            throw f.error("high " + high + " is below value " + value);
        }
        if (low != null && high != null && low > high) {
            throw f.error("low " + low + " is above high " + high);
        }
        String text = f.requiredText("text");
        String baseline = f.optionalText("baseline");
        if (baseline != null && !(baseline.startsWith("phase:") && baseline.length() > 6 || isDate(baseline))) {
            throw f.error("baseline '" + baseline + "' is neither YYYY-MM-DD nor phase:<words>");
        }
        if (baseline != null && scope != Scope.CUMULATIVE) {
            throw f.error("baseline on a " + scope.wireName() + " figure: only running totals have one");
        }
        String eventDate = f.optionalText("eventDate");
        if (eventDate != null && !isDate(eventDate)) {
            throw f.error("eventDate '" + eventDate + "' is not YYYY-MM-DD");
        }
        return new GoldFigure(metric, value, low, high, qualifier, scope, modality, f.optionalText("source"),
                f.optionalText("location"), f.optionalText("admin1"), f.optionalText("unit"), text,
                f.optionalTextArray("restatements"), baseline,
                eventDate == null ? null : java.time.LocalDate.parse(eventDate), f.optionalText("fact"));
    }

    private static boolean isDate(String text) {
        try {
            return java.time.LocalDate.parse(text).toString().equals(text);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void requireInPost(String origin, String what, String needle, String headline, String body)
            throws GoldFormatException {
        if (needle.isEmpty()) {
            throw new GoldFormatException(origin, what + " is empty");
        }
        if (!headline.contains(needle) && !body.contains(needle)) {
            throw new GoldFormatException(origin, what + " '" + needle + "' is not a substring of the headline or body");
        }
    }

    /** Typed access to the keys of one JSON object, with messages that say where the problem is. */
    private static final class Fields {
        private final JsonNode node;
        private final String origin;
        private final String where;

        Fields(JsonNode node, String origin, String where, Set<String> allowed) throws GoldFormatException {
            this.node = node;
            this.origin = origin;
            this.where = where;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error("unknown key '" + name + "' (allowed: " + allowed.stream().sorted()
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
        }

        GoldFormatException error(String problem) {
            return new GoldFormatException(origin, where + ": " + problem);
        }

        JsonNode required(String key) throws GoldFormatException {
            JsonNode value = node.get(key);
            if (value == null) {
                throw error("missing key '" + key + "'");
            }
            return value;
        }

        String requiredText(String key) throws GoldFormatException {
            String value = optionalText(key);
            if (value == null || value.isBlank()) {
                throw error("'" + key + "' must be a non-empty string");
            }
            return value;
        }

        String optionalText(String key) throws GoldFormatException {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw error("'" + key + "' must be a string or null, found " + value.getNodeType());
            }
            return value.textValue();
        }

        Long optionalLong(String key) throws GoldFormatException {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw error("'" + key + "' must be an integer or null, found " + value);
            }
            if (value.longValue() < 0) {
                throw error("'" + key + "' must not be negative, found " + value);
            }
            return value.longValue();
        }

        List<String> optionalTextArray(String key) throws GoldFormatException {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw error("'" + key + "' must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw error("'" + key + "' must contain only strings, found " + item);
                }
                out.add(item.textValue());
            }
            return out;
        }

        <E> E vocabulary(String key, Function<String, Optional<E>> lookup, E[] all, Function<E, String> wireName)
                throws GoldFormatException {
            String name = requiredText(key);
            return lookup.apply(name).orElseThrow(() -> error("unknown " + key + " '" + name + "' (expected one of "
                    + Arrays.stream(all).map(wireName).collect(Collectors.joining(", ")) + ")"));
        }
    }
}
