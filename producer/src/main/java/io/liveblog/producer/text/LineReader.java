package io.liveblog.producer.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads lines as bytes, so that each line is decoded on its own: one line with broken UTF-8 is rejected and the
 * others go on, and a huge line is measured and skipped without ever being held in memory.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped. A UTF-8 byte-order mark at the very start is dropped.
 * The last line is returned even without a final newline ({@link Line#terminated()} tells).
 */
public final class LineReader {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int limit;
    private int lineNumber;
    private boolean eof;
    private boolean atStart = true;

    /**
     * @param in input, read to the end but not closed
     * @param maxLineBytes longest line kept whole; longer lines come back with only this many bytes and
     *                     {@link Line#oversized()} set
     */
    public LineReader(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * One line of input.
     *
     * @param number 1-based line number
     * @param bytes the line without its terminator, cut to the reader's cap when {@code oversized}
     * @param length full length of the line in bytes
     * @param terminated whether a newline ended the line (false only for a last line cut short or lacking one)
     * @param oversized whether the line was longer than the cap
     */
    public record Line(int number, byte[] bytes, long length, boolean terminated, boolean oversized) {

        /** @return true when the line holds nothing but spaces and tabs */
        public boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return the next line, or null at the end of input */
    public Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                return finish(line, length, false);
            }
            if (atStart) {
                atStart = false;
                if (limit - pos >= 3 && (buffer[pos] & 0xFF) == 0xEF && (buffer[pos + 1] & 0xFF) == 0xBB
                        && (buffer[pos + 2] & 0xFF) == 0xBF) {
                    pos += 3;
                    continue;
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            long room = maxLineBytes - line.size();
            if (room > 0) {
                line.write(buffer, start, (int) Math.min(room, chunk));
            }
            length += chunk;
            if (pos < limit) {
                pos++; // the newline
                return finish(line, length, true);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length, boolean terminated) {
        byte[] bytes = line.toByteArray();
        boolean oversized = length > maxLineBytes;
        if (!oversized && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        lineNumber++;
        return new Line(lineNumber, bytes, length, terminated, oversized);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            // read() returning 0 for a non-empty buffer breaks the InputStream contract; treat it as the end
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /**
     * Strict UTF-8 decoding.
     *
     * @param bytes encoded text
     * @return the text
     * @throws CharacterCodingException naming the byte offset of the first malformed sequence
     */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes);
        CharBuffer dst = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(src, dst, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(src.position());
        }
        result = decoder.flush(dst);
        if (result.isError()) {
            throw new InvalidUtf8Exception(src.position());
        }
        dst.flip();
        return dst.toString();
    }

    /** Malformed UTF-8 at a known byte offset. */
    public static final class InvalidUtf8Exception extends CharacterCodingException {
        private final int offset;

        InvalidUtf8Exception(int offset) {
            this.offset = offset;
        }

        /** @return 0-based byte offset of the first bad byte within the decoded bytes */
        public int offset() {
            return offset;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at byte " + offset;
        }
    }

    /** @return true when the bytes start with a UTF-16 byte-order mark (a file saved as "Unicode" on Windows) */
    public static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
    }
}
