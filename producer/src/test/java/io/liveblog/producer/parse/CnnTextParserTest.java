package io.liveblog.producer.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.identify.UpdateFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CnnTextParserTest {

    private final CnnTextParser parser = new CnnTextParser();

    private ParseResult parse(String text) {
        return parser.parse("blog.txt", Fixtures.utf8(text));
    }

    @Test
    void readsEveryPostOfAWinterBlogWithItsInstantInInputOrder() {
        ParseResult result = parser.parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt"));

        assertEquals(List.of(), result.rejected());
        List<Instant> times = result.posts().stream().map(ParsedPost::published).collect(Collectors.toList());
        assertEquals(List.of(
                Instant.parse("2023-02-08T01:15:00Z"),   // 8:15 p.m. EST
                Instant.parse("2023-02-07T11:02:00Z"),   // 6:02 a.m. EST
                Instant.parse("2023-02-07T17:00:00Z"),   // 12:00 p.m. = noon
                Instant.parse("2023-02-07T05:00:00Z"),   // 12:00 a.m. = start of the day
                Instant.parse("2023-02-07T09:40:00Z"),   // GMT
                Instant.parse("2023-02-08T00:00:00Z")),  // midnight GMT
                times);
    }

    @Test
    void keepsTheOffsetEachTimeLineWasWrittenIn() {
        ParseResult result = parser.parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt"));
        // EST in February: the posts' own calendar, for "on Thursday" and "yesterday"
        assertEquals(java.time.ZoneOffset.ofHours(-5), result.posts().get(0).publishedOffset());
        assertEquals("-05:00", UpdateFactory.toUpdate(result.posts().get(0)).getPublishedOffset());
    }

    @Test
    void splitsHeadlineBylineAndBodyAndDropsBothCaptionLines() {
        ParsedPost first = parser.parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt")).posts().get(0);

        assertAll(
                () -> assertEquals("Rescuers race against cold as quake death toll climbs in Turkey and Syria",
                        first.headline()),
                () -> assertEquals("CNN’s Leyla Demir in Gaziantep", first.byline()),
                () -> assertTrue(first.body().startsWith("Freezing temperatures are hampering")),
                () -> assertTrue(first.body().contains("\n\nIn neighboring Syria")),
                () -> assertFalse(first.body().contains("rescue worker carries"), "caption must be dropped"),
                () -> assertFalse(first.body().contains("Reuters"), "credit must be dropped"),
                () -> assertEquals("cnn-text", first.format()),
                () -> assertEquals("cnn-text/1", first.parserVersion()),
                () -> assertEquals("quake.txt:10-21", first.origin()),
                () -> assertNull(first.sourcePostId()));
    }

    @Test
    void handlesPostsWithoutBylineOrCaptionAndCreditsWithoutParentheses() {
        List<ParsedPost> posts = parser.parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt")).posts();
        ParsedPost noByline = posts.get(1);
        ParsedPost plainCredit = posts.get(3);
        ParsedPost analysis = posts.get(4);

        assertNull(noByline.byline());
        assertEquals("UN says aid convoy has not yet crossed into northwest Syria", noByline.headline());
        assertEquals(2, noByline.body().split("\n\n").length);
        assertEquals("“We have no electricity and we are working with flashlights,” one surgeon told CNN by phone.",
                plainCredit.body());
        assertEquals("Analysis by Priya Raman in London", analysis.byline());
        assertEquals("Tom Whitfield", posts.get(2).byline());
    }

    @Test
    void blogIdComesFromTheDateLineNotTheChangingTitle() {
        ParseResult result = parser.parse("quake.txt", Fixtures.bytes("cnn-quake-winter.txt"));
        assertTrue(result.posts().stream().allMatch(p -> p.blogId().equals("cnn-turkey-syria-earthquake-2023-02-07")));

        String retitled = new String(Fixtures.bytes("cnn-quake-winter.txt"), StandardCharsets.UTF_8)
                .replaceFirst("Rescuers race against cold[^\n]*", "A later top post headline");
        assertEquals("cnn-turkey-syria-earthquake-2023-02-07", parse(retitled).posts().get(0).blogId());
    }

    @Test
    void summerZonesAndBrokenTimeLines() {
        ParseResult result = parser.parse("ukraine.txt", Fixtures.bytes("cnn-summer-zones.txt"));

        List<Instant> times = result.posts().stream().map(ParsedPost::published).collect(Collectors.toList());
        assertEquals(List.of(
                Instant.parse("2023-08-10T18:45:00Z"),   // 2:45 p.m. EDT
                Instant.parse("2023-08-10T13:30:00Z"),   // 9:30 a.m. ET in summer = EDT
                Instant.parse("2023-08-10T12:05:00Z"),   // EEST = +03
                Instant.parse("2023-08-09T17:00:00Z")),  // MSK = +03
                times);
        assertEquals(3, result.rejected().size());
        Rejected badClock = result.rejected().get(0);
        assertEquals("ukraine.txt:32-36", badClock.origin());
        assertTrue(badClock.reason().contains("no such 12-hour time"), badClock.reason());
        assertTrue(new String(badClock.raw(), StandardCharsets.UTF_8).contains("whose time line cannot be read"));
        assertTrue(result.rejected().get(1).reason().contains("unknown time zone 'XYZ'"));
        assertTrue(result.rejected().get(2).reason().contains("ambiguous"));
        // the rejected posts' text is not merged into the neighbouring posts
        result.posts().forEach(p -> assertFalse(p.body().contains("cannot be read") || p.body().contains("Nobody")));
    }

    @Test
    void configuredZoneResolvesAnAmbiguousLabel() {
        CnnTextParser indian = new CnnTextParser(ZoneAbbreviations.standard().with("IST", ZoneId.of("Asia/Kolkata")));
        ParseResult result = indian.parse("blog.txt", Fixtures.utf8("10:10 a.m. IST, August 10, 2023\n\nHeadline\n\n"
                + "Body text.\n"));
        assertEquals(Instant.parse("2023-08-10T04:40:00Z"), result.posts().get(0).published());
    }

    @Test
    void postWithoutHeadlineKeepsItsFirstParagraphAsBody() {
        ParseResult result = parse("""
                1:05 p.m. ET, March 3, 2024

                From CNN's Reporter

                Shelling resumed on the outskirts of the town on Sunday morning, residents said.

                Two schools were closed.
                """);
        ParsedPost post = result.posts().get(0);
        assertEquals("", post.headline());
        assertEquals("CNN's Reporter", post.byline());
        assertTrue(post.body().startsWith("Shelling resumed"));
    }

    @Test
    void longFirstLineIsBodyNotHeadline() {
        String longLine = "The ministry said at least 40 people were killed ".repeat(6).strip() + " on Sunday";
        ParseResult result = parse("9:00 a.m. ET, March 3, 2024\n\n" + longLine + "\n\nSecond paragraph.\n");
        assertEquals("", result.posts().get(0).headline());
        assertTrue(result.posts().get(0).body().startsWith("The ministry said"));
    }

    @Test
    void captionAnywhereInThePostIsDropped() {
        ParseResult result = parse("""
                9:00 a.m. ET, March 3, 2024

                Headline here

                First paragraph.

                Displaced families shelter in a school in Rafah on Sunday.
                Displaced families shelter in a school in Rafah on Sunday. (Photographer Name/Agency)

                Second paragraph.
                """);
        assertEquals("First paragraph.\n\nSecond paragraph.", result.posts().get(0).body());
    }

    @Test
    void headerProseIsRejectedNotLost() {
        ParseResult result = parse("""
                and this sentence is the end of a post whose beginning was lost when the copy was made.

                9:00 a.m. ET, March 3, 2024

                Headline here

                Body.
                """);
        assertEquals(1, result.posts().size());
        assertEquals(1, result.rejected().size());
        assertEquals("blog.txt:1-1", result.rejected().get(0).origin());
    }

    @Test
    void fileCutInTheMiddleOfALineRejectsOnlyTheLastPost() {
        String text = new String(Fixtures.bytes("cnn-quake-winter.txt"), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("joined Turkish rescuers") + 10);

        ParseResult result = parse(cut);

        assertEquals(5, result.posts().size());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("cut off"), result.rejected().get(0).reason());
    }

    @Test
    void fileCutRightAfterATimeLineOrHeadlineRejectsThatPost() {
        ParseResult afterTime = parse("9:00 a.m. ET, March 3, 2024\n\nHeadline\n\nBody.\n\n10:00 a.m. ET, March 3, 2024");
        assertEquals(1, afterTime.posts().size());
        assertEquals(1, afterTime.rejected().size());

        ParseResult afterHeadline = parse("9:00 a.m. ET, March 3, 2024\n\nHeadline\n\nBody.\n\n"
                + "10:00 a.m. ET, March 3, 2024\n\nA headline and nothing else\n");
        assertEquals(1, afterHeadline.posts().size());
        assertTrue(afterHeadline.rejected().get(0).reason().contains("no body text"));

        ParseResult cutTimeLine = parse("9:00 a.m. ET, March 3, 2024\n\nHeadline\n\nBody.\n\n10:00 a.m. E");
        assertEquals(1, cutTimeLine.posts().size());
        assertEquals("Body.", cutTimeLine.posts().get(0).body());
        assertEquals(1, cutTimeLine.rejected().size());
    }

    @Test
    void lastLineWithoutNewlineButCompleteSentenceIsKept() {
        ParseResult result = parse("9:00 a.m. ET, March 3, 2024\n\nHeadline\n\nThe last sentence is complete.");
        assertEquals(1, result.posts().size());
        assertEquals(List.of(), result.rejected());
    }

    @Test
    void invalidUtf8RejectsOnlyThePostHoldingIt() {
        byte[] good = Fixtures.utf8("9:00 a.m. ET, March 3, 2024\n\nGood post\n\nFine text.\n\n"
                + "10:00 a.m. ET, March 3, 2024\n\nBad post\n\nBroken ");
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] rest = Fixtures.utf8(" byte.\n");
        byte[] all = new byte[good.length + bad.length + rest.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(rest, 0, all, good.length + bad.length, rest.length);

        ParseResult result = parser.parse("blog.txt", all);

        assertEquals(1, result.posts().size());
        assertEquals("Good post", result.posts().get(0).headline());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("line 11: invalid UTF-8"),
                result.rejected().get(0).reason());
    }

    @Test
    void textWithoutAnyTimeLineIsOneReject() {
        ParseResult result = parse("Just a note.\n\nNothing that looks like a live blog.\n");
        assertEquals(0, result.posts().size());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("no post time line"));
        assertEquals(0, parse("").rejected().size());
    }

    @Test
    void utf16FileIsRejectedWithAHint() {
        byte[] utf16 = "9:00 a.m. ET, March 3, 2024\n".getBytes(StandardCharsets.UTF_16);
        ParseResult result = parser.parse("blog.txt", utf16);
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("UTF-16"));
    }

    @Test
    void crlfLineEndsAndNoBreakSpacesAreCleaned() {
        ParseResult result = parse("9:00 a.m. ET, March 3, 2024\r\n\r\nHeadline\r\n\r\nOne\u00a0 two.\u00a0\r\n");
        assertEquals("One two.", result.posts().get(0).body());
        assertEquals("Headline", result.posts().get(0).headline());
    }

    @Test
    void parsesTheRealSeedBlog() throws IOException {
        Optional<Path> seed = Fixtures.seedFile();
        assumeTrue(seed.isPresent(), "seed file not found; set -D" + Fixtures.SEED_PROPERTY);
        byte[] bytes = Files.readAllBytes(seed.get());

        ParseResult result = parser.parse(seed.get().getFileName().toString(), bytes);

        // the page header says "18 Posts", but the saved text holds the 9 posts that were loaded
        assertEquals(9, result.posts().size());
        assertEquals(List.of(), result.rejected());
        ParsedPost top = result.posts().get(0);
        assertEquals(Instant.parse("2023-12-02T17:28:00Z"), top.published());
        assertEquals("cnn-israel-hamas-war-2023-12-02", top.blogId());
        assertEquals(Instant.parse("2023-12-02T10:09:00Z"), result.posts().get(6).published());
        assertEquals(Instant.parse("2023-12-02T16:43:00Z"), result.posts().get(8).published());
        for (ParsedPost post : result.posts()) {
            assertFalse(post.body().contains("(Alexander Ermochenko/Reuters)"), post.origin());
            assertFalse(post.body().contains("Getty Images"), post.origin());
            assertFalse(post.body().contains("Maya Alleruzzo/AP"), post.origin());
            assertFalse(post.body().isEmpty(), post.origin());
            assertFalse(post.headline().isEmpty(), post.origin());
        }
        assertTrue(top.byline().endsWith("MJ Lee"), top.byline());
        assertTrue(top.body().startsWith("The negotiations between Israel and Hamas"));
        assertEquals("Analysis by Nadeen Ebrahim in Abu Dhabi, UAE", result.posts().get(7).byline());
    }
}
