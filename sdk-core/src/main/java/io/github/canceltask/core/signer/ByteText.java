package io.github.canceltask.core.signer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string to sign, built straight into UTF-8 bytes: the MAC reads the buffer as it is, with no String in between.
 * The encoder here is the one RFC 3986 percent-encoding of this package.
 */
final class ByteText {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private byte[] buf;
    private int len;

    ByteText(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    static boolean isUnreserved(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                return false;
            }
        }
        return true;
    }

    /** Appends text known to be ASCII. */
    ByteText ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    ByteText ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends any text as its UTF-8 bytes. */
    ByteText utf8(String s) {
        forEachUtf8Byte(s, -1);
        return this;
    }

    /**
     * Appends the percent-encoding of {@code s}; {@code twice} encodes the result once more, as Alibaba's RPC string
     * to sign does with its canonical query (an escape's {@code %} becomes {@code %25}, its hex digits stay).
     */
    ByteText percentEncoded(String s, boolean twice) {
        forEachUtf8Byte(s, twice ? 2 : 1);
        return this;
    }

    private void forEachUtf8Byte(String s, int encodings) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (encodings < 0 || UNRESERVED[c]) {
                    ensure(1);
                    buf[len++] = (byte) c;
                } else {
                    escape(c, encodings);
                }
            } else if (c < 0x800) {
                put(0xC0 | c >> 6, encodings);
                put(0x80 | c & 0x3F, encodings);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xF0 | cp >> 18, encodings);
                put(0x80 | cp >> 12 & 0x3F, encodings);
                put(0x80 | cp >> 6 & 0x3F, encodings);
                put(0x80 | cp & 0x3F, encodings);
            } else if (Character.isSurrogate(c)) {
                // An unpaired surrogate has no UTF-8 form; String.getBytes writes '?', and so does this.
                if (encodings < 0) {
                    ensure(1);
                    buf[len++] = '?';
                } else {
                    escape('?', encodings);
                }
            } else {
                put(0xE0 | c >> 12, encodings);
                put(0x80 | c >> 6 & 0x3F, encodings);
                put(0x80 | c & 0x3F, encodings);
            }
        }
    }

    private void put(int b, int encodings) {
        if (encodings < 0) {
            ensure(1);
            buf[len++] = (byte) b;
        } else {
            escape(b, encodings);
        }
    }

    private void escape(int b, int encodings) {
        ensure(5);
        buf[len++] = '%';
        if (encodings == 2) {
            buf[len++] = '2';
            buf[len++] = '5';
        }
        buf[len++] = HEX[b >> 4 & 0xF];
        buf[len++] = HEX[b & 0xF];
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    byte[] buffer() {
        return buf;
    }

    int length() {
        return len;
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
