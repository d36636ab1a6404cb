package io.liveblog.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.geo.Gazetteer;
import io.liveblog.producer.parse.JsonLinesParser;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJsonLinesTest {

    @Test
    void everyGeneratedRecordReadsBackAsThePostItIs(@TempDir Path dir) throws Exception {
        List<LiveBlogUpdate> records = new ArrayList<>();
        new BenchPosts(5, 600, Gazetteer.curated()).forEachRemaining(records::add);
        Path file = dir.resolve("bench.jsonl");

        assertEquals(600, BenchJsonLines.write(records.iterator(), file));

        ParseResult read = new JsonLinesParser().parse(file.toString(), Files.readAllBytes(file));
        assertTrue(read.rejected().isEmpty(), () -> read.rejected().toString());
        assertEquals(records.size(), read.posts().size());
        long edits = 0;
        for (int i = 0; i < records.size(); i++) {
            LiveBlogUpdate u = records.get(i);
            ParsedPost p = read.posts().get(i);
            assertEquals(u.getPostId(), p.sourcePostId());
            assertEquals(u.getBlogId(), p.blogId());
            assertEquals(u.getBlogUrl(), p.blogUrl());
            assertEquals(u.getPublishedAt(), p.published());
            assertEquals(u.getUpdatedAt(), p.updated());
            assertEquals(u.getHeadline(), p.headline());
            assertEquals(u.getByline(), p.byline());
            assertEquals(u.getBody(), p.body(), "paragraphs as generated");
            edits += u.getUpdatedAt() != null ? 1 : 0;
        }
        assertTrue(edits > 0, "the workload's edits are in the file");
    }
}
