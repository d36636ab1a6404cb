package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLinesTest {

    @Test
    void skipsBlankAndCommentLinesAndKeepsLineNumbers() throws IOException {
        String file = "\uFEFF# a table\nPS\twar\t2023-10-07\n\n   \n# another comment\nUA\tinvasion\t2022-02-24\t\n";
        List<DataLines.Line> lines = DataLines.readAll(new BufferedReader(new StringReader(file)));
        assertEquals(List.of(new DataLines.Line(2, "PS\twar\t2023-10-07"),
                new DataLines.Line(6, "UA\tinvasion\t2022-02-24\t")), lines);
        assertArrayEquals(new String[] {"UA", "invasion", "2022-02-24", ""}, lines.get(1).columns(),
                "an empty last column is kept");
    }

    @Test
    void aByteOrderMarkIsDroppedFromTheFirstLineOnly() {
        List<DataLines.Line> lines = new ArrayList<>();
        DataLines.of(List.of("\uFEFFGaza\tx", "\uFEFFkept")).forEach(lines::add);
        assertEquals(List.of(new DataLines.Line(1, "Gaza\tx"), new DataLines.Line(2, "\uFEFFkept")), lines);
    }

    @Test
    void aReadErrorReachesTheCallerAsItWas() {
        IOException broken = new IOException("disk gone");
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw broken;
            }

            @Override
            public void close() {
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> DataLines.readAll(new BufferedReader(failing)));
        assertSame(broken, thrown);
    }
}
