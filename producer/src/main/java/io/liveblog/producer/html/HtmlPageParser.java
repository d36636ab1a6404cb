package io.liveblog.producer.html;

import io.liveblog.producer.feed.WebBlogIds;
import io.liveblog.producer.feed.Encodings;
import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.feed.ParseGuard;
import io.liveblog.producer.feed.ParserLimits;
import io.liveblog.producer.feed.PostChecks;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the posts of an HTML live-blog page with a real HTML parser (jsoup) and a {@link SitePreset}.
 *
 * <p>Preset choice: a preset forced by name; otherwise the presets of the page's host, then the generic ones in
 * order, and the first that yields an acceptable post wins. When none does, the rejects of the preset that came
 * closest are returned, or one rejection saying that no posts were found and which presets were tried.
 *
 * <p>Encoding: a byte order mark, else the charset given by the caller (the HTTP {@code Content-Type}), else the
 * page's {@code <meta charset>}, else UTF-8. UTF-8 is checked strictly; invalid bytes reject the page with their
 * position rather than turning into replacement characters in published text.
 *
 * <p>The blog is identified by the page's canonical URL ({@code link rel=canonical}, else {@code og:url}, else the
 * source). Each post's parser version is {@code html/1:<preset>}.
 */
public final class HtmlPageParser implements PostParser {

