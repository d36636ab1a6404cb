package io.liveblog.producer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A parser that can read its input record by record, so that a large file is never held in memory whole.
 * {@link io.liveblog.producer.read.FileSource} prefers this over {@link PostParser#parse(String, byte[])}.
 */
public interface StreamingPostParser extends PostParser {

    /**
     * Reads the stream to its end (without closing it), handing over each post and each reject as soon as it is read.
     *
     * @param sourceName file path or URL, used for origins and the blog id
     * @param in the input
     * @param posts receives posts, in input order
     * @param rejects receives rejects, in input order
     * @throws IOException when reading the stream fails (bad input is rejected, never thrown)
     */
    void parse(String sourceName, InputStream in, Consumer<ParsedPost> posts, Consumer<Rejected> rejects)
            throws IOException;
}
