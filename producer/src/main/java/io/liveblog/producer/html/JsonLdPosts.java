package io.liveblog.producer.html;

import static io.liveblog.producer.feed.JsonFields.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads schema.org {@code LiveBlogPosting} JSON-LD: each {@code liveBlogUpdate} becomes a post with
 * {@code @id}/{@code url} (its fragment, when there is one, which is the post's element id on the page),
 * {@code datePublished}, {@code dateModified}, {@code headline}, {@code author} and {@code articleBody}.
 */
final class JsonLdPosts {

    /** A page has a handful of JSON-LD nodes; this bounds the walk on hostile input. */
    private static final int MAX_NODES = 100_000;
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<[a-zA-Z!/][^>]*>");

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            // JSON-LD written by templates often has raw newlines inside strings
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private JsonLdPosts() {
    }

    static PresetResult read(Document page, SitePreset preset, PageContext context, String parserVersion,
                      PostAcceptance acceptance) {
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int scriptIndex = 0;
        for (Element script : page.select("script[type=application/ld+json]")) {
            scriptIndex++;
            String data = script.data();
            JsonNode root;
            try {
                root = LENIENT.readTree(data);
            } catch (JacksonException broken) {
                if (data.contains("LiveBlogPosting")) {
                    rejected.add(new Rejected(context.sourceName() + "#json-ld-" + scriptIndex,
                            "broken JSON-LD block with a LiveBlogPosting: " + broken.getOriginalMessage(),
                            data.getBytes(StandardCharsets.UTF_8), FeedFormat.HTML.wireName(), broken));
                }
                continue;
            }
            for (JsonNode blog : liveBlogs(root)) {
                JsonNode updates = blog.path("liveBlogUpdate");
                List<JsonNode> list = new ArrayList<>();
                if (updates.isArray()) {
                    updates.forEach(list::add);
                } else if (updates.isObject()) {
                    list.add(updates);
                }
                for (int i = 0; i < list.size(); i++) {
                    JsonNode update = list.get(i);
                    String id = postId(update);
                    String origin = context.sourceName() + "#" + (id != null ? id : "json-ld-" + scriptIndex
                            + "-update-" + (i + 1));
                    try {
                        ParsedPost post = toPost(update, id, preset, context, parserVersion, origin);
                        acceptance.accept(post, origin, raw(update), posts, rejected);
                    } catch (HtmlPageParser.PostException e) {
                        rejected.add(new Rejected(origin, e.getMessage(), raw(update), FeedFormat.HTML.wireName(),
                                null));
                    }
                }
            }
        }
        return new PresetResult(posts, rejected);
    }

    private static ParsedPost toPost(JsonNode update, String id, SitePreset preset, PageContext context,
                                     String parserVersion, String origin) throws HtmlPageParser.PostException {
        if (!update.isObject()) {
            throw new HtmlPageParser.PostException("liveBlogUpdate entry is not an object");
        }
        String publishedText = text(update, "datePublished");
        if (publishedText == null) {
            throw new HtmlPageParser.PostException("no publication time: the liveBlogUpdate has no datePublished");
        }
        Instant published = PresetTimes.parse(publishedText, preset).orElseThrow(() ->
                new HtmlPageParser.PostException("unreadable publication time \"" + publishedText
                        + "\" (ISO 8601 with a zone expected)"));
        String updatedText = text(update, "dateModified");
        Instant updated = updatedText == null ? null : PresetTimes.parse(updatedText, preset).orElse(null);
        String articleBody = text(update, "articleBody");
        String body = articleBody == null ? ""
                : LOOKS_LIKE_MARKUP.matcher(articleBody).find() ? HtmlText.clean(articleBody)
                : HtmlText.plain(articleBody);
        String headline = HtmlText.inline(Optional.ofNullable(text(update, "headline")).orElse(text(update, "name")));
        String url = Optional.ofNullable(text(update, "url")).orElse(text(update, "@id"));
        String postUrl = url != null && url.matches("(?i)^https?://.*|^/.*|^#.*") ? context.resolve(url) : null;
        return new ParsedPost(id, context.blogId(), context.blogUrl(), postUrl, published, updated, headline,
                authors(update.path("author")), body, FeedFormat.HTML.wireName(), parserVersion, origin)
                .withPublishedOffset(PresetTimes.offset(publishedText, preset, published).orElse(null));
    }

    /** The fragment of {@code @id}/{@code url} when present (= the post's element id on the page), else the whole. */
    private static String postId(JsonNode update) {
        String id = Optional.ofNullable(text(update, "@id")).orElse(text(update, "url"));
        if (id == null) {
            return null;
        }
        int hash = id.indexOf('#');
        return hash >= 0 && hash < id.length() - 1 ? id.substring(hash + 1) : id;
    }

    private static String authors(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> list = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(list::add);
        } else if (!author.isMissingNode() && !author.isNull()) {
            list.add(author);
        }
        for (JsonNode one : list) {
            String name = one.isTextual() ? one.asText() : text(one, "name");
            if (name != null && !name.isBlank()) {
                names.add(HtmlText.inline(name));
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Every object whose {@code @type} is or includes LiveBlogPosting, anywhere in the tree (e.g. in @graph). */
    private static List<JsonNode> liveBlogs(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = pending.pop();
            if (node.isObject() && isLiveBlog(node.path("@type"))) {
                found.add(node);
                continue;
            }
            if (node.isContainerNode()) {
                node.forEach(pending::push);
            }
        }
        return found;
    }

    private static boolean isLiveBlog(JsonNode type) {
        if (type.isTextual()) {
            return type.asText().endsWith("LiveBlogPosting");
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && t.asText().endsWith("LiveBlogPosting")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] raw(JsonNode node) {
        try {
            return LENIENT.writeValueAsBytes(node);
        } catch (JsonProcessingException cannotHappenForATree) {
            return node.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
