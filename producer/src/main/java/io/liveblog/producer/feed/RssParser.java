package io.liveblog.producer.feed;

import io.liveblog.producer.html.HtmlText;
import io.liveblog.producer.parse.ParsedPost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 2.0 feeds (and, leniently, RSS 0.9x and the RDF-based RSS 1.0) into posts, one per {@code <item>}.
 *
 * <p>Field mapping: {@code guid} (else {@code link}) is the source post id; {@code pubDate} (else {@code dc:date},
 * else {@code atom:published}/{@code atom:updated}) the publication time; {@code atom:updated} or
 * {@code dcterms:modified} the update time; {@code title} the headline; {@code dc:creator} (else the name in
 * {@code author}) the byline; {@code content:encoded} (else {@code description}) the HTML body, cleaned with
 * {@link HtmlText}. The blog is identified by the channel {@code link} (the live-blog page), else the feed URL.
 *
 * <p>XML is read with DTDs and external entities disabled.
 */
public final class RssParser extends XmlFeedParser {

    /** Version written on every post; bump it when the mapping changes. */
    public static final String PARSER_VERSION = "rss/1";

    static final String RSS_10_NS = "http://purl.org/rss/1.0/";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    static final String ATOM_NS = AtomParser.ATOM_NS;

    /** RSS {@code author} is "email (Name)" by the spec. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /** Parser with the default limits. */
    public RssParser() {
        this(ParserLimits.defaults());
    }

    /** @param limits size limits */
    public RssParser(ParserLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return FeedFormat.RSS.wireName();
    }

    @Override
    String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    String rootProblem(XmlElement root) {
        if (root.is(null, "rss") || root.is(null, "RDF")) {
            return null;
        }
        return "not an RSS feed: the root element is <" + root.localName() + ">"
                + (root.localName().equals("feed") ? " (this looks like an Atom feed; use format atom)" : "");
    }

    @Override
    FeedContext context(XmlElement root, String sourceName) {
        XmlElement channel = root.child(null, "channel").orElse(root);
        String link = null;
        for (XmlElement candidate : channel.children(null, "link")) {
            // an atom:link (rel="self") in the channel is the feed itself, not the blog page
            if (!candidate.namespace().equals(ATOM_NS) && !candidate.text().isBlank()) {
                link = candidate.text().strip();
                break;
            }
        }
        FeedContext bootstrap = new FeedContext(sourceName, null, null);
        String blogUrl = bootstrap.resolve(link);
        return new FeedContext(sourceName, WebBlogIds.fromSource(blogUrl != null ? blogUrl : sourceName), blogUrl);
    }

    @Override
    List<XmlElement> entries(XmlElement root) {
        List<XmlElement> items = new ArrayList<>();
        // RSS 2.0 nests items in the channel; RSS 1.0 has them as siblings of the channel
        root.child(null, "channel").ifPresent(channel -> items.addAll(channel.children(null, "item")));
        items.addAll(root.children(null, "item"));
        return items;
    }

    @Override
    String entryId(XmlElement entry) {
        String guid = entry.childText(null, "guid");
        if (guid != null) {
            return guid;
        }
        String about = entry.attribute("rdf:about");
        if (about != null && !about.isBlank()) {
            return about.strip();
        }
        return coreText(entry, "link");
    }

    @Override
    ParsedPost toPost(XmlElement item, FeedContext context, String origin) throws EntryException {
        String published = firstNonNull(coreText(item, "pubDate"), item.childText(DC_NS, "date"),
                item.childText(ATOM_NS, "published"), item.childText(ATOM_NS, "updated"));
        Instant publishedAt = requireTime(published, "pubDate, dc:date or atom:published");
        Instant updatedAt = optionalTime(firstNonNull(item.childText(ATOM_NS, "updated"),
                item.childText(DCTERMS_NS, "modified")));
        String html = item.childText(CONTENT_NS, "encoded");
        if (html == null) {
            html = coreText(item, "description");
        }
        return new ParsedPost(entryId(item), context.blogId(), context.blogUrl(),
                context.resolve(coreText(item, "link")), publishedAt, updatedAt,
                HtmlText.inline(coreText(item, "title")), byline(item), HtmlText.clean(html), format(),
                PARSER_VERSION, origin).withPublishedOffset(FeedDates.offsetOf(published, null, publishedAt)
                        .orElse(null));
    }

    private static String byline(XmlElement item) {
        Set<String> names = new LinkedHashSet<>();
        for (XmlElement creator : item.children(DC_NS, "creator")) {
            String name = HtmlText.inline(creator.text());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            for (XmlElement author : item.children(null, "author")) {
                String text = HtmlText.inline(author.text());
                Matcher m = EMAIL_WITH_NAME.matcher(text);
                if (m.matches()) {
                    names.add(m.group(1).strip());
                } else if (!text.isEmpty() && !text.contains("@")) {
                    names.add(text);
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** An RSS core element: no namespace (RSS 0.9x/2.0) or the RSS 1.0 namespace. */
    private static String coreText(XmlElement item, String local) {
        for (XmlElement child : item.children(null, local)) {
            if (child.namespace().isEmpty() || child.namespace().equals(RSS_10_NS)) {
                String text = child.text().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
