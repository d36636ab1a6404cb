package io.liveblog.streams.dedup;

/** An update whose times cannot be a live blog's: rejected to the dead-letter topic with this message. */
public final class ImplausibleTimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the times, and why the update is not applied */
    public ImplausibleTimeException(String message) {
        super(message);
    }
}
