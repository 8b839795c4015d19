package io.github.canceltask.core.signer;

/**
 * The percent-encoding Alibaba Cloud signs with (RFC 3986): {@code A-Z a-z 0-9 - _ . ~} stay as they are, every other
 * UTF-8 byte becomes {@code %XX} with upper-case hex. So a space is {@code %20}, {@code *} is {@code %2A} and
 * {@code ~} is kept. Tencent's signer needs no encoding; this class is also what URLs are built with.
 */
public final class PercentEncoder {
    private PercentEncoder() {
    }

    /**
     * @param value the text to encode; unpaired surrogates are encoded as {@code ?}, as {@link String#getBytes} does
     * @return the encoded text
     */
    public static String encode(String value) {
        if (ByteText.isUnreserved(value)) {
            return value;
        }
        return new ByteText(value.length() * 3).percentEncoded(value, false).toString();
    }

    /**
     * Appends the encoding of {@code value} to {@code out}.
     *
     * @param value the text to encode
     * @param out where to append
     */
    public static void encode(String value, StringBuilder out) {
        out.append(encode(value));
    }
}
