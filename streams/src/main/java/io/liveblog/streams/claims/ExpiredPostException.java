package io.liveblog.streams.claims;

/** An update of a post older than the post retention: rejected to the dead-letter topic with this message. */
public final class ExpiredPostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why the update is not applied */
    public ExpiredPostException(String message) {
        super(message);
    }
}
