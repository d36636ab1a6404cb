package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import static io.liveblog.producer.feed.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RssParserTest {

    private static final String FEED_URL = "https://news.example.org/world/live/2024/apr/12/western-nepal-earthquake-live/rss";
    private final RssParser parser = new RssParser();

    @Test
    void readsEveryItemOfARealisticFeed() {
        ParseResult result = parser.parse(FEED_URL, Fixtures.bytes("feed/nepal-quake-live.rss"));

        assertEquals(3, result.posts().size());
        assertTrue(result.rejected().isEmpty(), () -> "unexpected rejects " + result.rejected());
        ParsedPost latest = result.posts().get(0);
        assertEquals("quake-live-post-3", latest.sourcePostId());
        assertEquals("news-example-org-world-live-2024-apr-12-western-nepal-earthquake-live", latest.blogId());
        assertEquals("https://news.example.org/world/live/2024/apr/12/western-nepal-earthquake-live", latest.blogUrl());
        assertEquals("https://news.example.org/world/live/2024/apr/12/western-nepal-earthquake-live#post-3",
                latest.postUrl());
        assertEquals(Instant.parse("2024-04-12T09:42:00Z"), latest.published());
        assertEquals(Instant.parse("2024-04-12T09:58:30Z"), latest.updated());
        assertEquals(java.time.ZoneOffset.UTC, latest.publishedOffset(), "GMT as written");
        assertEquals(java.time.ZoneOffset.ofHoursMinutes(5, 45), result.posts().get(1).publishedOffset(),
                "a post stamped in Nepal time is dated in Nepal's day");
        assertEquals("Death toll rises to 146, home ministry says", latest.headline());
        assertEquals("Anjali Thapa", latest.byline());
        assertEquals("rss", latest.format());
        assertEquals("rss/1", latest.parserVersion());
        assertEquals(FEED_URL + "#quake-live-post-3", latest.origin());
    }

    @Test
    void prefersContentEncodedAndCleansItToReaderText() {
        ParsedPost latest = parser.parse(FEED_URL, Fixtures.bytes("feed/nepal-quake-live.rss")).posts().get(0);

        assertEquals("At least 146 people have been killed and more than 200 injured after the earthquake struck"
                        + " Karnali province shortly before midnight, Nepal\u2019s home ministry said on Friday morning.\n\n"
                        + "Most of the deaths were in Jajarkot district, where 92 people died, and in Rukum West,"
                        + " where 54 died.\n\n"
                        + "Officials warned the figure could rise as rescuers reach villages cut off by landslides.",
                latest.body());
    }

    @Test
    void decodesEscapedHtmlDescriptionsAndRfc822Offsets() {
        ParsedPost second = parser.parse(FEED_URL, Fixtures.bytes("feed/nepal-quake-live.rss")).posts().get(1);

        assertEquals("Rescue teams reach Jajarkot & Rukum West", second.headline());
        assertEquals("Ram Bahadur K.C.", second.byline(), "RSS author is 'email (Name)'");
        // 08:15 in Nepal (+05:45) is 02:30 UTC
        assertEquals(Instant.parse("2024-04-12T02:30:00Z"), second.published());
        assertNull(second.updated());
        assertEquals("Army helicopters carrying medical teams landed in Jajarkot at dawn, the army\u2019s spokesperson"
                + " said.\n\nThree hospitals in the district are treating the injured in tents.", second.body());
        assertEquals(second.postUrl(), second.sourcePostId(), "a permalink guid is still the source's id");
    }

    @Test
    void keepsListItemsAndLineBreaksAndJoinsSeveralCreators() {
        ParsedPost first = parser.parse(FEED_URL, Fixtures.bytes("feed/nepal-quake-live.rss")).posts().get(2);

        assertEquals("Quake of magnitude 6.1 hits western Nepal", first.headline());
        assertEquals("Anjali Thapa, Sunita Gurung", first.byline());
        assertEquals("A strong earthquake struck western Nepal late on Thursday. What we know so far:\n\n"
                + "The epicentre was near Ramidanda in Jajarkot district\n\n"
                + "Tremors were felt as far as Kathmandu\nand New Delhi", first.body());
    }

    @Test
    void readsRss10RdfItemsAndDcDates() {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example.com/live"><title>Old-style feed</title>
                    <link>https://old.example.com/live</link></channel>
                  <item rdf:about="https://old.example.com/live#p1">
                    <title>Bridge closed after floods</title>
                    <link>https://old.example.com/live#p1</link>
                    <description>The river rose two metres overnight.</description>
                    <dc:date>2024-02-01T07:30:00+01:00</dc:date>
                  </item>
                </rdf:RDF>""";

        ParseResult result = parser.parse("old.rdf", utf8(rdf));

        assertEquals(1, result.posts().size(), () -> result.rejected().toString());
        ParsedPost post = result.posts().get(0);
        assertEquals("https://old.example.com/live#p1", post.sourcePostId());
        assertEquals(Instant.parse("2024-02-01T06:30:00Z"), post.published());
        assertEquals("old-example-com-live", post.blogId());
    }

    @Test
    void brokenXmlIsOneRejectionWithThePosition() {
        byte[] broken = utf8("<rss><channel><item><title>a</titel></item></channel></rss>");

        ParseResult result = parser.parse("broken.xml", broken);

        assertTrue(result.posts().isEmpty());
        Rejected rejected = result.rejected().get(0);
        assertTrue(rejected.reason().startsWith("not well-formed XML at line 1"), rejected.reason());
        assertArrayEquals(broken, rejected.raw());
        assertEquals("rss", rejected.format());
        assertEquals("broken.xml", rejected.origin());
    }

    @Test
    void truncatedFeedKeepsTheCompleteItemsAndRejectsTheRest() {
        // cut in the middle of the second item
        byte[] truncated = Fixtures.cutBefore("feed/nepal-quake-live.rss", "Army helicopters");

        ParseResult result = parser.parse(FEED_URL, truncated);

        assertEquals(1, result.posts().size());
        assertEquals("quake-live-post-3", result.posts().get(0).sourcePostId());
        assertEquals(1, result.rejected().size());
        String reason = result.rejected().get(0).reason();
        assertTrue(reason.startsWith("truncated XML document"), reason);
        assertTrue(reason.endsWith("1 complete entries before that point were read"), reason);
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><guid>x</guid><title>&xxe;</title><pubDate>Fri, 12 Apr 2024 09:42:00 GMT"
                + "</pubDate><description>&xxe;</description></item></channel></rss>";

        ParseResult result = parser.parse("evil.xml", utf8(xxe));

        assertTrue(result.posts().stream().noneMatch(p -> (p.headline() + p.body()).contains("TOP-SECRET")));
        assertFalse(result.rejected().isEmpty(), "an undeclared-by-policy entity is an error, not an empty string");
        assertTrue(result.rejected().stream().noneMatch(r -> r.reason().contains("TOP-SECRET")));
    }

    @Test
    void entityExpansionBombIsRejectedQuickly() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
        String previous = "a";
        for (int i = 0; i < 9; i++) {
            String name = "e" + i;
            bomb.append("<!ENTITY ").append(name).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = name;
        }
        bomb.append("]><rss><channel><item><title>&").append(previous).append(";</title></item></channel></rss>");

        ParseResult result = parser.parse("bomb.xml", utf8(bomb.toString()));

        assertTrue(result.posts().isEmpty());
        assertEquals(1, result.rejected().size());
    }

    @Test
    void malformedInputThatTripsTheJdkParserIsStillJustNotWellFormed() {
        // found by ParserRobustnessTest: the JDK parser throws MissingResourceException on this
        ParseResult result = parser.parse("dtd.xml", utf8("<!DOCTYPE x [<<<<\u0000"));

        assertTrue(result.posts().isEmpty());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().startsWith("not well-formed XML: the XML parser gave up"),
                result.rejected().get(0).reason());
    }

    @Test
    void invalidUtf8IsReportedWithItsOffset() {
        byte[] valid = Fixtures.bytes("feed/nepal-quake-live.rss");
        byte[] bad = Arrays.copyOf(valid, valid.length);
        int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf("Karnali province shortly");
        bad[at] = (byte) 0xE9; // a Latin-1 é where UTF-8 was declared

        ParseResult result = parser.parse(FEED_URL, bad);

        assertTrue(result.posts().isEmpty());
        String reason = result.rejected().get(0).reason();
        assertTrue(reason.startsWith("invalid UTF-8 at byte " + at + " "), reason);
        assertTrue(reason.contains("0xE9"), reason);
    }

    @Test
    void declaredLatin1IsDecodedAsDeclared() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><link>https://x.example/live</link>"
                + "<item><guid>p1</guid><pubDate>Mon, 05 Feb 2024 10:00:00 +0100</pubDate>"
                + "<title>Réfugiés à Goma</title><description>Plus de 3000 déplacés.</description></item>"
                + "</channel></rss>";

        ParseResult result = parser.parse("latin1.xml", feed.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("Réfugiés à Goma", result.posts().get(0).headline());
        assertEquals("Plus de 3000 déplacés.", result.posts().get(0).body());
    }

    @Test
    void itemsWithoutTextWithoutTimeOrTooLargeAreRejectedOneByOne() {
        String feed = "<rss><channel><link>https://x.example/live</link>"
                + "<item><guid>empty</guid><pubDate>Mon, 05 Feb 2024 10:00:00 GMT</pubDate><title>Photo of the day</title>"
                + "<description><![CDATA[<figure><img src='a.jpg'><figcaption>A caption</figcaption></figure><p>&nbsp;</p>]]></description></item>"
                + "<item><guid>timeless</guid><title>No time</title><description>Text.</description></item>"
                + "<item><guid>badtime</guid><pubDate>yesterday</pubDate><description>Text.</description></item>"
                + "<item><guid>huge</guid><pubDate>Mon, 05 Feb 2024 10:00:00 GMT</pubDate><description>"
                + "word ".repeat(30) + "</description></item>"
                + "<item><guid>fine</guid><pubDate>Mon, 05 Feb 2024 10:00:00 GMT</pubDate><description>Fine.</description></item>"
                + "</channel></rss>";
        RssParser small = new RssParser(new ParserLimits(1_000_000, 100));

        ParseResult result = small.parse("f.xml", utf8(feed));

        assertEquals(1, result.posts().size());
        assertEquals("fine", result.posts().get(0).sourcePostId());
        assertEquals(4, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().startsWith("empty body"), result.rejected().get(0).reason());
        assertTrue(result.rejected().get(0).reason().contains("Photo of the day"));
        assertEquals("f.xml#empty", result.rejected().get(0).origin());
        String raw = new String(result.rejected().get(0).raw(), StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("<item><guid>empty</guid>"), raw);
        assertTrue(result.rejected().get(1).reason().startsWith("no publication time"));
        assertTrue(result.rejected().get(2).reason().startsWith("unreadable publication time \"yesterday\""));
        assertTrue(result.rejected().get(3).reason().startsWith("oversized post: the body has 149 characters"),
                result.rejected().get(3).reason());
    }

    @Test
    void anAtomFeedIsNotSilentlyReadAsEmptyRss() {
        ParseResult result = parser.parse("x.atom", Fixtures.bytes("feed/mozambique-cyclone-live.atom"));

        assertTrue(result.posts().isEmpty());
        assertTrue(result.rejected().get(0).reason().contains("looks like an Atom feed"));
    }

    @Test
    void emptyAndOversizedDocumentsAreRejected() {
        assertTrue(parser.parse("e.xml", new byte[0]).rejected().get(0).reason().startsWith("empty document"));
        RssParser tiny = new RssParser(new ParserLimits(100, 1000));
        assertTrue(tiny.parse("big.xml", Fixtures.bytes("feed/nepal-quake-live.rss")).rejected().get(0).reason()
                .startsWith("oversized document"));
    }
}
