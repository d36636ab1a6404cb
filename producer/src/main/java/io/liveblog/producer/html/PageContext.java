package io.liveblog.producer.html;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * What the posts of one page share.
 *
 * @param sourceName URL or file the page came from
 * @param blogId blog id derived from the page's canonical URL
 * @param blogUrl canonical URL of the page, or null
 * @param baseUri base for resolving relative links, or empty
 */
record PageContext(String sourceName, String blogId, String blogUrl, String baseUri) {

    /** @return the link made absolute against the page, or as written when that is impossible; null for blank */
    String resolve(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        if (baseUri.isEmpty()) {
            return trimmed;
        }
        try {
            return new URI(baseUri).resolve(trimmed).toString();
        } catch (URISyntaxException | IllegalArgumentException notResolvable) {
            return trimmed;
        }
    }
}
