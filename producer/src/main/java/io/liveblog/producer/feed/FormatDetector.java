package io.liveblog.producer.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which parser reads a document, from its first bytes and, when those are not conclusive, its content type
 * or file extension. The bytes win over the label: servers routinely send feeds as {@code text/html} or
 * {@code text/plain}, and an {@code .xml} file can be RSS or Atom.
 */
public final class FormatDetector {

    /** File extensions (lower case, with the dot) whose files this package can read. */
    public static final Set<String> FILE_EXTENSIONS = Set.of(".xml", ".rss", ".atom", ".json", ".html", ".htm");

    private static final Map<String, String> EXTENSION_CONTENT_TYPES = Map.of(
            ".xml", "application/xml", ".rss", "application/rss+xml", ".atom", "application/atom+xml",
            ".json", "application/json", ".html", "text/html", ".htm", "text/html");

    /** Elements that can only start an HTML document (tag-soup pages often omit {@code <html>}). */
    private static final Set<String> HTML_START_TAGS = Set.of("html", "head", "body", "meta", "title", "link",
            "script", "style", "div", "p", "article", "section", "main", "header", "nav", "span", "a", "h1", "h2");

    private static final int SNIFF_BYTES = 4096;

    private FormatDetector() {
    }

    /**
     * @param contentType HTTP {@code Content-Type} (parameters allowed), or null
     * @param content the document, or its first bytes
     * @return the format, or empty when neither the bytes nor the content type say
     */
    public static Optional<FeedFormat> detect(String contentType, byte[] content) {
        Optional<FeedFormat> sniffed = sniff(content);
        return sniffed.isPresent() ? sniffed : fromContentType(contentType);
    }

    /**
     * @param fileName a file name or path
     * @param content its content
     * @return the format by content, else by extension; empty when neither says
     */
    public static Optional<FeedFormat> detectFile(String fileName, byte[] content) {
        return detect(extension(fileName).map(EXTENSION_CONTENT_TYPES::get).orElse(null), content);
    }

    /** @return true when the file's extension is one of {@link #FILE_EXTENSIONS} */
    public static boolean hasKnownExtension(String fileName) {
        return extension(fileName).isPresent();
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/')) {
            return Optional.empty();
        }
        String ext = lower.substring(dot);
        return FILE_EXTENSIONS.contains(ext) ? Optional.of(ext) : Optional.empty();
    }

    /** @return the format a content type names, ignoring generic XML types that need sniffing */
    public static Optional<FeedFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/rss+xml") || type.equals("application/rdf+xml")) {
            return Optional.of(FeedFormat.RSS);
        }
        if (type.equals("application/atom+xml")) {
            return Optional.of(FeedFormat.ATOM);
        }
        if (type.equals("application/json") || type.endsWith("+json") || type.equals("text/json")) {
            return Optional.of(FeedFormat.GUARDIAN_JSON);
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Optional.of(FeedFormat.HTML);
        }
        return Optional.empty();
    }

    /** @return the format the first meaningful characters show, or empty */
    static Optional<FeedFormat> sniff(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String head = head(content);
        int i = 0;
        int guard = 0;
        while (i < head.length() && guard++ < 64) {
            while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (i >= head.length()) {
                return Optional.empty();
            }
            char c = head.charAt(i);
            if (c == '{') {
                return Optional.of(FeedFormat.GUARDIAN_JSON);
            }
            if (c != '<') {
                return Optional.empty();
            }
            if (head.startsWith("<?", i)) {
                i = skipPast(head, i, "?>");
            } else if (head.startsWith("<!--", i)) {
                i = skipPast(head, i, "-->");
            } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                String rest = head.substring(i + 9).stripLeading().toLowerCase(Locale.ROOT);
                if (rest.startsWith("html")) {
                    return Optional.of(FeedFormat.HTML);
                }
                i = skipPast(head, i, ">");
            } else {
                return rootElement(head, i + 1);
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<FeedFormat> rootElement(String head, int start) {
        int end = start;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                && head.charAt(end) != '/') {
            end++;
        }
        String name = head.substring(start, end);
        String local = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        if (local.equals("rss") || local.equals("rdf")) {
            return Optional.of(FeedFormat.RSS);
        }
        if (local.equals("feed")) {
            return Optional.of(FeedFormat.ATOM);
        }
        if (HTML_START_TAGS.contains(local)) {
            return Optional.of(FeedFormat.HTML);
        }
        return Optional.empty();
    }

    private static int skipPast(String head, int from, String marker) {
        int at = head.indexOf(marker, from);
        return at < 0 ? -1 : at + marker.length();
    }

    private static String head(byte[] content) {
        int length = Math.min(content.length, SNIFF_BYTES);
        if (Encodings.hasUtf16Bom(content)) {
            boolean bigEndian = (content[0] & 0xFF) == 0xFE;
            return new String(content, 2, length - 2, bigEndian ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE);
        }
        int start = Encodings.hasUtf8Bom(content) ? 3 : 0;
        // ISO-8859-1 maps every byte, so a cut multi-byte sequence cannot throw; markup is ASCII anyway
        return new String(content, start, length - start, StandardCharsets.ISO_8859_1);
    }
}
