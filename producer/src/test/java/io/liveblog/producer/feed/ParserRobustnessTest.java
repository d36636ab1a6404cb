package io.liveblog.producer.feed;

import io.liveblog.producer.html.HtmlPageParser;
import io.liveblog.producer.html.HtmlText;
import io.liveblog.producer.html.SitePresets;
import io.liveblog.producer.identify.PostIdentity;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated input into every web parser: each must return a {@link ParseResult} whose posts are usable and
 * whose rejections are explained, and none may fall back on the "internal parser error" safety net (that would be
 * an exception the parser did not anticipate).
 */
class ParserRobustnessTest {

    private static final ParserLimits LIMITS = new ParserLimits(1_000_000, 5_000);
    private static final HtmlPageParser HTML = new HtmlPageParser(SitePresets.bundled(), null, LIMITS);
    private static final List<PostParser> PARSERS = List.of(new RssParser(LIMITS), new AtomParser(LIMITS),
            new GuardianLiveBlogParser(LIMITS), HTML, new FeedParsers(LIMITS, HTML));
    private static final List<String> FIXTURES = List.of("feed/nepal-quake-live.rss",
            "feed/mozambique-cyclone-live.atom", "feed/sudan-el-fasher-live.json", "html/guardian-like-gaza-aid.html",
            "html/cnn-like-odesa.html", "html/json-ld-floods.html", "html/microdata-wildfire.html",
            "html/article-per-post.html");
    /** Pieces of every syntax the parsers meet, so random documents get past the first byte. */
    private static final List<String> TOKENS = List.of("<", ">", "/", "</", "<?xml version=\"1.0\"?>", "<rss>",
            "</rss>", "<channel>", "</channel>", "<item>", "</item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "</feed>", "<entry>", "</entry>", "<id>", "</id>", "<guid>x</guid>", "<pubDate>", "</pubDate>",
            "Sat, 02 Dec 2023 17:28:00 GMT", "2023-12-02T17:28:00Z", "<title>", "</title>", "<description>",
            "</description>", "<content type=\"xhtml\">", "<content type=\"html\">", "</content>", "<div>", "</div>",
            "<p>", "</p>", "<br>", "<![CDATA[", "]]>", "&amp;", "&lt;", "&#x", "&#", ";", "&nbsp;", "<!DOCTYPE x [",
            "<!ENTITY e \"v\">", "]>", "&e;", "\"", "'", "=", "{", "}", "[", "]", ":", ",",
            "\"response\"", "\"content\"", "\"blocks\"", "\"body\"", "\"id\"", "\"firstPublishedDate\"",
            "\"bodyHtml\"", "\"published\"", "true", "null", "42", "<html>", "<article id=a>", "</article>",
            "<time datetime=\"2023-12-02T17:28:00Z\">", "</time>", "<script type=\"application/ld+json\">",
            "</script>", "\"@type\"", "\"LiveBlogPosting\"", "\"liveBlogUpdate\"", "\"datePublished\"",
            "\"articleBody\"", "text", " ", "\n", "\u00e9", "\uFFFD", "\u0000", "\uD83D\uDE00");

    @Property(tries = 300)
    void randomBytesNeverEscapeAParser(@ForAll("randomBytes") byte[] input) {
        for (PostParser parser : PARSERS) {
            assertSound(parser, parser.parse("random.bin", input));
        }
    }

    @Property(tries = 300)
    void randomMarkupNeverEscapesAParser(@ForAll("markup") String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        for (PostParser parser : PARSERS) {
            assertSound(parser, parser.parse("https://random.example/live", bytes));
        }
    }

    @Property(tries = 400)
    void mutatedFixturesNeverEscapeAParser(@ForAll("fixtures") String fixture,
                                           @ForAll("mutations") List<Mutation> mutations) {
        byte[] input = Fixtures.bytes(fixture);
        for (Mutation mutation : mutations) {
            input = mutation.apply(input);
        }
        for (PostParser parser : PARSERS) {
            assertSound(parser, parser.parse("https://mutated.example/live", input));
        }
    }

    @Property(tries = 300)
    void htmlTextIsAlwaysNormalised(@ForAll("markup") String html) {
        String text = HtmlText.clean(html);
        assertNotNull(text);
        assertTrue(text.equals(text.strip()), "no leading or trailing white space");
        assertFalse(text.contains("\n\n\n"), "at most one blank line between paragraphs");
        assertFalse(text.contains("  "), "no double spaces outside pre");
    }

    @Property(tries = 500)
    void timestampsNeverThrow(@ForAll("markup") String text) {
        assertNotNull(FeedDates.parse(text));
        assertNotNull(FeedDates.parse(text, java.time.ZoneOffset.UTC));
    }

    private static void assertSound(PostParser parser, ParseResult result) {
        assertNotNull(result, parser.format());
        for (ParsedPost post : result.posts()) {
            assertFalse(post.body().isBlank(), "accepted posts have a body");
            assertTrue(post.body().length() <= LIMITS.maxPostChars(), "accepted posts respect the size limit");
            assertFalse(post.parserVersion().isBlank());
            assertNotNull(post.published());
            // the sink derives these; they must work for whatever a parser accepted
            assertFalse(PostIdentity.postId(post).isBlank());
            assertFalse(PostIdentity.contentHash(post).isBlank());
        }
        for (Rejected rejected : result.rejected()) {
            assertNotNull(rejected.origin());
            assertNotNull(rejected.raw());
            assertFalse(rejected.reason().isBlank());
            assertFalse(rejected.reason().startsWith("internal parser error"),
                    () -> parser.format() + " failed unexpectedly: " + rejected.reason());
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(MutationKind.values()),
                        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64), Arbitraries.bytes())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    /** Ways a document gets damaged in transit or by a sloppy publisher. */
    enum MutationKind { FLIP, DELETE, INSERT, TRUNCATE, DUPLICATE }

    /** One damage at a relative position. */
    record Mutation(MutationKind kind, double where, int length, byte value) {
        byte[] apply(byte[] input) {
            if (input.length == 0) {
                return kind == MutationKind.INSERT ? new byte[] {value} : input;
            }
            int at = Math.min(input.length - 1, (int) (where * input.length));
            int len = Math.min(length, input.length - at);
            List<Byte> bytes = new ArrayList<>(input.length + length);
            for (byte b : input) {
                bytes.add(b);
            }
            switch (kind) {
                case FLIP -> bytes.set(at, (byte) (bytes.get(at) ^ (value == 0 ? 1 : value)));
                case DELETE -> bytes.subList(at, at + len).clear();
                case INSERT -> {
                    for (int i = 0; i < length; i++) {
                        bytes.add(at, (byte) (value + i));
                    }
                }
                case TRUNCATE -> {
                    return Arrays.copyOf(input, at);
                }
                case DUPLICATE -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, at + len)));
                default -> throw new IllegalStateException(kind.toString());
            }
            byte[] out = new byte[bytes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = bytes.get(i);
            }
            return out;
        }
    }
}
