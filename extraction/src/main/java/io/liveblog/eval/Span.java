package io.liveblog.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of one field of a post, half-open like {@code ExtractedClaim} spans.
 *
 * @param field {@code headline} or {@code body}
 * @param start offset of the first character
 * @param end offset just past the last character
 */
record Span(String field, int start, int end) {

    static final String HEADLINE = "headline";
    static final String BODY = "body";

    /** @return true when both spans are in the same field and share at least one character */
    boolean overlaps(Span other) {
        return field.equals(other.field) && start < other.end && other.start < end;
    }

    /** @return every occurrence of {@code needle} in the headline and the body, headline first */
    static List<Span> occurrences(GoldPost post, String needle) {
        List<Span> found = new ArrayList<>();
        addOccurrences(found, HEADLINE, post.headline(), needle);
        addOccurrences(found, BODY, post.body(), needle);
        return found;
    }

    /** @return the union of the occurrences of all needles */
    static List<Span> occurrences(GoldPost post, List<String> needles) {
        List<Span> found = new ArrayList<>();
        for (String needle : needles) {
            found.addAll(occurrences(post, needle));
        }
        return found;
    }

    /** @return true when {@code span} overlaps any of {@code spans} */
    static boolean overlapsAny(Span span, List<Span> spans) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static void addOccurrences(List<Span> found, String field, String text, String needle) {
        if (needle.isEmpty()) {
            return;
        }
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            found.add(new Span(field, i, i + needle.length()));
        }
    }
}
