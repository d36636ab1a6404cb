package io.liveblog.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows. A text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab or carriage return first) is written with a leading apostrophe: authority names and paths come from posts
 * and gazetteers, and an export must not become a way to run something on an analyst's machine.
 */
final class Csv {

    private Csv() {
    }

    /** Writes one row; null is an empty cell, numbers are written as they are. */
    static void row(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
