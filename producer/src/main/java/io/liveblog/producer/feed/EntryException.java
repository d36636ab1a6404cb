package io.liveblog.producer.feed;

/**
 * Thrown inside a parser when one entry cannot become a post; it becomes a
 * {@link io.liveblog.producer.parse.Rejected}.
 */
final class EntryException extends Exception {

    EntryException(String reason) {
        super(reason, null, false, false);
    }
}
