package io.liveblog.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test fixtures on the class path, and the real CNN seed file when it is around. Public: the tests of
 * {@code read}, {@code parse}, {@code identify} and {@code publish} share them.
 */
public final class Fixtures {

    /** System property naming the seed file; else {@code ../shared/seeds} from the repository root is tried. */
    public static final String SEED_PROPERTY = "liveblog.seed.cnn";
    static final String SEED_NAME = "cnn-liveblog-2023-12-02.txt";

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the seed file, looked up by system property, then next to the repository, else empty */
    public static Optional<Path> seedFile() {
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        // surefire runs in the module directory: the repository root is its parent
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = moduleDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds").resolve(SEED_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            Path sibling = dir.resolveSibling("shared").resolve("seeds").resolve(SEED_NAME);
            if (Files.isRegularFile(sibling)) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }
}
