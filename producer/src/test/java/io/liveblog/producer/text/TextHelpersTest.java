package io.liveblog.producer.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextHelpersTest {

    @Test
    void cleanLineCollapsesEveryKindOfSpaceAndComposesAccents() {
        assertEquals("Café au lait", TextNormaliser.cleanLine(" Cafe\u0301\u00a0\u00a0au\tlait\u200b \r\n"));
        assertEquals("", TextNormaliser.cleanLine(null));
        assertEquals("a b", TextNormaliser.cleanLine("a\u202Fb"));
    }

    @Test
    void paragraphsSplitOnEveryLineBreakAndDropBlanks() {
        assertEquals(List.of("One.", "Two.", "Three."), TextNormaliser.paragraphs("One.\r\n\r\n  \nTwo.\rThree.\n"));
        assertEquals("One.\n\nTwo.", TextNormaliser.cleanBody("\n One. \n\n\n Two.\n"));
    }

    @Test
    void identityKeyFoldsCaseQuotesAndPunctuation() {
        assertEquals("israels dead end in talks", TextNormaliser.identityKey("Israel’s “Dead-End” in talks!"));
        assertEquals(TextNormaliser.identityKey("ISRAEL'S dead end in talks"),
                TextNormaliser.identityKey("Israel’s “dead end” in talks"));
        assertEquals("غزة 12", TextNormaliser.identityKey("غزة: ١٢".replace("١٢", "12")));
    }

    @Test
    void slugsAreAsciiAndBounded() {
        assertEquals("turkiye-syria-earthquake", Slugs.slug("Türkiye–Syria earthquake"));
        assertEquals("israel-hamas-war", Slugs.slug("  Israel-Hamas war  "));
        assertEquals("", Slugs.slug("غزة"));
        String longSlug = Slugs.slug("word ".repeat(40));
        assertTrue(longSlug.length() <= Slugs.MAX_LENGTH);
        assertFalse(longSlug.endsWith("-"));
    }

    @Test
    void sha256MatchesTheKnownVectorAndSeparatesFields() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashing.sha256Hex("abc"));
        assertFalse(Hashing.sha256Hex("ab", "c").equals(Hashing.sha256Hex("a", "bc")));
    }

    @Test
    void lineReaderReportsNumbersTerminationAndOversizedLines() throws IOException {
        byte[] input = "\uFEFFfirst\r\n\nxxxxxxxxxx\nlast".getBytes(StandardCharsets.UTF_8);
        LineReader reader = new LineReader(new ByteArrayInputStream(input), 5);

        LineReader.Line first = reader.next();
        assertEquals(1, first.number());
        assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), first.bytes());
        assertTrue(first.terminated());
        assertTrue(reader.next().isBlank());
        LineReader.Line big = reader.next();
        assertTrue(big.oversized());
        assertEquals(10, big.length());
        assertEquals(5, big.bytes().length);
        LineReader.Line last = reader.next();
        assertEquals(4, last.number());
        assertFalse(last.terminated());
        assertNull(reader.next());
    }

    @Test
    void lineReaderReadsLinesLongerThanItsBuffer() throws IOException {
        String longLine = "y".repeat(200_000);
        LineReader reader = new LineReader(new ByteArrayInputStream((longLine + "\nz\n").getBytes(
                StandardCharsets.UTF_8)), 1_000_000);
        assertEquals(200_000, reader.next().bytes().length);
        assertEquals("z", new String(reader.next().bytes(), StandardCharsets.UTF_8));
        assertNull(reader.next());
    }

    @Test
    void strictUtf8DecodingNamesTheOffset() throws Exception {
        assertEquals("ok €", LineReader.decodeUtf8("ok €".getBytes(StandardCharsets.UTF_8)));
        var e = assertThrows(LineReader.InvalidUtf8Exception.class,
                () -> LineReader.decodeUtf8(new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'}));
        assertEquals(2, e.offset());
        assertThrows(LineReader.InvalidUtf8Exception.class,
                () -> LineReader.decodeUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
    }
}
