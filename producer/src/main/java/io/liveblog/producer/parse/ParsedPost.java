package io.liveblog.producer.parse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One post as a parser read it, before it becomes an Avro {@code LiveBlogUpdate}.
 *
 * @param sourcePostId the source's own post id, or null (then the id is a hash of blog, time and headline)
 * @param blogId id of the live blog
 * @param blogUrl URL of the blog or feed, or null
 * @param postUrl permalink, or null
 * @param published publication instant
 * @param updated last-modified instant, or null
 * @param headline headline, may be empty
 * @param byline byline without "From", or null
 * @param body clean plain text, paragraphs separated by a blank line
 * @param format input format (cnn-text, jsonl, rss, atom, guardian-json, html)
 * @param parserVersion parser name/version, e.g. {@code cnn-text/1}
 * @param origin where in the input it came from, e.g. {@code blog.txt:42}
 * @param publishedOffset the UTC offset the source printed {@code published} in, or null when it gives none
 */
public record ParsedPost(String sourcePostId, String blogId, String blogUrl, String postUrl, Instant published,
                         Instant updated, String headline, String byline, String body, String format,
                         String parserVersion, String origin, ZoneOffset publishedOffset) {

    /** A post whose source gives no offset for its publication time. */
    public ParsedPost(String sourcePostId, String blogId, String blogUrl, String postUrl, Instant published,
                      Instant updated, String headline, String byline, String body, String format,
                      String parserVersion, String origin) {
        this(sourcePostId, blogId, blogUrl, postUrl, published, updated, headline, byline, body, format,
                parserVersion, origin, null);
    }

    public ParsedPost {
        Objects.requireNonNull(blogId, "blogId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(parserVersion, "parserVersion");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
    }

    /**
     * @param newBlogId blog id to use instead (e.g. given on the command line)
     * @return this post under another blog id
     */
    public ParsedPost withBlogId(String newBlogId) {
        return new ParsedPost(sourcePostId, newBlogId, blogUrl, postUrl, published, updated, headline, byline, body,
                format, parserVersion, origin, publishedOffset);
    }

    /** @return this post with the offset its publication time was printed in */
    public ParsedPost withPublishedOffset(ZoneOffset offset) {
        return new ParsedPost(sourcePostId, blogId, blogUrl, postUrl, published, updated, headline, byline, body,
                format, parserVersion, origin, offset);
    }
}
