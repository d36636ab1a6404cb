package io.liveblog.producer.feed;

import java.util.Locale;
import java.util.Optional;

/** The web formats this package reads; {@link #wireName()} is the {@code sourceFormat} written on every update. */
public enum FeedFormat {
    /** RSS 2.0 (and the older RSS 0.9x / 1.0 RDF variants, read leniently). */
    RSS("rss"),
    /** Atom 1.0 (RFC 4287). */
    ATOM("atom"),
    /** A Guardian Content API response for a live blog, with {@code show-blocks=all}. */
    GUARDIAN_JSON("guardian-json"),
    /** An HTML live-blog page read through a site preset. */
    HTML("html");

    private final String wireName;

    FeedFormat(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name used on the wire and on the command line, e.g. {@code guardian-json} */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a wire name, case-insensitive
     * @return the matching format, or empty
     */
    public static Optional<FeedFormat> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (FeedFormat format : values()) {
            if (format.wireName.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
