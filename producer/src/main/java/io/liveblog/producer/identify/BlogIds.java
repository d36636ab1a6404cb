package io.liveblog.producer.identify;

import io.liveblog.producer.text.Hashing;
import io.liveblog.producer.text.Slugs;
import java.util.regex.Pattern;

/** Blog ids derived from what an input says about itself. */
public final class BlogIds {

    /** A blog id given by the source is used as it is when it matches this; otherwise it is slugged. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private BlogIds() {
    }

    /**
     * @param sourceName a file path or URL
     * @return the slug of its last path segment without extension ({@code /data/gaza-live.jsonl} gives
     *         {@code gaza-live}); a name with no Latin letters or digits gives {@code blog-} and a hash of the name
     */
    public static String fromSourceName(String sourceName) {
        String name = sourceName;
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        while (name.endsWith("/") || name.endsWith("\\")) {
            name = name.substring(0, name.length() - 1);
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return fromText(name, sourceName);
    }

    /**
     * @param declared a blog id written in the input (e.g. the {@code blog} key of a JSON line)
     * @return it unchanged when it is a plain id ({@code [A-Za-z0-9._:-]}, at most 100 characters), else its slug
     */
    public static String fromDeclared(String declared) {
        String trimmed = declared.strip();
        if (PLAIN_ID.matcher(trimmed).matches()) {
            return trimmed;
        }
        return fromText(trimmed, trimmed);
    }

    private static String fromText(String text, String hashed) {
        String slug = Slugs.slug(text);
        return slug.isEmpty() ? "blog-" + Hashing.sha256Hex(hashed).substring(0, 16) : slug;
    }
}
