package io.liveblog.streams.time;

/**
 * Keys of the expiry indexes (posts, deliveries): blog id, due time and an id, encoded so that byte order is (blog,
 * due time, id) order and one blog's due entries are one range. A NUL separates the parts (it sorts below every other character,
 * so a blog id that is a prefix of another cannot interleave with it) and the due time is zero-padded to 19 digits.
 */
public final class ExpiryKey {

    private static final char SEP = '\u0000';

    private ExpiryKey() {
    }

    /** @return the key of an entry due at a time (epoch millis; times before 1970 are due at 0) */
    public static String of(String blogId, long dueAt, String postId) {
        String digits = Long.toString(Math.max(0, dueAt));
        return blogId + SEP + "0".repeat(19 - digits.length()) + digits + SEP + postId;
    }

    /** @return the lowest key of a blog */
    public static String first(String blogId) {
        return blogId + SEP;
    }
}
