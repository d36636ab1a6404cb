package io.liveblog.producer.feed;

import io.liveblog.producer.identify.BlogIds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebBlogIdsTest {

    @Test
    void theSameBlogGetsTheSameIdFromPageFeedAndQueryVariants() {
        String id = WebBlogIds.fromSource("https://www.example.org/world/live/2024/mar/03/quake");
        assertEquals("example-org-world-live-2024-mar-03-quake", id);
        assertEquals(id, WebBlogIds.fromSource("https://example.org/world/live/2024/mar/03/quake?page=2#top"));
        assertEquals(id, WebBlogIds.fromSource("HTTPS://WWW.EXAMPLE.ORG/world/live/2024/mar/03/quake/"));
    }

    @Test
    void aMeaninglessLastSegmentDoesNotMakeBlogsCollide() {
        assertNotEquals(WebBlogIds.fromSource("https://news.example.com/live/gaza-12-02/index.html"),
                WebBlogIds.fromSource("https://news.example.com/live/ukraine-12-02/index.html"));
    }

    @Test
    void filesGetTheIdTheFileInputGivesThem() {
        String file = "/data/blogs/Gaza aid 2023-12-02.html";
        assertEquals(BlogIds.fromSourceName(file), WebBlogIds.fromSource(file));
        assertEquals("gaza-aid-2023-12-02", WebBlogIds.fromSource(file));
    }

    @Test
    void longIdsAreCutButStayDistinct() {
        String base = "https://example.org/" + "very-long-segment/".repeat(20);
        String a = WebBlogIds.fromSource(base + "a");
        String b = WebBlogIds.fromSource(base + "b");
        assertTrue(a.length() <= WebBlogIds.MAX_LENGTH, a);
        assertNotEquals(a, b);
    }

    @Test
    void neverEmpty() {
        assertEquals("unknown-blog", WebBlogIds.fromSource(null));
        assertTrue(WebBlogIds.fromSource("!!!").startsWith("blog-"));
    }
}
