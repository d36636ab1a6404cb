package io.liveblog.eval;

import java.io.IOException;

/** A gold file that cannot be read as the corpus format; the message starts with {@code file:line}. */
public final class GoldFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param origin {@code file:line}
     * @param problem what is wrong, in words an annotator can act on
     */
    public GoldFormatException(String origin, String problem) {
        super(origin + ": " + problem);
    }

    /**
     * @param origin {@code file:line}
     * @param problem what is wrong
     * @param cause the parser's exception
     */
    public GoldFormatException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
    }
}
