package io.liveblog.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.schema.LiveBlogUpdate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a generated workload ({@link BenchPosts}) as the JSON Lines that {@code produce} and {@code process} read,
 * one record a line in arrival order, so the bench's workload can be run through the whole command line (the
 * {@code process --strict} measurement) and kept as a file. A re-delivery is its line again; an edit is a line with
 * the post's id and {@code updated}.
 */
public final class BenchJsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchJsonLines() {
    }

    /** @return how many lines were written: every record {@code records} gives */
    public static long write(Iterator<LiveBlogUpdate> records, Path file) throws IOException {
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (records.hasNext()) {
                out.write(line(records.next()));
                out.write('\n');
                lines++;
            }
        }
        return lines;
    }

    /** @return the record as one JSON object in the producer's JSON Lines format */
    static String line(LiveBlogUpdate u) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", u.getPostId());
        o.put("blogId", u.getBlogId());
        if (u.getBlogUrl() != null) {
            o.put("blogUrl", u.getBlogUrl());
        }
        o.put("published", u.getPublishedAt().toString());
        if (u.getUpdatedAt() != null) {
            o.put("updated", u.getUpdatedAt().toString());
        }
        o.put("headline", u.getHeadline());
        if (u.getByline() != null) {
            o.put("byline", u.getByline());
        }
        o.put("body", u.getBody());
        return JSON.writeValueAsString(o);
    }
}
