package io.github.canceltask.core.signer;

import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding Alibaba Cloud signs with (RFC 3986): {@code A-Z a-z 0-9 - _ . ~} stay as they are, every other
 * UTF-8 byte becomes {@code %XX} with upper-case hex. So a space is {@code %20}, {@code *} is {@code %2A} and
 * {@code ~} is kept. Tencent's signer needs no encoding; this class is also what URLs are built with.
 */
public final class PercentEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
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

    private PercentEncoder() {
    }

    /**
     * @param value the text to encode; unpaired surrogates are encoded as {@code ?}, as {@link String#getBytes} does
     * @return the encoded text
     */
    public static String encode(String value) {
        if (isUnreserved(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() * 3);
        encode(value, out);
        return out.toString();
    }

    /**
     * Appends the encoding of {@code value} to {@code out}.
     *
     * @param value the text to encode
     * @param out where to append
     */
    public static void encode(String value, StringBuilder out) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    out.append(c);
                } else {
                    appendByte(out, c);
                }
            } else {
                int end = i + 1;
                while (end < n && value.charAt(end) >= 128) {
                    end++;
                }
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = end - 1;
            }
        }
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                return false;
            }
        }
        return true;
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
