package io.liveblog.producer.watch;

/** The watch state file cannot be used: locked by another watcher, written by a newer version, or not writable. */
public final class WatchStateException extends RuntimeException {

    /**
     * @param message what is wrong, naming the file
     * @param cause underlying error, or null
     */
    public WatchStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
