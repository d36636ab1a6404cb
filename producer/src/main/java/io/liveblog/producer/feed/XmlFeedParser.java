package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What RSS and Atom parsing share: size and encoding checks, safe XML reading, one rejection per broken entry, and
 * a truncated document still giving its complete entries plus one rejection that says where it broke.
 */
abstract class XmlFeedParser implements PostParser {

    /** Where the entries of one document come from. */
    record FeedContext(String sourceName, String blogId, String blogUrl) {
        /** Resolves a possibly relative link against the blog URL, else the source. */
        String resolve(String link) {
            if (link == null || link.isBlank()) {
                return null;
            }
            String trimmed = link.strip();
            for (String base : new String[] {blogUrl, sourceName}) {
                if (base == null) {
                    continue;
                }
                try {
                    URI baseUri = new URI(base);
                    if (baseUri.isAbsolute()) {
                        return baseUri.resolve(trimmed).toString();
                    }
                } catch (IllegalArgumentException | java.net.URISyntaxException notResolvable) {
                    // try the next base; an unresolvable link is kept as written below
                }
            }
            return trimmed;
        }
    }

    private final ParserLimits limits;

    XmlFeedParser(ParserLimits limits) {
        this.limits = limits;
    }

    /** @return the parser version written on every post, e.g. {@code rss/1} */
    abstract String parserVersion();

    /** @return null when the root element is one this parser reads, else the reason it is not */
    abstract String rootProblem(XmlElement root);

    /** @return the blog context (id and page URL) from the feed-level elements */
    abstract FeedContext context(XmlElement root, String sourceName);

    /** @return the entry elements, in document order (possibly incomplete ones at the end) */
    abstract List<XmlElement> entries(XmlElement root);

    /** @return the entry's own id, if it has one, for origins */
    abstract String entryId(XmlElement entry);

    /** Maps one complete entry to a post. */
    abstract ParsedPost toPost(XmlElement entry, FeedContext context, String origin) throws EntryException;

    @Override
    public final ParseResult parse(String sourceName, byte[] content) {
        return parse(sourceName, content, null);
    }

    /**
     * @param sourceName feed URL or file
     * @param content raw bytes
     * @param transportCharset charset named by the HTTP {@code Content-Type}, used only when the document declares
     *                         no encoding itself; or null
     * @return posts and rejects
     */
    public final ParseResult parse(String sourceName, byte[] content, java.nio.charset.Charset transportCharset) {
        return ParseGuard.guard(format(), sourceName, content,
                () -> parseUnguarded(sourceName, content, transportCharset));
    }

    private ParseResult parseUnguarded(String sourceName, byte[] content, java.nio.charset.Charset transportCharset) {
        Optional<String> documentProblem = PostChecks.documentProblem(content, limits);
        if (documentProblem.isPresent()) {
            return rejectAll(sourceName, documentProblem.get(), content, null);
        }
        String text;
        try {
            text = Encodings.decodeXml(content, transportCharset);
        } catch (Encodings.DecodingException e) {
            return rejectAll(sourceName, e.getMessage(), content, null);
        }
        SafeXmlReader.Result read = SafeXmlReader.read(text);
        XmlElement root = read.root();
        if (root == null) {
            String reason = read.error() != null ? read.error().describe() : "no XML element found in the document";
            return rejectAll(sourceName, reason, content, read.error() == null ? null : read.error().cause());
        }
        String rootProblem = rootProblem(root);
        if (rootProblem != null) {
            return rejectAll(sourceName, rootProblem, content, null);
        }
        FeedContext context = context(root, sourceName);
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<XmlElement> entries = entries(root);
        int complete = 0;
        for (int i = 0; i < entries.size(); i++) {
            XmlElement entry = entries.get(i);
            if (!entry.isComplete()) {
                continue; // reported below with the document-level error
            }
            complete++;
            String id = entryId(entry);
            String origin = sourceName + "#" + (id != null ? id : "entry-" + (i + 1) + "@line-" + entry.line());
            try {
                ParsedPost post = toPost(entry, context, origin);
                Optional<String> problem = PostChecks.problem(post, limits);
                if (problem.isPresent()) {
                    rejected.add(reject(origin, problem.get(), entry));
                } else {
                    posts.add(post);
                }
            } catch (EntryException e) {
                rejected.add(reject(origin, e.getMessage(), entry));
            }
        }
        if (read.error() != null) {
            rejected.add(new Rejected(sourceName, read.error().describe() + "; " + complete
                    + " complete entries before that point were read", content, format(), read.error().cause()));
        }
        return new ParseResult(posts, rejected);
    }

    private Rejected reject(String origin, String reason, XmlElement entry) {
        return new Rejected(origin, reason, entry.toXml().getBytes(StandardCharsets.UTF_8), format(), null);
    }

    private ParseResult rejectAll(String sourceName, String reason, byte[] content, Throwable cause) {
        return new ParseResult(List.of(), List.of(new Rejected(sourceName, reason,
                content == null ? new byte[0] : content, format(), cause)));
    }

    /** Shared: "no time" and "unreadable time" are different mistakes and get different messages. */
    static java.time.Instant requireTime(String text, String elementNames) throws EntryException {
        if (text == null) {
            throw new EntryException("no publication time: the entry has no " + elementNames);
        }
        return FeedDates.parse(text).orElseThrow(() -> new EntryException(
                "unreadable publication time \"" + PostChecks.shorten(text) + "\" (expected RFC 822 or ISO 8601 with a zone)"));
    }

    static java.time.Instant optionalTime(String text) {
        return text == null ? null : FeedDates.parse(text).orElse(null);
    }
}
