package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.regex.Pattern;

/**
 * A figure told as an increment beyond one told before it: "five more were killed in the evening", "killed another
 * 15", "20 more trucks". Within one blog such a telling is never the figure the blog told before: the outlet itself
 * says it comes on top of it. Across outlets it says nothing (each outlet's "before" is its own), so the rule
 * applies only to claims of one blog: in different posts (a later "five more" is not the earlier "five"), or in
 * the body of one post where one is told as more and the other not ("Five people were killed in the morning ...
 * Five more were killed in the evening"). A headline over its own body is another matter (a restatement).
 *
 * <p>The aggregation keeps claims slim ({@link FactIdentity#slim}): their quoted words are dropped, and
 * {@link #MARK} stands in for them when the figure was told as more.
 */
final class ToldAsMore {

    /** What a slim claim's text holds when its figure was told as more. */
    static final String MARK = "+more";

    /** "more" (not "more than", not "50 or more"), "another", "further", "additional" in the figure's own words. */
    private static final Pattern MORE = Pattern.compile(
            "(?<!\\bor[\\s\u00A0])\\b(?:another|further|additional|more(?![\\s\u00A0]+than\\b))\\b",
            Pattern.CASE_INSENSITIVE);

    private ToldAsMore() {
    }

    /** @return whether the figure's own words tell it as more beyond an earlier one */
    static boolean of(Claim c) {
        String text = c.getText();
        return text != null && (text.contains(MARK) || MORE.matcher(text).find());
    }

    /** @return whether the rule of the class comment keeps two claims apart */
    static boolean apart(Claim a, Claim b) {
        if (!a.getBlogId().equals(b.getBlogId())) {
            return false;
        }
        boolean ma = of(a);
        boolean mb = of(b);
        if (!ma && !mb) {
            return false;
        }
        if (!a.getPostId().equals(b.getPostId())) {
            return true;
        }
        return ma != mb && !"headline".equals(a.getField()) && !"headline".equals(b.getField());
    }
}
