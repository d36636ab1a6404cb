package io.liveblog.streams.claims;

/**
 * Keys of the post expiry index: blog id, due time and post id, encoded so that byte order is (blog, due time, post)
 * order and one blog's due entries are one range. A NUL separates the parts (it sorts below every other character,
 * so a blog id that is a prefix of another cannot interleave with it) and the due time is zero-padded to 19 digits.
 */
final class ExpiryKey {

    private static final char SEP = '\u0000';

    private ExpiryKey() {
    }

    /** @return the key of a post due at a time (epoch millis; times before 1970 are due at 0) */
    static String of(String blogId, long dueAt, String postId) {
        String digits = Long.toString(Math.max(0, dueAt));
        return blogId + SEP + "0".repeat(19 - digits.length()) + digits + SEP + postId;
    }

    /** @return the lowest key of a blog */
    static String first(String blogId) {
        return blogId + SEP;
    }
}
