package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParsersTest {

    private final FeedParsers parsers = FeedParsers.defaults();

    @Test
    void filesAreDispatchedByContentThenExtension() {
        assertEquals("rss", parsers.parse("a.xml", Fixtures.bytes("feed/nepal-quake-live.rss")).posts().get(0).format());
        assertEquals("atom", parsers.parse("b.xml", Fixtures.bytes("feed/mozambique-cyclone-live.atom")).posts().get(0)
                .format());
        assertEquals("guardian-json", parsers.parse("c.json", Fixtures.bytes("feed/sudan-el-fasher-live.json"))
                .posts().get(0).format());
        assertEquals("html", parsers.parse("d.htm", Fixtures.bytes("html/cnn-like-odesa.html")).posts().get(0)
                .format());
    }

    @Test
    void unrecognisedDocumentsAreOneRejectionThatShowsTheirStart() {
        ParseResult result = parsers.parse("https://x.example/live", "text/plain", utf8("Just some words"), null);

        assertTrue(result.posts().isEmpty());
        assertEquals("unrecognised format: not RSS, Atom, Guardian JSON or HTML (content type text/plain, starts with"
                + " \"Just some words\")", result.rejected().get(0).reason());
        assertEquals(FeedParsers.UNKNOWN_FORMAT, result.rejected().get(0).format());
    }

    @Test
    void aTransportCharsetAppliesOnlyWhenTheFeedDeclaresNone() {
        String undeclared = "<rss><channel><link>https://x.example/live</link><item><guid>1</guid>"
                + "<pubDate>Mon, 05 Feb 2024 10:00:00 GMT</pubDate><description>Déplacés à Goma</description></item>"
                + "</channel></rss>";
        byte[] latin1 = undeclared.getBytes(StandardCharsets.ISO_8859_1);

        ParseResult withCharset = parsers.parse("https://x.example/rss", "application/rss+xml; charset=ISO-8859-1",
                latin1, null);
        assertEquals("Déplacés à Goma", withCharset.posts().get(0).body());

        ParseResult withoutCharset = parsers.parse("https://x.example/rss", "application/rss+xml", latin1, null);
        assertTrue(withoutCharset.rejected().get(0).reason().startsWith("invalid UTF-8"));

        byte[] declaredUtf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + undeclared).getBytes(StandardCharsets.UTF_8);
        ParseResult declaredWins = parsers.parse("https://x.example/rss", "text/xml; charset=ISO-8859-1",
                declaredUtf8, null);
        assertEquals("Déplacés à Goma", declaredWins.posts().get(0).body());
    }

    @Test
    void aForcedFormatSkipsDetection() {
        ParseResult result = parsers.parse("https://x.example/feed", "text/html",
                Fixtures.bytes("feed/nepal-quake-live.rss"), FeedFormat.ATOM);

        assertTrue(result.rejected().get(0).reason().contains("use format rss"));
    }
}
