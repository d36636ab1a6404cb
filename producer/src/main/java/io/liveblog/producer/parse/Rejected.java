package io.liveblog.producer.parse;

/**
 * An input record a parser could not use; it goes to the dead-letter topic.
 *
 * @param origin where it came from (file:line, URL#entry)
 * @param reason what is wrong, in words the user can act on
 * @param raw the raw bytes (the publisher caps their size)
 * @param format the format it was parsed as
 * @param cause exception behind it, or null
 */
public record Rejected(String origin, String reason, byte[] raw, String format, Throwable cause) {
}
