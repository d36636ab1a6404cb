package io.liveblog.producer.feed;

import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the promise of {@link io.liveblog.producer.parse.PostParser}: whatever the input, a parser returns a result.
 * A bug or a library failure on hostile input turns the whole document into one rejection (so it reaches the
 * dead-letter topic with its bytes) instead of stopping a live run.
 */
public final class ParseGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ParseGuard.class);

    private ParseGuard() {
    }

    /**
     * @param format format name for the rejection
     * @param source source name
     * @param content raw bytes
     * @param parse the real parsing
     * @return its result, or a single rejection when it threw
     */
    public static ParseResult guard(String format, String source, byte[] content, Supplier<ParseResult> parse) {
        try {
            return parse.get();
        } catch (RuntimeException | StackOverflowError unexpected) {
            // StackOverflowError is caught on purpose: deeply nested hostile input must not end a watch run
            LOG.error("The {} parser failed unexpectedly on {}; the document goes to the dead-letter topic",
                    format, source, unexpected);
            return new ParseResult(List.of(), List.of(new Rejected(source,
                    "internal parser error (" + unexpected.getClass().getSimpleName() + "): " + unexpected.getMessage()
                            + "; please report this with the dead-lettered document",
                    content == null ? new byte[0] : content, format, unexpected)));
        }
    }
}