    /** Version prefix written on every post; the preset name follows it. */
    public static final String PARSER_VERSION = "html/1";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlPageParser.class);
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(from|by)\\s+");
    private static final int META_SNIFF_BYTES = 4096;

    /** One entry that cannot become a post. */
    static final class PostException extends Exception {
        PostException(String reason) {
            super(reason, null, false, false);
        }
    }

    private final SitePresets presets;
    private final SitePreset forced;
    private final ParserLimits limits;

    /** Parser choosing among the bundled presets, default limits. */
    public HtmlPageParser() {
        this(SitePresets.bundled(), null, ParserLimits.defaults());
    }

    /**
     * @param presets presets to choose from
     * @param forcedPreset name of the preset to use on every page, or null to choose per page
     * @param limits size limits
     * @throws IllegalArgumentException when the forced preset does not exist
     */
    public HtmlPageParser(SitePresets presets, String forcedPreset, ParserLimits limits) {
        this.presets = presets;
        this.limits = limits;
        if (forcedPreset == null) {
            this.forced = null;
        } else {
            this.forced = presets.named(forcedPreset).orElseThrow(() -> new IllegalArgumentException(
                    "no preset named \"" + forcedPreset + "\"; known presets: "
                            + presets.all().stream().map(SitePreset::name).collect(Collectors.joining(", "))));
        }
    }

    @Override
    public String format() {
        return FeedFormat.HTML.wireName();
    }

    @Override
    public ParseResult parse(String sourceName, byte[] content) {
        return parse(sourceName, content, null);
    }

    /**
     * @param sourceName page URL or file
     * @param content raw bytes
     * @param declaredCharset charset from the transport (HTTP Content-Type), or null
     * @return posts and rejects
     */
    public ParseResult parse(String sourceName, byte[] content, Charset declaredCharset) {
        return ParseGuard.guard(format(), sourceName, content,
                () -> parseUnguarded(sourceName, content, declaredCharset));
    }

    private ParseResult parseUnguarded(String sourceName, byte[] content, Charset declaredCharset) {
        Optional<String> documentProblem = PostChecks.documentProblem(content, limits);
        if (documentProblem.isPresent()) {
            return rejectAll(sourceName, documentProblem.get(), content, null);
        }
        String html;
        try {
            html = decode(content, declaredCharset);
        } catch (DecodingException e) {
            return rejectAll(sourceName, e.getMessage(), content, null);
        }
        String baseUri = isWebUrl(sourceName) ? sourceName.strip() : "";
        Document page = Jsoup.parse(html, baseUri);
        String blogUrl = canonicalUrl(page, baseUri);
        PageContext context = new PageContext(sourceName,
                WebBlogIds.fromSource(blogUrl != null ? blogUrl : sourceName), blogUrl, baseUri);
        List<SitePreset> candidates = forced != null ? List.of(forced)
                : presets.candidatesFor(host(!baseUri.isEmpty() ? baseUri : blogUrl));
        PostAcceptance acceptance = new PostAcceptance(limits);
        PresetResult closest = null;
        for (SitePreset preset : candidates) {
            String version = PARSER_VERSION + ":" + preset.name();
            PresetResult found = preset.kind() == SitePreset.Kind.JSON_LD
                    ? JsonLdPosts.read(page, preset, context, version, acceptance)
                    : readCss(page, preset, context, version, acceptance);
            if (!found.posts().isEmpty()) {
                LOG.debug("Preset {} read {} posts ({} rejected) from {}", preset.name(), found.posts().size(),
                        found.rejected().size(), sourceName);
                return new ParseResult(found.posts(), found.rejected());
            }
            if (!found.rejected().isEmpty() && (closest == null
                    || found.rejected().size() > closest.rejected().size())) {
                closest = found;
            }
        }
        if (closest != null) {
            return new ParseResult(List.of(), closest.rejected());
        }
        String tried = candidates.stream().map(SitePreset::name).collect(Collectors.joining(", "));
        return rejectAll(sourceName, "no live-blog posts found on the page with the presets " + tried
                + "; write a preset for this site (see WATCH.md) and pass its file", content, null);
    }

    private PresetResult readCss(Document page, SitePreset preset, PageContext context, String version,
                                      PostAcceptance acceptance) {
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Element> elements = page.select(preset.posts());
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            String id = preset.id() == null ? null : preset.id().value(element).orElse(null);
            String origin = context.sourceName() + "#" + (id != null ? id : "post-" + (i + 1));
            byte[] raw = element.outerHtml().getBytes(StandardCharsets.UTF_8);
            try {
                acceptance.accept(toPost(element, id, preset, context, version, origin), origin, raw, posts,
                        rejected);
            } catch (PostException e) {
                rejected.add(new Rejected(origin, e.getMessage(), raw, format(), null));
            }
        }
        return new PresetResult(posts, rejected);
    }

    private ParsedPost toPost(Element post, String id, SitePreset preset, PageContext context, String version,
                              String origin) throws PostException {
        String publishedText = preset.published().value(post).orElseThrow(() -> new PostException(
                "no publication time: \"" + describe(preset.published()) + "\" found nothing in the post"));
        Instant published = PresetTimes.parse(publishedText, preset).orElseThrow(() -> new PostException(
                "unreadable publication time \"" + publishedText + "\" (preset " + preset.name() + ")"));
        Instant updated = preset.updated() == null ? null
                : preset.updated().value(post).flatMap(t -> PresetTimes.parse(t, preset)).orElse(null);
        String headline = preset.headline() == null ? "" : preset.headline().value(post).orElse("");
        String byline = preset.byline() == null ? null : preset.byline().value(post)
                .map(b -> BYLINE_PREFIX.matcher(b).replaceFirst("").strip()).filter(b -> !b.isEmpty())
                .orElse(null);
        String postUrl = preset.link() == null ? null : preset.link().value(post).map(context::resolve).orElse(null);
        return new ParsedPost(id, context.blogId(), context.blogUrl(), postUrl, published, updated, headline, byline,
                body(post, preset), format(), version, origin)
                .withPublishedOffset(PresetTimes.offset(publishedText, preset, published).orElse(null));
    }

    /** The body: the body elements, or the whole post, without the fields read separately and the removals. */
    private static String body(Element post, SitePreset preset) throws PostException {
        Element copy = post.clone();
        for (FieldRule rule : new FieldRule[] {preset.headline(), preset.byline(), preset.published(),
                preset.updated(), preset.link()}) {
            if (rule != null && rule.select() != null) {
                Element first = copy.selectFirst(rule.select());
                if (first != null && first != copy) {
                    first.remove();
                }
            }
        }
        for (String selector : preset.remove()) {
            for (Element unwanted : copy.select(selector)) {
                if (unwanted != copy && unwanted.parent() != null) {
                    unwanted.remove();
                }
            }
        }
        if (preset.body() == null) {
            return HtmlText.clean(copy);
        }
        List<Element> parts = new ArrayList<>();
        for (Element candidate : copy.select(preset.body())) {
            // a selector list can match a part and its container; keep only outermost parts, so no text repeats
            boolean nested = parts.stream().anyMatch(p -> candidate.parents().contains(p));
            if (!nested) {
                parts.add(candidate);
            }
        }
        if (parts.isEmpty()) {
            throw new PostException("no body: the selector \"" + preset.body() + "\" (preset " + preset.name()
                    + ") matched nothing in the post");
        }
        List<String> texts = new ArrayList<>();
        for (Element part : parts) {
            String text = HtmlText.clean(part);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    private static String describe(FieldRule rule) {
        return (rule.select() == null ? "the post element" : rule.select()) + " " + rule.attributes();
    }

    private static String canonicalUrl(Document page, String baseUri) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            String abs = canonical.absUrl("href");
            return abs.isEmpty() ? canonical.attr("href").strip() : abs;
        }
        Element og = page.selectFirst("meta[property=og:url][content]");
        if (og != null && isWebUrl(og.attr("content"))) {
            return og.attr("content").strip();
        }
        return baseUri.isEmpty() ? null : baseUri;
    }

    private static boolean isWebUrl(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url.strip()).getHost();
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    /** Thrown when the page's bytes cannot be turned into text honestly. */
    private static final class DecodingException extends Exception {
        DecodingException(String message) {
            super(message, null, false, false);
        }
    }

    private static String decode(byte[] content, Charset declared) throws DecodingException {
        Charset charset;
        int skip = 0;
        if (Encodings.hasUtf8Bom(content)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (Encodings.hasUtf16Bom(content)) {
            charset = (content[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (declared != null) {
            charset = declared;
        } else {
            charset = metaCharset(content);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            try {
                return Encodings.decodeUtf8Strict(content);
            } catch (CharacterCodingException e) {
                int bad = Encodings.firstInvalidUtf8(content);
                throw new DecodingException("invalid UTF-8 at " + Encodings.describeInvalidByte(content, bad)
                        + ": the page is UTF-8 by its declaration (or by default) but is not; if it is really"
                        + " windows-1252 or Latin-1 the server or the <meta charset> is wrong");
            }
        }
        return new String(content, skip, content.length - skip, charset);
    }

    private static Charset metaCharset(byte[] content) throws DecodingException {
        String head = new String(content, 0, Math.min(content.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            Charset charset = Charset.forName(name);
            // a page cannot really be UTF-16 when an ASCII meta tag was readable; browsers treat that as UTF-8 too
            return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DecodingException("the page declares the unknown charset \"" + name + "\" in <meta charset>");
        }
    }

    private ParseResult rejectAll(String sourceName, String reason, byte[] content, Throwable cause) {
        return new ParseResult(List.of(), List.of(new Rejected(sourceName, reason, content, format(), cause)));
    }
}
