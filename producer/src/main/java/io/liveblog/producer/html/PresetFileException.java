package io.liveblog.producer.html;

/** A preset file that cannot be used: unreadable, not JSON, or a preset with a missing field or a bad selector. */
public final class PresetFileException extends RuntimeException {

    /**
     * @param message what is wrong and where (file and preset name)
     * @param cause underlying error, or null
     */
    public PresetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
