package io.liveblog.producer.html;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read the posts of one kind of live-blog page. Presets come from the bundled
 * {@code io/liveblog/producer/html/presets.json} and from user files (see {@link SitePresets}).
 *
 * <p>A {@link Kind#CSS} preset selects post containers with {@link #posts()} and reads each field with a
 * {@link FieldRule}; the body, when {@link #body()} is null, is the whole post minus the headline, time, byline and
 * {@link #remove()} elements. A {@link Kind#JSON_LD} preset reads schema.org {@code LiveBlogPosting} JSON-LD and needs
 * no selectors.
 *
 * @param name unique name, used with {@code --preset}
 * @param description what pages it is for
 * @param hosts host names it applies to automatically (a host matches itself and its subdomains); empty for a
 *              generic preset that is tried on any page
 * @param kind how the page is read
 * @param posts CSS selector of the post containers (CSS kind)
 * @param id rule for the post id, or null
 * @param published rule for the publication time (CSS kind)
 * @param updated rule for the update time, or null
 * @param headline rule for the headline, or null
 * @param byline rule for the byline, or null
 * @param body CSS selector(s) of the body inside the post, or null for "the rest of the post"
 * @param link rule for the permalink, or null
 * @param remove extra CSS selectors removed from the body (share bars, "read more" boxes)
 * @param timePatterns {@link java.time.format.DateTimeFormatter} patterns for times written as text, tried after
 *                     ISO 8601 and RFC 822; "a.m."/"p.m." are read as AM/PM
 * @param timeZone zone for times written without one, or null to reject such times
 */
public record SitePreset(String name, String description, List<String> hosts, Kind kind, String posts, FieldRule id,
                         FieldRule published, FieldRule updated, FieldRule headline, FieldRule byline, String body,
                         FieldRule link, List<String> remove, List<String> timePatterns, ZoneId timeZone) {

    /** How a preset reads a page. */
    public enum Kind {
        /** CSS selectors over the page's elements. */
        CSS,
        /** schema.org LiveBlogPosting in {@code <script type="application/ld+json">}. */
        JSON_LD
    }

    public SitePreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        remove = remove == null ? List.of() : List.copyOf(remove);
        timePatterns = timePatterns == null ? List.of() : List.copyOf(timePatterns);
        if (kind == Kind.CSS) {
            Objects.requireNonNull(posts, "posts selector of a CSS preset");
            Objects.requireNonNull(published, "published rule of a CSS preset");
        }
    }

    /** @return true when the preset names this host or a parent domain of it */
    public boolean appliesTo(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String preset : hosts) {
            if (h.equals(preset) || h.endsWith("." + preset)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the preset is tried on pages of any site */
    public boolean isGeneric() {
        return hosts.isEmpty();
    }
}
