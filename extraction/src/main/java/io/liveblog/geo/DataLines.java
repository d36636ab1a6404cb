package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The content lines of a data file: the bundled tables (gazetteer, aliases, cues, conflict starts) and files a user
 * supplies (gazetteer extensions, GeoNames dumps). Blank lines and lines starting with {@code #} are skipped, a
 * byte-order mark before the first line is dropped, and every line keeps its 1-based number for error messages.
 * Lines are read as they are iterated, so a dump of gigabytes is never held in memory; a source read from a reader
 * can be iterated once.
 */
public final class DataLines implements Iterable<DataLines.Line> {

    /**
     * A content line.
     *
     * @param number 1-based line number in the file
     * @param text the line, without its line break
     */
    public record Line(long number, String text) {

        /** @return the tab-separated columns, empty trailing columns kept */
        public String[] columns() {
            return text.split("\t", -1);
        }
    }

    /** The next raw line, or null at the end. */
    @FunctionalInterface
    private interface Source {
        String next() throws IOException;
    }

    private final Source source;

    private DataLines(Source source) {
        this.source = source;
    }

    /** @return the content lines of lines already read */
    public static DataLines of(List<String> lines) {
        Iterator<String> it = lines.iterator();
        return new DataLines(() -> it.hasNext() ? it.next() : null);
    }

    /**
     * @return the content lines of a reader; a read error while iterating is thrown as an
     *     {@link UncheckedIOException} whose cause is the {@link IOException}
     */
    public static DataLines of(BufferedReader reader) {
        return new DataLines(reader::readLine);
    }

    /**
     * @param owner the class beside which the table is bundled
     * @param resource the table's file name
     * @return the raw lines of a table bundled with the code (a missing or unreadable table is a build defect, so it
     *     is thrown unchecked)
     */
    public static List<String> bundled(Class<?> owner, String resource) {
        try (BufferedReader in = bundledReader(owner, resource)) {
            return in.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * @param owner the class beside which the file is bundled
     * @param resource the file's name
     * @return the bundled file's bytes, to be closed by the caller
     * @throws IllegalStateException when the file is missing (a build defect)
     */
    public static java.io.InputStream bundledStream(Class<?> owner, String resource) {
        java.io.InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return in;
    }

    /** @return a bundled UTF-8 text file ({@link #bundledStream}), to be closed by the caller */
    public static BufferedReader bundledReader(Class<?> owner, String resource) {
        return new BufferedReader(new java.io.InputStreamReader(bundledStream(owner, resource),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @return every content line of a reader, for a file small enough to hold (a bundled table, a gazetteer
     *     extension); a read error is thrown as it is
     */
    public static List<Line> readAll(BufferedReader reader) throws IOException {
        List<Line> out = new ArrayList<>();
        try {
            of(reader).forEach(out::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            private long number;
            private Line next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String raw;
                    try {
                        raw = source.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (raw == null) {
                        return false;
                    }
                    number++;
                    if (number == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                        raw = raw.substring(1);
                    }
                    if (!raw.isBlank() && !raw.startsWith("#")) {
                        next = new Line(number, raw);
                    }
                }
                return true;
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Line line = next;
                next = null;
                return line;
            }
        };
    }
}
