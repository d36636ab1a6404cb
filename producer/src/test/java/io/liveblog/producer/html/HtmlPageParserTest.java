package io.liveblog.producer.html;

import io.liveblog.producer.feed.Fixtures;
import io.liveblog.producer.feed.ParserLimits;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlPageParserTest {

    private final HtmlPageParser parser = new HtmlPageParser();

    @Test
    void guardianLikePageIsReadWithTheHostPresetAndIdsMatchTheApiBlockIds() {
        ParseResult result = parser.parse("saved/gaza-aid.html", Fixtures.bytes("html/guardian-like-gaza-aid.html"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("656f0a1b8f08c3a1d2e4b7c9", post.sourcePostId());
        assertEquals("theguardian-com-world-live-2023-dec-05-gaza-aid-crossings-live", post.blogId());
        assertEquals("https://www.theguardian.com/world/live/2023/dec/05/gaza-aid-crossings-live", post.blogUrl());
        assertEquals(Instant.parse("2023-12-05T14:02:11Z"), post.published());
        assertEquals(Instant.parse("2023-12-05T14:20:40Z"), post.updated());
        assertEquals("UN agency counts 100 trucks through Rafah on Tuesday", post.headline());
        assertEquals("Hannah Reed", post.byline());
        assertEquals("The UN relief agency for Palestinian refugees said 100 trucks carrying food, water and medicine"
                + " entered Gaza through the Rafah crossing on Tuesday, along with 69,000 litres of fuel.\n\n"
                + "Egyptian officials gave a higher figure of 180 trucks, which includes vehicles still waiting for"
                + " inspection at Kerem Shalom.", post.body());
        assertEquals("html", post.format());
        assertEquals("html/1:guardian-like", post.parserVersion());
        assertEquals("saved/gaza-aid.html#656f0a1b8f08c3a1d2e4b7c9", post.origin());
    }

    @Test
    void postsWithoutHeadlineKeepTheirQuotesAndVideoOnlyPostsAreRejected() {
        ParseResult result = parser.parse("saved/gaza-aid.html", Fixtures.bytes("html/guardian-like-gaza-aid.html"));

        ParsedPost untitled = result.posts().get(1);
        assertEquals("", untitled.headline());
        assertEquals("Two of Gaza's three remaining desalination plants have stopped working for lack of fuel, the"
                + " water authority said.\n\n“We are producing less than a tenth of what people need,” a spokesperson"
                + " said.", untitled.body());
        assertEquals(1, result.rejected().size());
        assertEquals("saved/gaza-aid.html#656ee1208f08c3a1d2e4b5a0", result.rejected().get(0).origin());
        assertTrue(result.rejected().get(0).reason().startsWith("empty body"));
        assertTrue(new String(result.rejected().get(0).raw(), StandardCharsets.UTF_8).startsWith("<article"));
    }

    @Test
    void cnnLikePageReadsEasternTimeTextTimestampsAndStripsFrom() {
        String url = "https://edition.cnn.com/europe/live-news/russia-ukraine-war-news-03-03-24/index.html";
        ParseResult result = parser.parse(url, Fixtures.bytes("html/cnn-like-odesa.html"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("clt9x2k4a000b3b6kq0r1z8pv", post.sourcePostId());
        assertEquals(Instant.parse("2024-03-03T14:14:00Z"), post.published());
        assertEquals("Death toll from drone strike on Odesa apartment block rises to 12", post.headline());
        assertEquals("CNN’s Daria Koval and Sam Ortega", post.byline());
        assertEquals("The number of people killed when a drone hit a nine-storey apartment building in Odesa has risen"
                + " to 12, including five children, the regional governor said Sunday.\n\n"
                + "Eight people were injured and rescuers are still searching the rubble, he said on Telegram.",
                post.body());
        assertEquals("html/1:cnn-like", post.parserVersion());
        assertEquals(Instant.parse("2024-03-03T04:48:00Z"), result.posts().get(1).published());
    }

    @Test
    void jsonLdLiveBlogPostingIsReadFromTheGraph() {
        String url = "https://www.dailyplanet.example/live/brazil-floods-rio-grande-do-sul";
        ParseResult result = parser.parse(url, Fixtures.bytes("html/json-ld-floods.html"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("update-31", post.sourcePostId());
        assertEquals(url + "#update-31", post.postUrl());
        assertEquals(Instant.parse("2024-05-06T18:10:00Z"), post.published());
        assertEquals(Instant.parse("2024-05-06T18:32:00Z"), post.updated());
        assertEquals(java.time.ZoneOffset.ofHours(-3), post.publishedOffset(), "Brazil's time, as the page wrote it");
        assertEquals("Civil defence: 83 dead, 111 missing", post.headline());
        assertEquals("Paula Ferreira", post.byline());
        assertEquals("The state civil defence agency raised the death toll to 83 on Monday afternoon.\n\n111 people"
                + " are missing and more than 121,000 have left their homes, most of them in the Porto Alegre area.",
                post.body());
        assertEquals("html/1:schema-org-json-ld", post.parserVersion());
        ParsedPost htmlBody = result.posts().get(1);
        assertEquals("Salgado Filho international airport suspended all flights indefinitely after water reached the"
                + " runway.", htmlBody.body());
        assertEquals("Lucas Prado", htmlBody.byline());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().startsWith("empty body"));
    }

    @Test
    void microdataPostsAreFoundWhenThereIsNoJsonLd() {
        String url = "https://islands.example/live/rhodes";
        ParseResult result = parser.parse(url, Fixtures.bytes("html/microdata-wildfire.html"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        ParsedPost first = result.posts().get(0);
        assertEquals("entry-2007", first.sourcePostId());
        assertEquals(url + "#entry-2007", first.postUrl());
        assertEquals(Instant.parse("2023-07-23T07:40:00Z"), first.published());
        assertEquals("Evacuations continue in the south of the island", first.headline());
        assertEquals("Eleni Markou", first.byline());
        assertEquals("html/1:schema-org-microdata", first.parserVersion());
        ParsedPost second = result.posts().get(1);
        assertEquals("entry-2006", second.sourcePostId(), "the fragment of the itemid");
        assertEquals("Strong winds are forecast to continue until Tuesday.", second.body());
    }

    @Test
    void articlePerPostFallbackHonoursTheDeclaredWindows1252() {
        ParseResult result = parser.parse("storm.html", Fixtures.bytes("html/article-per-post.html"));

        assertEquals(2, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("p-12", post.sourcePostId());
        assertEquals("Power restored in Café district", post.headline());
        assertEquals("Niamh Doyle", post.byline());
        assertEquals("About 4,000 homes had power again by evening.", post.body());
        assertEquals("/storm-diary#p-12", post.postUrl(), "a file has no base to resolve against");
        assertEquals("storm", post.blogId());
        assertEquals("html/1:article-per-post", post.parserVersion());
    }

    @Test
    void userPresetsAreMatchedByHost(@TempDir Path dir) throws Exception {
        Path presetFile = dir.resolve("mine.json");
        Files.write(presetFile, Fixtures.bytes("html/user-presets.json"));
        HtmlPageParser withUser = new HtmlPageParser(SitePresets.bundledWith(List.of(presetFile)), null,
                ParserLimits.defaults());

        ParseResult result = withUser.parse("https://frontline.example/notes", Fixtures.bytes("html/custom-site.html"));

        assertEquals(1, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("884", post.sourcePostId());
        assertEquals(Instant.parse("2024-02-10T05:45:00Z"), post.published(), "07:45 in Kyiv");
        assertEquals("Shelling reported near Avdiivka", post.headline());
        assertEquals("Local authorities reported 3 civilians wounded.", post.body());
        assertEquals("html/1:frontline-notes", post.parserVersion());
    }

    @Test
    void aForcedPresetIsTheOnlyOneTried() {
        HtmlPageParser forced = new HtmlPageParser(SitePresets.bundled(), "cnn-like", ParserLimits.defaults());

        ParseResult result = forced.parse("x.html", Fixtures.bytes("html/json-ld-floods.html"));

        assertTrue(result.posts().isEmpty());
        assertEquals("no live-blog posts found on the page with the presets cnn-like; write a preset for this site"
                + " (see WATCH.md) and pass its file", result.rejected().get(0).reason());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new HtmlPageParser(SitePresets.bundled(), "nope", ParserLimits.defaults()));
        assertTrue(unknown.getMessage().contains("guardian-like"));
    }

    @Test
    void aPageWithoutPostsIsOneRejectionNamingThePresetsTried() {
        ParseResult result = parser.parse("https://blog.example/about",
                utf8("<html><body><h1>About us</h1><p>We write news.</p></body></html>"));

        assertTrue(result.posts().isEmpty());
        String reason = result.rejected().get(0).reason();
        assertTrue(reason.contains("schema-org-json-ld, schema-org-microdata, article-per-post"), reason);
    }

    @Test
    void invalidUtf8IsRejectedUnlessAnotherCharsetIsDeclared() {
        byte[] latin1 = "<html><body><article id=a><time datetime='2024-01-22T18:30:00Z'></time><p>Caf\u00e9 closed.</p></article></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        ParseResult strict = parser.parse("p.html", latin1);
        assertTrue(strict.rejected().get(0).reason().startsWith("invalid UTF-8 at byte"), strict.rejected().toString());

        ParseResult declared = parser.parse("p.html", latin1, StandardCharsets.ISO_8859_1);
        assertEquals("Café closed.", declared.posts().get(0).body());
    }

    @Test
    void brokenJsonLdNamingALiveBlogIsReported() {
        String page = "<html><head><script type='application/ld+json'>{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": [</script>"
                + "</head><body></body></html>";

        ParseResult result = parser.parse("p.html", utf8(page));

        assertTrue(result.rejected().get(0).reason().startsWith("broken JSON-LD block with a LiveBlogPosting"),
                result.rejected().toString());
    }

    @Test
    void oversizedPostsAndMissingTimesAreRejectedPerPost() {
        String page = "<html><body>"
                + "<article id=big><time datetime='2024-01-22T18:30:00Z'></time><p>" + "long text ".repeat(50) + "</p></article>"
                + "<article id=notime><p>When was this?</p></article>"
                + "<article id=ok><time datetime='2024-01-22T18:30:00Z'></time><p>Short.</p></article>"
                + "</body></html>";
        HtmlPageParser small = new HtmlPageParser(SitePresets.bundled(), null, new ParserLimits(1_000_000, 200));

        ParseResult result = small.parse("p.html", utf8(page));

        assertEquals(1, result.posts().size());
        assertEquals("ok", result.posts().get(0).sourcePostId());
        assertEquals(2, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().startsWith("oversized post"));
        assertTrue(result.rejected().get(1).reason().startsWith("no publication time"));
        assertNull(result.posts().get(0).byline());
    }
}
