package io.liveblog.producer.parse;

import io.liveblog.producer.text.LineReader;
import io.liveblog.producer.text.TextNormaliser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of {@link CnnTextParser} as numbered, cleaned lines, and their raw bytes joined back for dead letters.
 * Separate from the parser because cutting bytes into lines knows nothing of the page layout (time lines, headlines,
 * bylines, captions, page furniture) that the parser reads from those lines.
 */
final class CnnTextLines {

    private CnnTextLines() {
    }

    static byte[] joinRaw(List<SourceLine> lines, SourceLine lastIncluded) {
        List<SourceLine> upTo = new ArrayList<>();
        for (SourceLine line : lines) {
            upTo.add(line);
            if (line == lastIncluded) {
                break;
            }
        }
        return joinRaw(upTo);
    }

    static byte[] joinRaw(List<SourceLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.writeBytes(lines.get(i).bytes());
        }
        return out.toByteArray();
    }

    static List<SourceLine> readLines(byte[] content) {
        List<SourceLine> lines = new ArrayList<>();
        LineReader reader = new LineReader(new ByteArrayInputStream(content), Integer.MAX_VALUE - 16);
        try {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                String text = null;
                CharacterCodingException error = null;
                try {
                    text = TextNormaliser.cleanLine(LineReader.decodeUtf8(line.bytes()));
                } catch (CharacterCodingException e) {
                    error = e;
                }
                lines.add(new SourceLine(line.number(), line.bytes(), text, error, line.terminated()));
            }
        } catch (IOException e) {
            // a ByteArrayInputStream does not fail
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * One input line.
     *
     * @param text cleaned text, or null when the bytes are not UTF-8
     */
    record SourceLine(int number, byte[] bytes, String text, CharacterCodingException error,
                      boolean terminated) {
        boolean isBlank() {
            return text != null && text.isEmpty();
        }
    }
}
