package io.liveblog.producer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.identify.PostIdentity;
import io.liveblog.producer.identify.UpdateFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    private final JsonLinesParser parser = new JsonLinesParser();

    @Test
    void readsGoodLinesAndRejectsEachBadOneWithItsLineNumber() {
        ParseResult result = parser.parse("data/gaza.jsonl", Fixtures.bytes("posts-good-and-bad.jsonl"));

        assertEquals(Arrays.asList("p-1", "2", null, "p-14"),
                result.posts().stream().map(ParsedPost::sourcePostId).collect(Collectors.toList()));
        assertEquals(List.of("data/gaza.jsonl:1", "data/gaza.jsonl:3", "data/gaza.jsonl:4", "data/gaza.jsonl:14"),
                result.posts().stream().map(ParsedPost::origin).collect(Collectors.toList()));
        List<String> rejectedLines = result.rejected().stream().map(Rejected::origin).collect(Collectors.toList());
        assertEquals(List.of("data/gaza.jsonl:5", "data/gaza.jsonl:6", "data/gaza.jsonl:7", "data/gaza.jsonl:8",
                "data/gaza.jsonl:9", "data/gaza.jsonl:10", "data/gaza.jsonl:11", "data/gaza.jsonl:12",
                "data/gaza.jsonl:13", "data/gaza.jsonl:15"), rejectedLines);
    }

    @Test
    void rejectReasonsSayWhatIsWrong() {
        List<Rejected> rejected = parser.parse("gaza.jsonl", Fixtures.bytes("posts-good-and-bad.jsonl")).rejected();
        assertContains(rejected.get(0).reason(), "no UTC offset");
        assertContains(rejected.get(1).reason(), "'body' is missing or empty");
        assertContains(rejected.get(2).reason(), "'published' is missing");
        assertContains(rejected.get(3).reason(), "not an ISO-8601 date-time");
        assertContains(rejected.get(4).reason(), "not valid JSON");
        assertContains(rejected.get(5).reason(), "not an object");
        assertContains(rejected.get(6).reason(), "not valid JSON");
        assertContains(rejected.get(7).reason(), "'headline' must be a string");
        assertContains(rejected.get(8).reason(), "Duplicate field 'id'");
        assertContains(rejected.get(9).reason(), "cut off");
        assertEquals("jsonl", rejected.get(9).format());
        assertTrue(new String(rejected.get(4).raw(), StandardCharsets.UTF_8).equals("not json at all"));
    }

    @Test
    void mapsFields() {
        List<ParsedPost> posts = parser.parse("gaza.jsonl", Fixtures.bytes("posts-good-and-bad.jsonl")).posts();
        ParsedPost first = posts.get(0);
        assertEquals(Instant.parse("2023-12-02T17:28:00Z"), first.published());
        assertEquals("Z", UpdateFactory.toUpdate(first).getPublishedOffset(),
                "the offset the time was written in travels with the update");
        assertEquals("Talks stall over hostage list", first.headline());
        assertEquals("CNN's Test Writer", first.byline());
        assertEquals("Negotiators left Doha on Saturday.\n\nMediators say they will keep trying.", first.body());
        assertEquals("https://example.org/live/p-1", first.postUrl());
        assertEquals("gaza-2023-12-02", first.blogId());
        assertEquals("jsonl/1", first.parserVersion());
        assertNull(first.updated());
        assertEquals(Instant.parse("2023-12-02T16:06:00Z"), posts.get(1).published());
        assertEquals(Instant.parse("2023-12-02T15:00:00Z"), posts.get(2).updated());
        assertEquals(Instant.parse("2023-12-02T19:40:00Z"), posts.get(3).published());
        assertEquals("gaza", posts.get(3).blogId(), "without a blog key the file name is the blog id");
    }

    @Test
    void invalidUtf8RejectsOnlyThatLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Fixtures.utf8("{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"fine\"}\n"));
        out.write(Fixtures.utf8("{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"bad "));
        out.write(new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1});
        out.write(Fixtures.utf8("\"}\n{\"published\":\"2023-12-02T13:00:00Z\",\"body\":\"also fine\"}\n"));

        ParseResult result = parser.parse("x.jsonl", out.toByteArray());

        assertEquals(2, result.posts().size());
        assertEquals(1, result.rejected().size());
        assertEquals("x.jsonl:2", result.rejected().get(0).origin());
        assertContains(result.rejected().get(0).reason(), "invalid UTF-8 at byte 48");
    }

    @Test
    void oversizedLineIsRejectedAndTheRestGoesOn() {
        String huge = "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"" + "x".repeat(JsonLinesParser.MAX_LINE_BYTES)
                + "\"}";
        String text = huge + "\n{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"after\"}\n";

        ParseResult result = parser.parse("x.jsonl", Fixtures.utf8(text));

        assertEquals(1, result.posts().size());
        assertEquals("after", result.posts().get(0).body());
        assertContains(result.rejected().get(0).reason(), "over the limit of 1048576 bytes");
        assertEquals(JsonLinesParser.MAX_LINE_BYTES, result.rejected().get(0).raw().length);
    }

    @Test
    void streamingHandsOverRecordsAsTheyAreRead() throws IOException {
        List<String> events = new ArrayList<>();
        String text = "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"one\"}\r\n\r\n  \nbroken\n"
                + "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"two\"}";
        InputStream in = new ByteArrayInputStream(Fixtures.utf8("\uFEFF" + text));

        parser.parse("s.jsonl", in, p -> events.add("post " + p.origin()), r -> events.add("reject " + r.origin()));

        assertEquals(List.of("post s.jsonl:1", "reject s.jsonl:4", "post s.jsonl:5"), events);
    }

    @Test
    void declaredBlogIdIsKeptOrSlugged() {
        String text = "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"a\",\"blogId\":\"cnn:2023-12-02\"}\n"
                + "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"b\",\"blog\":\"Gaza Live, Day 57\"}\n"
                + "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"c\",\"id\":12345678901234567890}\n";
        List<ParsedPost> posts = parser.parse("x.jsonl", Fixtures.utf8(text)).posts();
        assertEquals("cnn:2023-12-02", posts.get(0).blogId());
        assertEquals("gaza-live-day-57", posts.get(1).blogId());
        assertEquals("12345678901234567890", posts.get(2).sourcePostId());
    }

    @Test
    void withoutADeclaredBlogTheBlogPageUrlNamesTheBlogWhateverTheFileIsCalled() {
        String line = "{\"id\":\"p9\",\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"a\","
                + "\"url\":\"https://example.org/live/gaza#p9\"}\n";
        ParsedPost first = parser.parse("export-monday.jsonl", Fixtures.utf8(line)).posts().get(0);
        ParsedPost second = parser.parse("export-tuesday.jsonl", Fixtures.utf8(line)).posts().get(0);
        assertEquals(first.blogId(), second.blogId());
        assertEquals(PostIdentity.postId(first), PostIdentity.postId(second));
        assertTrue(first.blogId().contains("example-org"), first.blogId());
        ParsedPost noUrl = parser.parse("export-monday.jsonl", Fixtures.utf8(
                "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"a\"}\n")).posts().get(0);
        assertEquals("export-monday", noUrl.blogId());
    }

    @Test
    void utf16FileIsOneReject() {
        byte[] utf16 = "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"a\"}\n".getBytes(StandardCharsets.UTF_16);
        ParseResult result = parser.parse("x.jsonl", utf16);
        assertEquals(0, result.posts().size());
        assertContains(result.rejected().get(0).reason(), "UTF-16");
    }

    private static void assertContains(String actual, String expected) {
        assertTrue(actual.contains(expected), () -> "'" + actual + "' should contain '" + expected + "'");
    }
}
