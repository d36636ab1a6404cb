package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomParserTest {

    private static final String FEED_URL = "https://wire.example.net/live/cyclone-mozambique.atom";
    private final AtomParser parser = new AtomParser();

    private ParseResult fixture() {
        return parser.parse(FEED_URL, Fixtures.bytes("feed/mozambique-cyclone-live.atom"));
    }

    @Test
    void readsHtmlContentAuthorsAndTimes() {
        ParseResult result = fixture();

        assertEquals(3, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("tag:wire.example.net,2024:entry-3", post.sourcePostId());
        assertEquals("wire-example-net-live-cyclone-mozambique", post.blogId());
        assertEquals("https://wire.example.net/live/cyclone-mozambique", post.blogUrl());
        assertEquals("https://wire.example.net/live/cyclone-mozambique#entry-3", post.postUrl());
        assertEquals("Aid agencies: 18,000 people in temporary shelters", post.headline());
        assertEquals("Lúcia Mabunda, Tom Okello", post.byline());
        assertEquals(Instant.parse("2024-03-14T09:05:00Z"), post.published());
        assertEquals(Instant.parse("2024-03-14T09:20:00Z"), post.updated());
        assertEquals("About 18,000 people are staying in 41 temporary shelters in Beira and Dondo, the national"
                + " disaster institute said.\n\nCorrection: an earlier post said 14 shelters.", post.body());
        assertEquals("atom", post.format());
        assertEquals("atom/1", post.parserVersion());
    }

    @Test
    void readsXhtmlContentAndFallsBackToUpdatedForThePublicationTime() {
        ParsedPost post = fixture().posts().get(1);

        assertEquals(Instant.parse("2024-03-14T08:40:00Z"), post.published());
        assertEquals("At least eleven people were killed in Sofala province after the cyclone made landfall north"
                + " of Beira overnight.\n\nWinds of up to 180km/h tore roofs off homes in the Munhava neighbourhood.",
                post.body());
        assertEquals("https://wire.example.net/live/cyclone-mozambique#entry-2", post.postUrl(),
                "a link without rel is the alternate link");
    }

    @Test
    void readsPlainTextSummariesAndResolvesRelativeLinks() {
        ParsedPost post = fixture().posts().get(2);

        assertEquals("Forecasters say the storm will reach the coast near Beira before midnight.\n\n"
                + "Schools in Sofala province will stay closed on Thursday.", post.body());
        assertEquals("https://wire.example.net/live/cyclone-mozambique#entry-1", post.postUrl());
        assertNull(post.byline());
    }

    @Test
    void outOfLineContentWithoutSummaryIsRejectedWithTheReason() {
        String feed = "<feed xmlns='http://www.w3.org/2005/Atom'><id>f</id>"
                + "<entry><id>e1</id><updated>2024-03-14T08:40:00Z</updated><title>Video</title>"
                + "<content type='video/mp4' src='https://cdn.example/v.mp4'/></entry></feed>";

        ParseResult result = parser.parse("f.atom", utf8(feed));

        assertTrue(result.posts().isEmpty());
        assertEquals("f.atom#e1", result.rejected().get(0).origin());
        assertTrue(result.rejected().get(0).reason().contains("out of line"), result.rejected().get(0).reason());
    }

    @Test
    void aFeedElementOutsideTheAtomNamespaceIsRefused() {
        ParseResult result = parser.parse("f.xml", utf8("<feed><entry/></feed>"));

        assertTrue(result.rejected().get(0).reason().startsWith("not an Atom 1.0 feed"));
    }

    @Test
    void truncatedAtomKeepsEarlierEntries() {
        byte[] truncated = Fixtures.cutBefore("feed/mozambique-cyclone-live.atom", "Winds of up to");

        ParseResult result = parser.parse(FEED_URL, truncated);

        assertEquals(1, result.posts().size());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().startsWith("truncated XML document"));
    }

    @Test
    void utf16FeedsAreDecodedByTheirByteOrderMark() {
        String feed = Fixtures.text("feed/mozambique-cyclone-live.atom").replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"");
        byte[] utf16 = ("\uFEFF" + feed).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        ParseResult result = parser.parse(FEED_URL, utf16);

        assertEquals(3, result.posts().size(), () -> result.rejected().toString());
        assertEquals("Lúcia Mabunda, Tom Okello", result.posts().get(0).byline());
    }

    @Test
    void anUnknownDeclaredEncodingIsNamed() {
        ParseResult result = parser.parse("f.atom", utf8("<?xml version=\"1.0\" encoding=\"klingon-8\"?><feed/>"));

        assertEquals("unknown encoding \"KLINGON-8\" declared in the XML declaration", result.rejected().get(0).reason());
    }
}
