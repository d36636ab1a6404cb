package io.liveblog.producer.feed;

import io.liveblog.producer.html.HtmlPageParser;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry point for every web format: picks the parser by {@link FormatDetector} (or a format the user forced)
 * and hands pages and feeds the charset their HTTP response declared. As a {@link PostParser} it reads files, detecting
 * the format from content and extension; the watcher uses {@link #parse(String, String, byte[], FeedFormat)}.
 */
public final class FeedParsers implements PostParser {

    /** Format name used for documents whose format could not be recognised. */
    public static final String UNKNOWN_FORMAT = "unknown";

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    private final Map<FeedFormat, PostParser> parsers = new EnumMap<>(FeedFormat.class);
    private final HtmlPageParser html;

    /**
     * @param limits size limits for every parser
     * @param html the page parser, configured with its presets
     */
    public FeedParsers(ParserLimits limits, HtmlPageParser html) {
        this.html = Objects.requireNonNull(html, "html");
        parsers.put(FeedFormat.RSS, new RssParser(limits));
        parsers.put(FeedFormat.ATOM, new AtomParser(limits));
        parsers.put(FeedFormat.GUARDIAN_JSON, new GuardianLiveBlogParser(limits));
        parsers.put(FeedFormat.HTML, html);
    }

    /** @return parsers with default limits and the bundled HTML presets */
    public static FeedParsers defaults() {
        return new FeedParsers(ParserLimits.defaults(), new HtmlPageParser());
    }

    /** @return the parser of one format */
    public PostParser parserFor(FeedFormat format) {
        return parsers.get(format);
    }

    /** {@inheritDoc} Always {@code auto}: the format is decided per document. */
    @Override
    public String format() {
        return "auto";
    }

    /** Reads a file: format from content, else from the file extension. */
    @Override
    public ParseResult parse(String sourceName, byte[] content) {
        FeedFormat format = FormatDetector.detectFile(sourceName, content).orElse(null);
        if (format == null) {
            return unrecognised(sourceName, null, content);
        }
        return parsers.get(format).parse(sourceName, content);
    }

    /**
     * Reads a downloaded document.
     *
     * @param sourceName URL
     * @param contentType the response's {@code Content-Type}, or null
     * @param content body
     * @param forced format to use regardless of detection, or null to detect
     * @return posts and rejects; a document of unknown format is one reject
     */
    public ParseResult parse(String sourceName, String contentType, byte[] content, FeedFormat forced) {
        FeedFormat format = forced != null ? forced : FormatDetector.detect(contentType, content).orElse(null);
        if (format == null) {
            return unrecognised(sourceName, contentType, content);
        }
        Charset transportCharset = charset(contentType);
        return switch (format) {
            case HTML -> html.parse(sourceName, content, transportCharset);
            case RSS, ATOM -> ((XmlFeedParser) parsers.get(format)).parse(sourceName, content, transportCharset);
            // JSON is UTF-8 by definition (RFC 8259); a charset parameter cannot change that
            case GUARDIAN_JSON -> parsers.get(format).parse(sourceName, content);
        };
    }

    /** @return the charset parameter of a content type, or null when absent or unknown to Java */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static ParseResult unrecognised(String sourceName, String contentType, byte[] content) {
        byte[] bytes = content == null ? new byte[0] : content;
        String start = new String(bytes, 0, Math.min(bytes.length, 40), StandardCharsets.ISO_8859_1)
                .replaceAll("\\p{Cntrl}", " ").strip();
        String reason = bytes.length == 0 ? "empty document: no bytes were received or read"
                : "unrecognised format: not RSS, Atom, Guardian JSON or HTML (content type "
                + (contentType == null ? "none" : contentType.toLowerCase(Locale.ROOT)) + ", starts with \""
                + start + "\")";
        return new ParseResult(List.of(), List.of(new Rejected(sourceName, reason, bytes, UNKNOWN_FORMAT, null)));
    }
}
