package io.liveblog.producer.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives the blog id of a web source from its URL, so that one live blog gets the same id whether it is read as a
 * page, through its feed (the feed's channel link names the page) or through an API that reports the page URL.
 * The id is a readable slug of host and path: {@code https://www.example.org/world/live/2024/mar/03/quake?x=1}
 * becomes {@code example-org-world-live-2024-mar-03-quake}.
 */
public final class BlogIds {

    /** Longer slugs are cut and suffixed with a short hash of the whole, so distinct blogs stay distinct. */
    static final int MAX_LENGTH = 120;

    private BlogIds() {
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
        String material;
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                material = host + (uri.getPath() == null ? "" : uri.getPath());
            } else {
                material = fileStem(trimmed);
            }
        } catch (URISyntaxException notAUri) {
            material = fileStem(trimmed);
        }
        return slug(material, trimmed);
    }

    private static String fileStem(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String slug(String material, String whole) {
        String ascii = Normalizer.normalize(material, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "blog-" + shortHash(whole);
        }
        if (slug.length() > MAX_LENGTH) {
            String hash = shortHash(whole);
            slug = slug.substring(0, MAX_LENGTH - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
        }
        return slug;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
