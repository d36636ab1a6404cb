package io.liveblog.producer.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The set of {@link SitePreset}s a page parser chooses from: the bundled ones plus any user preset files.
 *
 * <p>File format (JSON, UTF-8):
 * <pre>{@code
 * {"presets": [
 *   {"name": "my-paper", "description": "Live pages of my-paper.example",
 *    "hosts": ["my-paper.example"],
 *    "posts": "article.live-post",
 *    "id": {"attr": ["data-post-id", "id"]},
 *    "published": {"select": "time", "attr": ["datetime", "#text"]},
 *    "updated": {"select": "time.updated", "attr": "datetime"},
 *    "headline": "h2",
 *    "byline": ".live-post__author",
 *    "body": ".live-post__body",
 *    "link": {"select": "a.permalink", "attr": "href"},
 *    "remove": [".live-post__share"],
 *    "timePatterns": ["h:mm a 'ET', MMMM d, yyyy"], "timeZone": "America/New_York"},
 *   {"name": "my-json-ld", "type": "json-ld", "hosts": ["other.example"]}
 * ]}
 * }</pre>
 * Every selector, pattern and zone is checked when the file is loaded, and unknown keys are refused, so a typo
 * fails at start-up with the file and preset named rather than silently finding no posts. A user preset with the
 * name of a bundled one replaces it; user presets are tried before bundled ones.
 */
public final class SitePresets {

    /** Class-path location of the bundled presets. */
    public static final String BUNDLED_RESOURCE = "/io/liveblog/producer/html/presets.json";

    private static final Set<String> KNOWN_KEYS = Set.of("name", "description", "hosts", "type", "posts", "id",
            "published", "updated", "headline", "byline", "body", "link", "remove", "timePatterns", "timeZone");
    private static final Set<String> RULE_KEYS = Set.of("select", "attr", "pattern");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final List<SitePreset> presets;

    private SitePresets(List<SitePreset> presets) {
        this.presets = List.copyOf(presets);
    }

    /** @return the presets shipped with the producer */
    public static SitePresets bundled() {
        try (InputStream in = SitePresets.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new PresetFileException("bundled presets " + BUNDLED_RESOURCE + " missing from the class path",
                        null);
            }
            return new SitePresets(parse(in.readAllBytes(), "bundled " + BUNDLED_RESOURCE));
        } catch (IOException e) {
            throw new PresetFileException("cannot read bundled presets " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * @param userFiles preset files given by the user, in priority order
     * @return the user presets, then the bundled ones not replaced by a user preset of the same name
     * @throws PresetFileException when a file cannot be read or is invalid
     */
    public static SitePresets bundledWith(List<Path> userFiles) {
        Map<String, SitePreset> byName = new LinkedHashMap<>();
        for (Path file : userFiles) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new PresetFileException("cannot read preset file " + file + ": " + e.getMessage(), e);
            }
            for (SitePreset preset : parse(bytes, file.toString())) {
                byName.putIfAbsent(preset.name(), preset);
            }
        }
        for (SitePreset preset : bundled().presets) {
            byName.putIfAbsent(preset.name(), preset);
        }
        return new SitePresets(new ArrayList<>(byName.values()));
    }

    /** @return presets from a JSON document (for tests and embedding), validated like a file */
    public static SitePresets fromJson(byte[] json, String description) {
        return new SitePresets(parse(json, description));
    }

    /** @return all presets, in priority order */
    public List<SitePreset> all() {
        return presets;
    }

