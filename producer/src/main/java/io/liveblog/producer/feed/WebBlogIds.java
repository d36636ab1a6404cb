package io.liveblog.producer.feed;

import io.liveblog.producer.identify.BlogIds;
import io.liveblog.producer.text.Hashing;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives the blog id of a web source from its URL, so that one live blog gets the same id whether it is read as a
 * page, through its feed (the feed's channel link names the page) or through an API that reports the page URL.
 * The id is a readable slug of host and path: {@code https://www.example.org/world/live/2024/mar/03/quake?x=1}
 * becomes {@code example-org-world-live-2024-mar-03-quake}. Host and whole path are kept because the last path
 * segment alone is often meaningless ({@code .../index.html}). Sources that are not web URLs (files) get the id the
 * file input gives them, {@link BlogIds#fromSourceName}.
 */
public final class WebBlogIds {

    /** Longer slugs are cut and suffixed with a short hash of the whole, so distinct blogs stay distinct. */
    static final int MAX_LENGTH = 120;
    private static final int HASH_SUFFIX_HEX = 10;

    private WebBlogIds() {
    }

    /**
     * @param source a URL, or a file path or name for local input
     * @return a non-empty slug
     */
    public static String fromSource(String source) {
        if (source == null || source.isBlank()) {
            return "unknown-blog";
        }
        String trimmed = source.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                String slug = slug(host + (uri.getPath() == null ? "" : uri.getPath()), trimmed);
                return slug.isEmpty() ? BlogIds.fromSourceName(trimmed) : slug;
            }
        } catch (URISyntaxException notAUri) {
            // a file path with spaces or backslashes; handled below
        }
        return BlogIds.fromSourceName(trimmed);
    }

    private static String slug(String material, String whole) {
        String ascii = Normalizer.normalize(material, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            String hash = Hashing.sha256Hex(whole).substring(0, HASH_SUFFIX_HEX);
            slug = slug.substring(0, MAX_LENGTH - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
        }
        return slug;
    }
}
