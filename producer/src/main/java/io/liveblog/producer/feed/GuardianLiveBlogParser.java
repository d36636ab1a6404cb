package io.liveblog.producer.feed;

import static io.liveblog.producer.feed.JsonFields.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.liveblog.producer.html.HtmlText;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Guardian Content API live blog (a content item requested with {@code show-blocks=all}) into posts, one per
 * entry of {@code blocks.body[]}. Accepts the full API response ({@code {"response": {"content": ...}}}), a bare
 * {@code {"content": ...}} or the content item itself.
 *
 * <p>Field mapping per block: {@code id} is the source post id; {@code firstPublishedDate} (else
 * {@code publishedDate}, else {@code createdDate}) the publication time; {@code lastModifiedDate} the update time;
 * {@code title} the headline; {@code bodyHtml} (cleaned with {@link HtmlText}; else {@code bodyTextSummary}) the body.
 * The permalink is the blog's {@code webUrl} with the Guardian's {@code ?page=with:block-ID#block-ID} form. Blocks
 * marked {@code "published": false} are drafts and are skipped. Blocks carry no byline.
 */
public final class GuardianLiveBlogParser implements PostParser {

    /** Version written on every post; bump it when the mapping changes. */
    public static final String PARSER_VERSION = "guardian-json/1";

    private static final Logger LOG = LoggerFactory.getLogger(GuardianLiveBlogParser.class);
    private static final String GUARDIAN_SITE = "https://www.theguardian.com/";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final ParserLimits limits;

    /** Parser with the default limits. */
    public GuardianLiveBlogParser() {
        this(ParserLimits.defaults());
    }

    /** @param limits size limits */
    public GuardianLiveBlogParser(ParserLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FeedFormat.GUARDIAN_JSON.wireName();
    }

    @Override
    public ParseResult parse(String sourceName, byte[] content) {
        return ParseGuard.guard(format(), sourceName, content, () -> parseUnguarded(sourceName, content));
    }

    private ParseResult parseUnguarded(String sourceName, byte[] content) {
        Optional<String> documentProblem = PostChecks.documentProblem(content, limits);
        if (documentProblem.isPresent()) {
            return rejectAll(sourceName, documentProblem.get(), content, null);
        }
        if (Encodings.hasUtf16Bom(content)) {
            return rejectAll(sourceName, "wrong encoding: the JSON starts with a UTF-16 byte order mark;"
                    + " JSON exchanged between systems must be UTF-8 (RFC 8259)", content, null);
        }
        int bad = Encodings.firstInvalidUtf8(content);
        if (bad >= 0) {
            return rejectAll(sourceName, "invalid UTF-8 at " + Encodings.describeInvalidByte(content, bad)
                    + ": JSON must be UTF-8; the file was probably saved in another encoding", content, null);
        }
        JsonNode root;
        try {
            int start = Encodings.hasUtf8Bom(content) ? 3 : 0;
            root = mapper.readTree(content, start, content.length - start);
        } catch (JsonEOFException truncated) {
            return rejectAll(sourceName, "truncated JSON: the document ends" + where(truncated.getLocation())
                    + " before its objects and arrays are closed", content, truncated);
        } catch (JacksonException broken) {
            return rejectAll(sourceName, "broken JSON" + where(broken.getLocation()) + ": "
                    + broken.getOriginalMessage(), content, broken);
        } catch (IOException unreadable) {
            return rejectAll(sourceName, "unreadable JSON: " + unreadable.getMessage(), content, unreadable);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return rejectAll(sourceName, "not a Guardian live blog: the JSON is not an object", content, null);
        }
        JsonNode response = root.path("response");
        if (response.isObject() && "error".equals(response.path("status").asText())) {
            return rejectAll(sourceName, "the Guardian API answered with an error: "
                    + response.path("message").asText("(no message)"), content, null);
        }
        JsonNode item = response.isObject() ? response.path("content")
                : root.has("content") ? root.path("content") : root;
        JsonNode blocks = item.path("blocks").path("body");
        if (!blocks.isArray()) {
            return rejectAll(sourceName, "not a Guardian live blog: no blocks.body array in the content item"
                    + " (request it with show-blocks=all)", content, null);
        }
        String blogUrl = blogUrl(item);
        String blogId = WebBlogIds.fromSource(blogUrl != null ? blogUrl : sourceName);
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int drafts = 0;
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String id = text(block, "id");
            String origin = sourceName + "#" + (id != null ? "block-" + id : "blocks.body[" + i + "]");
            if (block.path("published").isBoolean() && !block.path("published").asBoolean()) {
                drafts++;
                continue;
            }
            try {
                ParsedPost post = toPost(block, id, blogId, blogUrl, origin);
                Optional<String> problem = PostChecks.problem(post, limits);
                if (problem.isPresent()) {
                    rejected.add(reject(origin, problem.get(), block));
                } else {
                    posts.add(post);
                }
            } catch (EntryException e) {
                rejected.add(reject(origin, e.getMessage(), block));
            }
        }
        if (drafts > 0) {
            LOG.debug("Skipped {} unpublished draft blocks in {}", drafts, sourceName);
        }
        return new ParseResult(posts, rejected);
    }

    private ParsedPost toPost(JsonNode block, String id, String blogId, String blogUrl, String origin)
            throws EntryException {
        if (!block.isObject()) {
            throw new EntryException("block is not a JSON object but " + block.getNodeType());
        }
        String publishedText = firstNonNull(text(block, "firstPublishedDate"), text(block, "publishedDate"),
                text(block, "createdDate"));
        if (publishedText == null) {
            throw new EntryException("no publication time: the block has no firstPublishedDate, publishedDate"
                    + " or createdDate");
        }
        Instant published = FeedDates.parse(publishedText).orElseThrow(() -> new EntryException(
                "unreadable publication time \"" + PostChecks.shorten(publishedText) + "\" (expected ISO 8601)"));
        String updatedText = text(block, "lastModifiedDate");
        Instant updated = updatedText == null ? null : FeedDates.parse(updatedText).orElse(null);
        String body = HtmlText.clean(text(block, "bodyHtml"));
        if (body.isBlank()) {
            body = HtmlText.plain(text(block, "bodyTextSummary"));
        }
        String postUrl = blogUrl == null || id == null ? null
                : blogUrl + "?page=" + URLEncoder.encode("with:block-" + id, StandardCharsets.UTF_8)
                + "#block-" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        return new ParsedPost(id, blogId, blogUrl, postUrl, published, updated, HtmlText.inline(text(block, "title")),
                null, body, format(), PARSER_VERSION, origin)
                .withPublishedOffset(FeedDates.offsetOf(publishedText, null, published).orElse(null));
    }

    private static String blogUrl(JsonNode item) {
        String webUrl = text(item, "webUrl");
        if (webUrl != null) {
            return webUrl;
        }
        String id = text(item, "id");
        return id == null ? null : GUARDIAN_SITE + id;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private Rejected reject(String origin, String reason, JsonNode block) {
        byte[] raw;
        try {
            raw = mapper.writeValueAsBytes(block);
        } catch (JsonProcessingException cannotHappenForATree) {
            raw = block.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Rejected(origin, reason, raw, format(), null);
    }

    private ParseResult rejectAll(String sourceName, String reason, byte[] content, Throwable cause) {
        return new ParseResult(List.of(), List.of(new Rejected(sourceName, reason,
                content == null ? new byte[0] : content, format(), cause)));
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