    /** @return the preset with that name */
    public Optional<SitePreset> named(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @param host host of the page, or null when unknown
     * @return the presets to try on a page of that host: the host's own presets, then the generic ones
     */
    public List<SitePreset> candidatesFor(String host) {
        List<SitePreset> out = new ArrayList<>();
        for (SitePreset preset : presets) {
            if (preset.appliesTo(host)) {
                out.add(preset);
            }
        }
        for (SitePreset preset : presets) {
            if (preset.isGeneric()) {
                out.add(preset);
            }
        }
        return out;
    }

    private static List<SitePreset> parse(byte[] json, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new PresetFileException("preset file " + where + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new PresetFileException("cannot read preset file " + where + ": " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.path("presets");
        if (list == null || !list.isArray()) {
            throw new PresetFileException("preset file " + where + " must be an object with a \"presets\" array", null);
        }
        List<SitePreset> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode node : list) {
            SitePreset preset = preset(node, where);
            if (!names.add(preset.name())) {
                throw new PresetFileException("preset file " + where + " defines \"" + preset.name() + "\" twice",
                        null);
            }
            out.add(preset);
        }
        return out;
    }

    private static SitePreset preset(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new PresetFileException("preset file " + where + ": every preset must be a JSON object", null);
        }
        String name = string(node, "name", where, "(unnamed)");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new PresetFileException("preset file " + where + ": preset name \"" + name
                    + "\" must be letters, digits, '.', '_' or '-'", null);
        }
        String context = "preset \"" + name + "\" in " + where;
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KNOWN_KEYS.contains(key)) {
                throw new PresetFileException(context + ": unknown key \"" + key + "\" (known: "
                        + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS)) + ")", null);
            }
        }
        String type = Optional.ofNullable(string(node, "type", where, name)).orElse("css").toLowerCase(Locale.ROOT);
        SitePreset.Kind kind = switch (type) {
            case "css" -> SitePreset.Kind.CSS;
            case "json-ld" -> SitePreset.Kind.JSON_LD;
            default -> throw new PresetFileException(context + ": type must be \"css\" or \"json-ld\", not \""
                    + type + "\"", null);
        };
        String posts = selector(string(node, "posts", where, name), context, "posts");
        FieldRule published = rule(node.get("published"), context, "published");
        if (kind == SitePreset.Kind.CSS && (posts == null || published == null)) {
            throw new PresetFileException(context + ": a css preset needs \"posts\" and \"published\"", null);
        }
        ZoneId zone = null;
        String zoneName = string(node, "timeZone", where, name);
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                throw new PresetFileException(context + ": unknown timeZone \"" + zoneName + "\"", e);
            }
        }
        List<String> timePatterns = strings(node.get("timePatterns"), context, "timePatterns");
        for (String pattern : timePatterns) {
            try {
                DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                throw new PresetFileException(context + ": bad time pattern \"" + pattern + "\": " + e.getMessage(),
                        e);
            }
        }
        List<String> remove = strings(node.get("remove"), context, "remove");
        for (String selector : remove) {
            selector(selector, context, "remove");
        }
        return new SitePreset(name, string(node, "description", where, name),
                strings(node.get("hosts"), context, "hosts"), kind, posts,
                rule(node.get("id"), context, "id"), published, rule(node.get("updated"), context, "updated"),
                rule(node.get("headline"), context, "headline"), rule(node.get("byline"), context, "byline"),
                selector(string(node, "body", where, name), context, "body"), rule(node.get("link"), context, "link"),
                remove, timePatterns, zone);
    }

    private static FieldRule rule(JsonNode node, String context, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return FieldRule.text(selector(node.asText(), context, field));
        }
        if (!node.isObject()) {
            throw new PresetFileException(context + ": \"" + field + "\" must be a selector string or an object"
                    + " with select/attr/pattern", null);
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!RULE_KEYS.contains(key)) {
                throw new PresetFileException(context + ": unknown key \"" + key + "\" in \"" + field
                        + "\" (known: select, attr, pattern)", null);
            }
        }
        String select = node.hasNonNull("select") ? selector(node.get("select").asText(), context, field) : null;
        List<String> attributes = node.has("attr") && node.get("attr").isTextual()
                ? List.of(node.get("attr").asText())
                : strings(node.get("attr"), context, field + ".attr");
        Pattern pattern = null;
        if (node.hasNonNull("pattern")) {
            try {
                pattern = Pattern.compile(node.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                throw new PresetFileException(context + ": bad pattern in \"" + field + "\": " + e.getDescription(),
                        e);
            }
        }
        return new FieldRule(select, attributes, pattern);
    }

    private static String selector(String selector, String context, String field) {
        if (selector == null) {
            return null;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new PresetFileException(context + ": bad CSS selector in \"" + field + "\": \"" + selector + "\" ("
                    + e.getMessage() + ")", e);
        }
        return selector;
    }

    private static String string(JsonNode node, String field, String where, String name) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new PresetFileException("preset \"" + name + "\" in " + where + ": \"" + field
                    + "\" must be a string", null);
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String context, String field) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new PresetFileException(context + ": \"" + field + "\" must be a string or an array of strings",
                    null);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new PresetFileException(context + ": \"" + field + "\" must contain only strings", null);
            }
            out.add(item.asText());
        }
        return out;
    }
}
