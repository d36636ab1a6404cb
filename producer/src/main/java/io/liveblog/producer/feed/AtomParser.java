package io.liveblog.producer.feed;

import io.liveblog.producer.html.HtmlText;
import io.liveblog.producer.parse.ParsedPost;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Atom 1.0 feeds (RFC 4287) into posts, one per {@code <entry>}.
 *
 * <p>Field mapping: {@code id} is the source post id; {@code published} (else {@code updated}) the publication time;
 * {@code updated} the update time; {@code title} the headline; the {@code author} names the byline; {@code content}
 * (else {@code summary}) the body, read according to its {@code type} ({@code text}, {@code html} or {@code xhtml});
 * the {@code alternate} link the permalink. The blog is identified by the feed's {@code alternate} link (the
 * live-blog page), else the feed URL.
 *
 * <p>XML is read with DTDs and external entities disabled.
 */
public final class AtomParser extends XmlFeedParser {

    /** Version written on every post; bump it when the mapping changes. */
    public static final String PARSER_VERSION = "atom/1";

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** Parser with the default limits. */
    public AtomParser() {
        this(ParserLimits.defaults());
    }

    /** @param limits size limits */
    public AtomParser(ParserLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return FeedFormat.ATOM.wireName();
    }

    @Override
    String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    String rootProblem(XmlElement root) {
        if (root.is(ATOM_NS, "feed")) {
            return null;
        }
        if (root.is(null, "feed")) {
            return "not an Atom 1.0 feed: <feed> is not in the Atom namespace " + ATOM_NS
                    + " (namespace \"" + root.namespace() + "\")";
        }
        return "not an Atom feed: the root element is <" + root.localName() + ">"
                + (root.localName().equals("rss") ? " (this looks like an RSS feed; use format rss)" : "");
    }

    @Override
    FeedContext context(XmlElement root, String sourceName) {
        FeedContext bootstrap = new FeedContext(sourceName, null, null);
        String blogUrl = bootstrap.resolve(alternateLink(root));
        return new FeedContext(sourceName, WebBlogIds.fromSource(blogUrl != null ? blogUrl : sourceName), blogUrl);
    }

    @Override
    List<XmlElement> entries(XmlElement root) {
        return root.children(ATOM_NS, "entry");
    }

    @Override
    String entryId(XmlElement entry) {
        return entry.childText(ATOM_NS, "id");
    }

    @Override
    ParsedPost toPost(XmlElement entry, FeedContext context, String origin) throws EntryException {
        String publishedText = entry.childText(ATOM_NS, "published");
        String updatedText = entry.childText(ATOM_NS, "updated");
        Instant published = requireTime(publishedText != null ? publishedText : updatedText, "published or updated");
        Instant updated = optionalTime(updatedText);
        String body = entry.child(ATOM_NS, "content").map(AtomParser::inlineContent).orElse("");
        if (body.isBlank()) {
            body = entry.child(ATOM_NS, "summary").map(AtomParser::textConstruct).orElse("");
        }
        if (body.isBlank()) {
            Optional<String> outOfLine = entry.child(ATOM_NS, "content").map(c -> c.attribute("src"));
            if (outOfLine.isPresent()) {
                throw new EntryException("empty body: the content is out of line (src=\"" + outOfLine.get()
                        + "\") and the entry has no summary");
            }
        }
        String headline = entry.child(ATOM_NS, "title").map(t -> HtmlText.inline(textConstruct(t))).orElse("");
        return new ParsedPost(entryId(entry), context.blogId(), context.blogUrl(),
                context.resolve(alternateLink(entry)), published, updated, headline, authors(entry), body, format(),
                PARSER_VERSION, origin).withPublishedOffset(FeedDates.offsetOf(
                        publishedText != null ? publishedText : updatedText, null, published).orElse(null));
    }

    /** Content with a {@code src} attribute has no inline text. */
    private static String inlineContent(XmlElement content) {
        if (content.attribute("src") != null) {
            return "";
        }
        return textConstruct(content);
    }

    /** Reads an Atom text construct or content element according to its {@code type}. */
    static String textConstruct(XmlElement element) {
        String type = Optional.ofNullable(element.attribute("type")).orElse("text").strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "text/html" -> HtmlText.clean(element.text());
            case "xhtml", "application/xhtml+xml" -> HtmlText.clean(element.child(null, "div")
                    .map(XmlElement::innerMarkup).orElse(element.innerMarkup()));
            default -> type.startsWith("text/") || type.equals("text") ? HtmlText.plain(element.text()) : "";
        };
    }

    private static String authors(XmlElement entry) {
        Set<String> names = new LinkedHashSet<>();
        for (XmlElement author : entry.children(ATOM_NS, "author")) {
            String name = author.childText(ATOM_NS, "name");
            if (name != null) {
                names.add(HtmlText.inline(name));
            }
        }
        names.remove("");
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The {@code rel="alternate"} link (the default rel), preferring an HTML one. */
    private static String alternateLink(XmlElement parent) {
        String fallback = null;
        for (XmlElement link : parent.children(ATOM_NS, "link")) {
            String rel = Optional.ofNullable(link.attribute("rel")).orElse("alternate").strip();
            String href = link.attribute("href");
            if (!rel.equals("alternate") || href == null || href.isBlank()) {
                continue;
            }
            String type = link.attribute("type");
            if (type == null || type.toLowerCase(Locale.ROOT).contains("html")) {
                return href.strip();
            }
            if (fallback == null) {
                fallback = href.strip();
            }
        }
        return fallback;
    }
}
