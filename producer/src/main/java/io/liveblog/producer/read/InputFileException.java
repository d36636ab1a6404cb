package io.liveblog.producer.read;

import java.nio.file.Path;

/**
 * An input file cannot be used at all: missing, unreadable, a directory, too large, or of an unsupported type.
 * (Bad records inside a readable file are {@link io.liveblog.producer.parse.Rejected}, not thrown.) The CLI reports
 * the message and exits with status 2.
 */
public class InputFileException extends Exception {

    private final transient Path file;

    /**
     * @param file the file
     * @param message what is wrong, naming the file
     * @param cause underlying error, or null
     */
    public InputFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** @return the file concerned */
    public Path file() {
        return file;
    }
}
