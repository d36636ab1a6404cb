package io.liveblog.producer.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssWriterTest {

    private static ParseResult readBack(String xml) {
        return new RssParser().parse("feed.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatItWritesTheParserReadsBackPostForPost() {
        RssWriter.Item edited = new RssWriter.Item("post-2", Instant.parse("2024-03-04T10:15:00Z"),
                Instant.parse("2024-03-04T11:00:00Z"), "Convoy reaches the crossing", "Field Desk",
                "Twelve trucks crossed at noon, officials said.\n\nA second convoy is expected tomorrow.");
        RssWriter.Item plain = new RssWriter.Item("post-1", Instant.parse("2024-03-04T09:00:00Z"), null,
                "Morning summary", null, "Shelling was reported overnight.");
        ParseResult r = readBack(RssWriter.write("Floods: live", "https://example.org/live/floods",
                List.of(edited, plain)));

        assertTrue(r.rejected().isEmpty(), r.rejected().toString());
        assertEquals(2, r.posts().size());
        ParsedPost first = r.posts().get(0);
        assertEquals("post-2", first.sourcePostId());
        assertEquals(edited.published(), first.published());
        assertEquals(edited.updated(), first.updated());
        assertEquals("Convoy reaches the crossing", first.headline());
        assertEquals("Field Desk", first.byline());
        assertEquals(edited.body(), first.body());
        assertEquals("https://example.org/live/floods", first.blogUrl());
        ParsedPost second = r.posts().get(1);
        assertEquals("post-1", second.sourcePostId());
        assertNull(second.updated());
        assertNull(second.byline());
        assertEquals("Shelling was reported overnight.", second.body());
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String hostile = "Fuel <script>alert(1)</script> & \"trucks\" ]]> <img src=x onerror=alert(2)>";
        RssWriter.Item item = new RssWriter.Item("a<b>&\"", Instant.parse("2024-03-04T09:00:00Z"), null, hostile,
                "</dc:creator><x>", hostile);
        String xml = RssWriter.write("<title>", "https://example.org/live?a=1&b=2", List.of(item));
        assertFalse(xml.contains("<script>") || xml.contains("<img") || xml.contains("<x>"), xml);

        ParseResult r = readBack(xml);
        assertTrue(r.rejected().isEmpty(), r.rejected().toString());
        ParsedPost p = r.posts().get(0);
        assertEquals("a<b>&\"", p.sourcePostId());
        assertEquals(hostile, p.headline());
        assertEquals("</dc:creator><x>", p.byline());
        assertEquals(hostile, p.body());
    }

    @Test
    void charactersXmlDoesNotAllowAreDroppedNotWritten() {
        // (headlines are read as HTML, whose white space collapses: the dropped surrogate leaves one space)
        RssWriter.Item item = new RssWriter.Item("p", Instant.parse("2024-03-04T09:00:00Z"), null,
                "bell\u0007 and lone \ud800 surrogate, pair \ud83d\ude91 kept", null, "body\u0000");
        ParseResult r = readBack(RssWriter.write("t", "https://example.org/live", List.of(item)));
        assertTrue(r.rejected().isEmpty(), r.rejected().toString());
        assertEquals("bell and lone surrogate, pair \ud83d\ude91 kept", r.posts().get(0).headline());
        assertEquals("body", r.posts().get(0).body());
    }
}
