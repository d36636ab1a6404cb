package io.liveblog.producer.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlogIdsTest {

    @Test
    void fileNamesAndUrlsGiveTheirLastSegment() {
        assertEquals("gaza-live", BlogIds.fromSourceName("/data/exports/Gaza Live.jsonl"));
        assertEquals("gaza-live", BlogIds.fromSourceName("C:\\exports\\gaza-live.ndjson"));
        assertEquals("israel-hamas-war-12-02-23",
                BlogIds.fromSourceName("https://example.org/live-news/israel-hamas-war-12-02-23/?x=1"));
        assertTrue(BlogIds.fromSourceName("/data/غزة.jsonl").matches("blog-[0-9a-f]{16}"));
    }

    @Test
    void declaredIdsAreKeptWhenPlain() {
        assertEquals("cnn:2023-12-02", BlogIds.fromDeclared(" cnn:2023-12-02 "));
        assertEquals("gaza-live-day-57", BlogIds.fromDeclared("Gaza Live, Day 57"));
    }
}
