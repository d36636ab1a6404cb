package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParsedPost;

import java.util.Optional;

/**
 * The checks every web parser applies to a post before accepting it, so that all formats reject the same things
 * with the same words.
 */
public final class PostChecks {

    private static final int HEADLINE_IN_MESSAGE = 80;

    private PostChecks() {
    }

    /**
     * @param post a post a parser built
     * @param limits size limits
     * @return why the post must be rejected, or empty when it is fine
     */
    public static Optional<String> problem(ParsedPost post, ParserLimits limits) {
        if (post.body().isBlank()) {
            return Optional.of("empty body: the post has no text once markup, images and embeds are removed"
                    + (post.headline().isBlank() ? " and no headline" : " (headline \"" + shorten(post.headline()) + "\")"));
        }
        if (post.body().length() > limits.maxPostChars()) {
            return Optional.of("oversized post: the body has " + post.body().length()
                    + " characters, more than the limit of " + limits.maxPostChars()
                    + " (raise it if posts on this blog are really that long)");
        }
        return Optional.empty();
    }

    /**
     * Document-level check shared by all parsers.
     *
     * @return why the document is not parsed at all, or empty
     */
    public static Optional<String> documentProblem(byte[] content, ParserLimits limits) {
        if (content == null || content.length == 0) {
            return Optional.of("empty document: no bytes were received or read");
        }
        if (content.length > limits.maxDocumentBytes()) {
            return Optional.of("oversized document: " + content.length + " bytes, more than the limit of "
                    + limits.maxDocumentBytes() + " bytes");
        }
        return Optional.empty();
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= HEADLINE_IN_MESSAGE ? flat : flat.substring(0, HEADLINE_IN_MESSAGE - 1) + "…";
    }
}
