package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardianLiveBlogParserTest {

    private static final String API_URL = "https://content.guardianapis.com/world/live/2024/may/18/"
            + "sudan-el-fasher-fighting-live?show-blocks=all";
    private final GuardianLiveBlogParser parser = new GuardianLiveBlogParser();

    @Test
    void readsPublishedBlocksAndSkipsDrafts() {
        ParseResult result = parser.parse(API_URL, Fixtures.bytes("feed/sudan-el-fasher-live.json"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        assertTrue(result.rejected().isEmpty());
        ParsedPost post = result.posts().get(0);
        assertEquals("6648d2f18f08a2d5c1e0a0c3", post.sourcePostId());
        assertEquals("theguardian-com-world-live-2024-may-18-sudan-el-fasher-fighting-live", post.blogId());
        assertEquals("https://www.theguardian.com/world/live/2024/may/18/sudan-el-fasher-fighting-live", post.blogUrl());
        assertEquals(post.blogUrl() + "?page=with%3Ablock-6648d2f18f08a2d5c1e0a0c3#block-6648d2f18f08a2d5c1e0a0c3",
                post.postUrl());
        assertEquals(Instant.parse("2024-05-18T10:33:41Z"), post.published());
        assertEquals(Instant.parse("2024-05-18T10:47:05Z"), post.updated());
        assertEquals("MSF: 62 wounded brought to El Fasher hospital", post.headline());
        assertNull(post.byline());
        assertEquals("Médecins Sans Frontières says its hospital in El Fasher received 62 wounded and 9 dead on"
                + " Saturday.\n\nThe charity called on both sides to stop shelling near the hospital.", post.body());
        assertEquals("guardian-json", post.format());
        assertEquals("guardian-json/1", post.parserVersion());
        assertEquals(API_URL + "#block-6648d2f18f08a2d5c1e0a0c3", post.origin());
    }

    @Test
    void fallsBackToTheTextSummaryWhenTheHtmlIsEmpty() {
        ParsedPost post = parser.parse(API_URL, Fixtures.bytes("feed/sudan-el-fasher-live.json")).posts().get(1);

        assertEquals("", post.headline());
        assertTrue(post.body().startsWith("The UN says about 800,000 people remain in El Fasher"), post.body());
    }

    @Test
    void acceptsABareContentItem() {
        String json = "{\"id\":\"world/live/x\",\"blocks\":{\"body\":[{\"id\":\"b1\",\"firstPublishedDate\":"
                + "\"2024-05-18T10:33:41Z\",\"bodyHtml\":\"<p>Two shelters opened.</p>\"}]}}";

        ParseResult result = parser.parse("item.json", utf8(json));

        assertEquals(1, result.posts().size());
        assertEquals("https://www.theguardian.com/world/live/x", result.posts().get(0).blogUrl());
    }

    @Test
    void brokenJsonIsRejectedWithItsPosition() {
        byte[] broken = utf8("{\"response\": {\"content\": {\"blocks\": {\"body\": [ {\"id\": \"a\",, } ]}}}}");

        ParseResult result = parser.parse("b.json", broken);

        Rejected rejected = result.rejected().get(0);
        assertTrue(rejected.reason().startsWith("broken JSON at line 1, column"), rejected.reason());
        assertArrayEquals(broken, rejected.raw());
        assertEquals("guardian-json", rejected.format());
    }

    @Test
    void truncatedJsonSaysSo() {
        String full = Fixtures.text("feed/sudan-el-fasher-live.json");

        ParseResult result = parser.parse("t.json", utf8(full.substring(0, full.length() / 2)));

        assertTrue(result.posts().isEmpty());
        assertTrue(result.rejected().get(0).reason().startsWith("truncated JSON"), result.rejected().get(0).reason());
    }

    @Test
    void trailingGarbageAfterTheDocumentIsAnError() {
        ParseResult result = parser.parse("g.json", utf8("{\"content\":{\"blocks\":{\"body\":[]}}} {\"x\":1}"));

        assertTrue(result.rejected().get(0).reason().startsWith("broken JSON"), result.rejected().get(0).reason());
    }

    @Test
    void invalidUtf8AndUtf16AreNamed() {
        byte[] valid = Fixtures.bytes("feed/sudan-el-fasher-live.json");
        byte[] bad = Arrays.copyOf(valid, valid.length);
        int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf("hospital in El Fasher");
        bad[at] = (byte) 0xFF;
        assertTrue(parser.parse("bad.json", bad).rejected().get(0).reason().startsWith("invalid UTF-8 at byte " + at));

        byte[] utf16 = "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE);
        assertTrue(parser.parse("u16.json", utf16).rejected().get(0).reason().startsWith("wrong encoding"));
    }

    @Test
    void apiErrorsAndMissingBlocksAreExplained() {
        ParseResult error = parser.parse("e.json",
                utf8("{\"response\":{\"status\":\"error\",\"message\":\"The requested resource could not be found.\"}}"));
        assertEquals("the Guardian API answered with an error: The requested resource could not be found.",
                error.rejected().get(0).reason());

        ParseResult noBlocks = parser.parse("n.json", utf8("{\"response\":{\"status\":\"ok\",\"content\":{\"id\":\"x\"}}}"));
        assertTrue(noBlocks.rejected().get(0).reason().contains("show-blocks=all"));
    }

    @Test
    void badBlocksAreRejectedIndividuallyWithTheirJson() {
        String json = "{\"content\":{\"webUrl\":\"https://www.theguardian.com/world/live/x\",\"blocks\":{\"body\":["
                + "{\"id\":\"ok\",\"firstPublishedDate\":\"2024-05-18T10:33:41Z\",\"bodyHtml\":\"<p>Fine.</p>\"},"
                + "{\"id\":\"notime\",\"bodyHtml\":\"<p>When?</p>\"},"
                + "{\"id\":\"empty\",\"firstPublishedDate\":\"2024-05-18T10:33:41Z\",\"bodyHtml\":\"<figure><img></figure>\"},"
                + "42]}}}";

        ParseResult result = parser.parse("m.json", utf8(json));

        assertEquals(1, result.posts().size());
        assertEquals(3, result.rejected().size());
        assertEquals("m.json#block-notime", result.rejected().get(0).origin());
        assertTrue(result.rejected().get(0).reason().startsWith("no publication time"));
        assertTrue(new String(result.rejected().get(0).raw(), StandardCharsets.UTF_8).contains("\"notime\""));
        assertTrue(result.rejected().get(1).reason().startsWith("empty body"));
        assertEquals("m.json#blocks.body[3]", result.rejected().get(2).origin());
        assertTrue(result.rejected().get(2).reason().startsWith("block is not a JSON object"));
    }
}
