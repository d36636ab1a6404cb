package io.liveblog.producer.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from the class path. */
public final class Fixtures {

    private Fixtures() {
    }

    /** @param path path under the test resources, e.g. {@code feed/nepal-quake-live.rss} */
    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fixture as UTF-8 text */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** @return the fixture cut off just before the first {@code marker} in it, as UTF-8 bytes */
    public static byte[] cutBefore(String path, String marker) {
        String full = text(path);
        int at = full.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no \"" + marker + "\" in test fixture " + path);
        }
        return utf8(full.substring(0, at));
    }

    /** @return the text as UTF-8 bytes */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
