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
        return raw(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    ByteText ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends any text as its UTF-8 bytes. */
    ByteText utf8(String s) {
        return raw(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends the percent-encoding of {@code s}; {@code twice} encodes the result once more, as Alibaba's RPC string
     * to sign does with its canonical query (an escape's {@code %} becomes {@code %25}, its hex digits stay).
     */
    ByteText percentEncoded(String s, boolean twice) {
        // The JDK's own encoder is the fast way to the UTF-8 bytes; most values then need no escape at all.
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length * (twice ? 5 : 3));
        for (byte b : bytes) {
            if (b >= 0 && UNRESERVED[b]) {
                buf[len++] = b;
            } else {
                buf[len++] = '%';
                if (twice) {
                    buf[len++] = '2';
                    buf[len++] = '5';
                }
                buf[len++] = HEX[b >> 4 & 0xF];
                buf[len++] = HEX[b & 0xF];
            }
        }
        return this;
    }

    private ByteText raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
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
