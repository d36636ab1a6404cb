package io.liveblog.producer.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.parse.CnnTextParser;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostIdentityTest {

    private static final Instant T = Instant.parse("2023-12-02T17:28:00Z");

    private static ParsedPost post(String sourceId, String blog, String headline, String byline, String body) {
        return new ParsedPost(sourceId, blog, null, null, T, null, headline, byline, body, "jsonl", "jsonl/1", "x:1");
    }

    @Test
    void sameFileTwiceGivesSameIdsAndHashes() {
        byte[] blog = Fixtures.bytes("cnn-quake-winter.txt");
        List<LiveBlogUpdate> first = updates(new CnnTextParser().parse("a.txt", blog));
        List<LiveBlogUpdate> second = updates(new CnnTextParser().parse("a.txt", blog.clone()));
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().map(LiveBlogUpdate::getPostId).distinct().count(),
                "every post of the blog has its own id");
    }

    @Test
    void editedBodyKeepsTheIdAndChangesTheHash() {
        String text = new String(Fixtures.bytes("cnn-quake-winter.txt"), StandardCharsets.UTF_8);
        String edited = text.replace("at least 5,400 people", "at least 5,894 people");
        LiveBlogUpdate before = updates(new CnnTextParser().parse("a.txt", Fixtures.utf8(text))).get(0);
        LiveBlogUpdate after = updates(new CnnTextParser().parse("a.txt", Fixtures.utf8(edited))).get(0);

        assertEquals(before.getPostId(), after.getPostId());
        assertNotEquals(before.getContentHash(), after.getContentHash());
    }

    @Test
    void hashIgnoresWhitespaceAndUnicodeFormButNotWords() {
        ParsedPost nfc = post(null, "b", "Caf\u00e9 closes", null, "One.\n\nTwo.");
        ParsedPost nfd = post(null, "b", "Cafe\u0301  closes ", null, "One.\r\n\r\n\r\nTwo.\u00a0");
        ParsedPost other = post(null, "b", "Café closes", null, "One.\n\nThree.");
        assertEquals(PostIdentity.contentHash(nfc), PostIdentity.contentHash(nfd));
        assertNotEquals(PostIdentity.contentHash(nfc), PostIdentity.contentHash(other));
        assertTrue(PostIdentity.contentHash(nfc).matches("[0-9a-f]{64}"));
        assertNotEquals(PostIdentity.contentHash(post(null, "b", "h", "By A", "x")),
                PostIdentity.contentHash(post(null, "b", "h", null, "x")), "byline is part of the content");
    }

    @Test
    void hashIdSurvivesQuoteAndCaseChangesInTheHeadline() {
        String a = PostIdentity.postId(post(null, "b", "Israel’s “dead end” in talks", null, "x"));
        String b = PostIdentity.postId(post(null, "b", "Israel's \"Dead End\" in talks", null, "y"));
        String c = PostIdentity.postId(post(null, "b", "Israel's dead end in new talks", null, "x"));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.matches("b/h-[0-9a-f]{32}"), a);
    }

    @Test
    void sourceIdIsPrefixedByBlogSoBlogsDoNotCollide() {
        assertEquals("gaza/17", PostIdentity.postId(post("17", "gaza", "h", null, "x")));
        assertNotEquals(PostIdentity.postId(post("17", "gaza", "h", null, "x")),
                PostIdentity.postId(post("17", "sudan", "h", null, "x")));
        String longId = "https://example.org/live/" + "x".repeat(200);
        assertTrue(PostIdentity.postId(post(longId, "gaza", "h", null, "x")).matches("gaza/s-[0-9a-f]{32}"));
        assertTrue(PostIdentity.postId(post("has space", "gaza", "h", null, "x")).startsWith("gaza/s-"));
    }

    @Test
    void headlinelessPostsAtTheSameMinuteAreToldApartByTheirFirstParagraph() {
        String a = PostIdentity.postId(post(null, "b", "", null, "Sirens in the north.\n\nMore."));
        String b = PostIdentity.postId(post(null, "b", "", null, "Rockets hit the south.\n\nMore."));
        String aEdited = PostIdentity.postId(post(null, "b", "", null, "Sirens in the north.\n\nMore, updated."));
        assertNotEquals(a, b);
        assertEquals(a, aEdited);
    }

    @Test
    void updateCarriesEveryFieldAndSurvivesTheSerde() {
        ParsedPost p = new ParsedPost("p-1", "gaza", "https://example.org/live", "https://example.org/live/p-1",
                Instant.parse("2023-12-02T17:28:00.123456Z"), Instant.parse("2023-12-02T18:00:00Z"), "Headline",
                "A Writer", "Body.", "jsonl", "jsonl/1", "f.jsonl:3");
        LiveBlogUpdate u = UpdateFactory.toUpdate(p);

        assertEquals("gaza/p-1", u.getPostId());
        assertEquals("gaza", u.getBlogId());
        assertEquals("https://example.org/live", u.getBlogUrl());
        assertEquals("https://example.org/live/p-1", u.getPostUrl());
        assertEquals(Instant.parse("2023-12-02T17:28:00.123Z"), u.getPublishedAt());
        assertEquals(Instant.parse("2023-12-02T18:00:00Z"), u.getUpdatedAt());
        assertEquals("Headline", u.getHeadline());
        assertEquals("A Writer", u.getByline());
        assertEquals("Body.", u.getBody());
        assertEquals(PostIdentity.contentHash(p), u.getContentHash());
        assertEquals("jsonl/1", u.getParserVersion());
        assertEquals("jsonl", u.getSourceFormat());
        assertEquals(u, Topics.UPDATE_SERDE.decode(Topics.UPDATE_SERDE.encode(u)));
    }

    private static List<LiveBlogUpdate> updates(ParseResult result) {
        return result.posts().stream().map(UpdateFactory::toUpdate).collect(Collectors.toList());
    }
}
