package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParsedPost;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes posts as an RSS 2.0 feed, the way live-blog feeds publish them and {@link RssParser} reads them back: one
 * {@code <item>} per post with its {@code guid}, {@code pubDate} (RFC 1123), {@code atom:updated} when it was
 * edited, {@code title}, {@code dc:creator} and the body as HTML paragraphs in {@code content:encoded}.
 *
 * <p>Every string is XML-escaped (headline, byline and body twice: readers take them as HTML, so they are escaped as
 * HTML text first), never wrapped in CDATA, so no text of a post can end an element or inject markup. Characters XML 1.0 does
 * not allow are dropped.
 */
public final class RssWriter {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RssWriter() {
    }

    /**
     * One post of a feed.
     *
     * @param guid the post's id in the feed
     * @param published publication time
     * @param updated last edit, or null
     * @param title headline, may be empty
     * @param byline author names, or null
     * @param body plain text, paragraphs separated by a blank line
     */
    public record Item(String guid, Instant published, Instant updated, String title, String byline, String body) {
        public Item {
            Objects.requireNonNull(guid, "guid");
            Objects.requireNonNull(published, "published");
            title = title == null ? "" : title;
            body = body == null ? "" : body;
        }

        /** @return a post as a parser read it, as an item (its source id, else its origin, is the guid) */
        public static Item of(ParsedPost p) {
            String guid = p.sourcePostId() != null ? p.sourcePostId() : p.origin();
            return new Item(guid, p.published(), p.updated(), p.headline(), p.byline(), p.body());
        }
    }

    /**
     * @param title the channel's title
     * @param link the live blog's page (readers take the blog's id from it)
     * @param items the posts, in the order they are listed (feeds list the newest first)
     * @return the feed's XML
     */
    public static String write(String title, String link, List<Item> items) {
        StringBuilder xml = new StringBuilder(256 + 1024 * items.size());
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"").append(RssParser.CONTENT_NS)
                .append("\" xmlns:dc=\"").append(RssParser.DC_NS)
                .append("\" xmlns:atom=\"").append(RssParser.ATOM_NS).append("\">\n<channel>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link>").append(escape(link)).append("</link>\n");
        for (Item item : items) {
            xml.append("<item>\n<guid isPermaLink=\"false\">").append(escape(item.guid())).append("</guid>\n")
                    .append("<pubDate>").append(RFC_1123.format(item.published())).append("</pubDate>\n");
            if (item.updated() != null) {
                xml.append("<atom:updated>").append(item.updated()).append("</atom:updated>\n");
            }
            // readers take titles and names as HTML (feeds put entities and tags in them): escaped as HTML text first
            xml.append("<title>").append(escape(escape(item.title()))).append("</title>\n");
            if (item.byline() != null && !item.byline().isBlank()) {
                xml.append("<dc:creator>").append(escape(escape(item.byline()))).append("</dc:creator>\n");
            }
            xml.append("<content:encoded>").append(escape(paragraphs(item.body()))).append("</content:encoded>\n")
                    .append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    /** @return plain-text paragraphs (blank-line separated) as HTML paragraphs, their text escaped */
    private static String paragraphs(String body) {
        StringBuilder html = new StringBuilder(body.length() + 32);
        for (String p : body.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                html.append("<p>").append(escape(p.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    /** @return text safe as XML (and HTML) element content or attribute value */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(text, i)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0 characters: tab, newline, carriage return, U+0020 and up except lone surrogates and U+FFFE/U+FFFF. */
    private static boolean allowedInXml(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
