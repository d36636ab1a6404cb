package io.liveblog.cli.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting working directories (broker logs, state directories, generated inputs). */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes a directory and everything in it; nothing when it does not exist.
     *
     * @throws UncheckedIOException when something in it cannot be deleted (a wipe that did not happen must not pass
     *     for one)
     */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /**
     * Deletes a directory and everything in it as far as it can, for clean-up after the work is done.
     *
     * @return whether it is gone; when not, the reason was printed to standard error
     */
    public static boolean deleteIfPossible(Path dir) {
        try {
            delete(dir);
            return true;
        } catch (UncheckedIOException e) {
            System.err.println("liveblog: could not delete " + dir + ": " + e.getCause());
            return false;
        }
    }
}
