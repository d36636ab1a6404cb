package io.liveblog.producer.parse;

/** Turns one input document (a file, a feed response, a page) into posts. Never throws on bad input: rejects it. */
public interface PostParser {

    /** @return the format name, e.g. {@code cnn-text} */
    String format();

    /**
     * @param sourceName file path or URL, used for origins and the blog id
     * @param content raw bytes
     * @return posts and rejects
     */
    ParseResult parse(String sourceName, byte[] content);
}
