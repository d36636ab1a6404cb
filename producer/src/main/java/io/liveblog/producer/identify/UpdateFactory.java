package io.liveblog.producer.identify;

import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.schema.LiveBlogUpdate;
import java.time.temporal.ChronoUnit;

/**
 * Turns a {@link ParsedPost} into the post version (a {@code LiveBlogUpdate}) published on the updates topic. Pure and
 * deterministic.
 */
public final class UpdateFactory {

    private UpdateFactory() {
    }

    /**
     * @param post a parsed post
     * @return the update: ids and hash from {@link PostIdentity}, times cut to milliseconds (the precision of the
     *         schema, so that what is built equals what a consumer decodes)
     */
    public static LiveBlogUpdate toUpdate(ParsedPost post) {
        return LiveBlogUpdate.newBuilder()
                .setPostId(PostIdentity.postId(post))
                .setBlogId(post.blogId())
                .setBlogUrl(post.blogUrl())
                .setPostUrl(post.postUrl())
                .setPublishedAt(post.published().truncatedTo(ChronoUnit.MILLIS))
                .setUpdatedAt(post.updated() == null ? null : post.updated().truncatedTo(ChronoUnit.MILLIS))
                .setHeadline(post.headline())
                .setByline(post.byline())
                .setBody(post.body())
                .setContentHash(PostIdentity.contentHash(post))
                .setParserVersion(post.parserVersion())
                .setSourceFormat(post.format())
                .setPublishedOffset(post.publishedOffset() == null ? null : post.publishedOffset().getId())
                .build();
    }
}
