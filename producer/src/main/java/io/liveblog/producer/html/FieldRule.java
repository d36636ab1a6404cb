package io.liveblog.producer.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a preset finds one field inside a post element: an optional CSS selector (absent: the post element itself),
 * then the first non-blank of the listed attributes ({@value #TEXT} stands for the element's text; no attributes:
 * the text), then an optional regular expression whose first group is kept.
 *
 * <p>In a preset file a rule is either a selector string ({@code "h2.title"}) or an object
 * {@code {"select": "time", "attr": ["datetime", "#text"], "pattern": "^post-(.+)$"}}.
 *
 * @param select CSS selector relative to the post, or null for the post element itself
 * @param attributes attribute names to try in order; {@value #TEXT} is the element text; empty means text
 * @param pattern regular expression applied to the value, whose first group (or whole match) is kept; or null
 */
public record FieldRule(String select, List<String> attributes, Pattern pattern) {

    /** Pseudo attribute meaning "the text of the element". */
    public static final String TEXT = "#text";

    public FieldRule {
        attributes = attributes == null || attributes.isEmpty() ? List.of(TEXT) : List.copyOf(attributes);
        if (select != null && select.isBlank()) {
            select = null;
        }
    }

    /** @return a rule taking the text of the first element matching the selector */
    public static FieldRule text(String select) {
        return new FieldRule(Objects.requireNonNull(select, "select"), List.of(TEXT), null);
    }

    /** @return the element the rule reads from, if present */
    public Optional<Element> element(Element post) {
        return select == null ? Optional.of(post) : Optional.ofNullable(post.selectFirst(select));
    }

    /**
     * @param post the post element
     * @return the field's value (one line of text), or empty when the element, attributes or pattern match are missing
     */
    public Optional<String> value(Element post) {
        if (select == null) {
            return valueOf(post);
        }
        // several elements may match (e.g. two <time> elements); the first one that yields a value wins
        for (Element candidate : post.select(select)) {
            Optional<String> value = valueOf(candidate);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private Optional<String> valueOf(Element element) {
        for (String attribute : attributes) {
            String raw = attribute.equals(TEXT) ? HtmlText.inline(HtmlText.clean(element)) : element.attr(attribute);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = raw.strip();
            if (pattern == null) {
                return Optional.of(value);
            }
            Matcher m = pattern.matcher(value);
            if (m.find()) {
                String kept = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
                if (!kept.isBlank()) {
                    return Optional.of(kept.strip());
                }
            }
        }
        return Optional.empty();
    }
}
