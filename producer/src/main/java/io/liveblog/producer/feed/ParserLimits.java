package io.liveblog.producer.feed;

/**
 * Size limits the web parsers enforce, so that one runaway document or post cannot exhaust memory or flood the
 * pipeline with a multi-megabyte "post".
 *
 * @param maxDocumentBytes largest document (file or HTTP response body) that is parsed at all
 * @param maxPostChars largest post body, in characters after HTML cleaning; bigger posts are rejected
 */
public record ParserLimits(int maxDocumentBytes, int maxPostChars) {

    /** 32 MiB: far above any live-blog page or feed seen in practice, small enough to parse in memory. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

    /** 100,000 characters: a long live-blog post is a few thousand; anything this large is a scraping mistake. */
    public static final int DEFAULT_MAX_POST_CHARS = 100_000;

    public ParserLimits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive, was " + maxDocumentBytes);
        }
        if (maxPostChars <= 0) {
            throw new IllegalArgumentException("maxPostChars must be positive, was " + maxPostChars);
        }
    }

    /** @return the default limits */
    public static ParserLimits defaults() {
        return new ParserLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_POST_CHARS);
    }
}
