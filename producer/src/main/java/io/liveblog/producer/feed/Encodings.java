package io.liveblog.producer.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level checks done before parsing, so that a wrongly encoded document is reported as such ("invalid UTF-8 at
 * byte 1234") instead of as a confusing parser error or, worse, silently decoded into replacement characters.
 */
public final class Encodings {

    private static final Pattern XML_DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Encodings() {
    }

    /** @return true when the bytes start with a UTF-8 byte order mark */
    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** @return true when the bytes start with a UTF-16 (either byte order) byte order mark */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    /**
     * @param bytes the document
     * @return offset of the first byte that is not valid UTF-8, or -1 when all of it is valid
     */
    public static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        out.clear();
        CoderResult end = decoder.flush(out);
        return end.isError() ? in.position() : -1;
    }

    /**
     * Decodes strictly as UTF-8 (a leading byte order mark is dropped).
     *
     * @throws CharacterCodingException when the bytes are not valid UTF-8
     */
    public static String decodeUtf8Strict(byte[] bytes) throws CharacterCodingException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    /**
     * The encoding an XML document declares in its {@code <?xml ... encoding="..."?>} line.
     *
     * @param bytes the document, in an ASCII-compatible encoding
     * @return the declared encoding in upper case, or empty when the declaration or its encoding is absent
     */
    public static Optional<String> xmlDeclaredEncoding(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECLARED_ENCODING.matcher(head.stripLeading());
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Decodes an XML document the way the XML specification says its encoding is found: byte order mark, else the
     * {@code encoding} of its XML declaration, else UTF-8. Decoding is strict, so bytes that are not valid in that
     * encoding are reported instead of silently replaced, and the parser only ever sees characters (it never guesses
     * encodings itself).
     *
     * @param bytes the document
     * @return the text, without byte order mark
     * @throws DecodingException with a user-facing message when the encoding is unknown or the bytes do not match it
     */
    public static String decodeXml(byte[] bytes) throws DecodingException {
        return decodeXml(bytes, null);
    }

    /**
     * Like {@link #decodeXml(byte[])}, with the charset the transport (HTTP {@code Content-Type}) named. It is used
     * only when the document has neither byte order mark nor declared encoding: servers often attach a default
     * charset to every response, while a document's own declaration is written by whoever produced its bytes.
     *
     * @param bytes the document
     * @param transportCharset charset from the transport, or null
     * @return the text, without byte order mark
     * @throws DecodingException with a user-facing message when the encoding is unknown or the bytes do not match it
     */
    public static String decodeXml(byte[] bytes, java.nio.charset.Charset transportCharset) throws DecodingException {
        java.nio.charset.Charset charset;
        int skip = 0;
        if (hasUtf8Bom(bytes)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (hasUtf16Bom(bytes)) {
            charset = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            charset = StandardCharsets.UTF_16BE;
        } else {
            Optional<String> declared = xmlDeclaredEncoding(bytes);
            try {
                charset = declared.isPresent() ? java.nio.charset.Charset.forName(declared.get())
                        : transportCharset != null ? transportCharset : StandardCharsets.UTF_8;
            } catch (IllegalArgumentException unknown) {
                throw new DecodingException("unknown encoding \"" + declared.get() + "\" declared in the XML"
                        + " declaration");
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int bad = charset.equals(StandardCharsets.UTF_8) ? firstInvalidUtf8(bytes) : -1;
            String where = bad >= 0 ? describeInvalidByte(bytes, bad) : "some byte";
            throw new DecodingException("invalid " + charset.name() + " at " + where + ": the document is "
                    + charset.name() + " by its byte order mark or XML declaration (UTF-8 when it declares nothing)"
                    + " but is not; the publisher probably sent another encoding without declaring it");
        }
    }

    /** Bytes that cannot honestly be turned into text; the message is meant for the user. */
    public static final class DecodingException extends Exception {
        /** @param message what is wrong, and where */
        public DecodingException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A user-readable description of where the bad byte is, with a little context.
     *
     * @param bytes the document
     * @param offset offset of the first invalid byte
     * @return e.g. {@code byte 1042 (line 31), 0xE9 after "Caf"}
     */
    public static String describeInvalidByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        int from = Math.max(0, offset - 20);
        String before = new String(bytes, from, offset - from, StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}\\uFFFD]", " ").strip();
        return String.format(Locale.ROOT, "byte %d (line %d), 0x%02X after \"%s\"", offset, line,
                bytes[offset] & 0xFF, before);
    }
}
