package io.liveblog.geo;

import java.util.Arrays;

/**
 * An open-addressing map from folded words to values that is looked up with a slice of a char buffer, so finding
 * a word of a text in the name trie allocates nothing. Hash codes are {@link String#hashCode()} codes, which
 * {@link Tokens} computes while it folds a word; the keys' own codes are kept beside them in an int array.
 *
 * @param <V> value type
 */
final class KeyMap<V> {

    private String[] keys = new String[4];
    private int[] hashes = new int[4];
    private Object[] values = new Object[4];
    private int size;

    /** @return the value for the word {@code buf[offset, offset + length)} whose hash code is {@code hash} */
    @SuppressWarnings("unchecked")
    V get(char[] buf, int offset, int length, int hash) {
        int mask = keys.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && sameChars(k, buf, offset, length)) {
                return (V) values[i];
            }
        }
    }

    /** @return the value for {@code key}, or null */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return (V) values[i];
            }
        }
    }

    /** Associates {@code value} with {@code key}, replacing any previous value. */
    void put(String key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = key.hashCode();
                values[i] = value;
                size++;
                return;
            }
            if (keys[i].equals(key)) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], cast(oldValues[i]));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V cast(Object value) {
        return (V) value;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean sameChars(String key, char[] buf, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != buf[offset + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "KeyMap" + Arrays.toString(Arrays.stream(keys).filter(k -> k != null).toArray());
    }
}
