package io.liveblog.producer.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers. */
public final class Hashing {

    /** Separates hashed fields so that ("ab", "c") and ("a", "bc") hash differently. */
    public static final char FIELD_SEPARATOR = '\u001F';

    private Hashing() {
    }

    /** @return lower-case hex SHA-256 of the UTF-8 bytes of the fields joined by {@link #FIELD_SEPARATOR} */
    public static String sha256Hex(String... fields) {
        MessageDigest digest = sha256();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                digest.update((byte) FIELD_SEPARATOR);
            }
            digest.update(fields[i].getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest spec)
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
