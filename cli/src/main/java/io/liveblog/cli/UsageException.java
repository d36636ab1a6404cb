package io.liveblog.cli;

/** A problem with what the user asked for (bad input file, bad option): exit code 2 with the message, no trace. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and, where possible, what to do */
    public UsageException(String message) {
        super(message);
    }
}
