package io.liveblog.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * The text of one post version, as the extractor sees it.
 *
 * @param postId stable post id
 * @param published publication time (event time); used to tell background events ("October 7") from news
 * @param headline headline, may be empty
 * @param byline byline without "From", may be null
 * @param body plain text body, paragraphs separated by blank lines
 */
public record PostText(String postId, Instant published, String headline, String byline, String body) {
    public PostText {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(published, "published");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
    }
}
