package io.liveblog.extract;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The text of one post version, as the extractor sees it.
 *
 * @param postId stable post id
 * @param published publication time (event time); used to tell background events ("October 7") from news
 * @param headline headline, may be empty
 * @param byline byline without "From", may be null
 * @param body plain text body, paragraphs separated by blank lines
 * @param zone the offset the post was published in, for "on Thursday" and "yesterday"; UTC when unknown
 */
public record PostText(String postId, Instant published, String headline, String byline, String body,
                       ZoneOffset zone) {
    public PostText {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(published, "published");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /** A post whose local offset is unknown: relative days resolve in UTC. */
    public PostText(String postId, Instant published, String headline, String byline, String body) {
        this(postId, published, headline, byline, body, ZoneOffset.UTC);
    }

    /** @return the post's local date and time */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(published, zone);
    }
}
