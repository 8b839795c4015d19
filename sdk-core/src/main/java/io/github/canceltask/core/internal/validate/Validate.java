package io.github.canceltask.core.internal.validate;

/**
 * Checks on user input, shared by every request builder. Each failure is an {@link IllegalArgumentException} that
 * names the field and never echoes a value that could be long or hold control characters.
 */
public final class Validate {
    /** The longest id any of the four APIs knows; anything longer is a mistake, not an id. */
    public static final int MAX_ID_LENGTH = 256;

    private Validate() {
    }

    /**
     * @param field the field's name, as the user knows it
     * @param value the value
     * @return the value, when it is set, not blank, at most {@link #MAX_ID_LENGTH} characters and free of control
     *     characters
     */
    public static String requireId(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_ID_LENGTH + " characters, was "
                    + value.length());
        }
        return requireNoControlCharacters(field, value);
    }

    /**
     * @param field the field's name
     * @param value the value, may be null
     * @return the value, when it holds no control character (C0, DEL, C1, line and paragraph separators)
     */
    public static String requireNoControlCharacters(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(field + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at index " + i + ")");
            }
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value the value, may be null
     * @return the value, when it is null or an IPv4 or IPv6 literal (never looked up in DNS)
     */
    public static String requireIpAddress(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!(isIpv4(value) || isIpv6(value))) {
            throw new IllegalArgumentException(field + " must be an IPv4 or IPv6 address");
        }
        return value;
    }

    private static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0'
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String value) {
        if (value.length() < 2 || value.length() > 45 || value.indexOf(':') < 0
                || !value.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(value) instanceof java.net.Inet6Address
                    || value.startsWith("::ffff:");
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * @param field the field's name
     * @param value the value, may be null
     * @param maxLength the longest allowed
     * @return the value, when it is null or printable ASCII (space included) of at most {@code maxLength} characters
     */
    public static String requirePrintableAscii(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be 1 to " + maxLength + " characters, was "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(field + " must be printable ASCII (found U+"
                        + String.format("%04X", (int) c) + " at index " + i + ")");
            }
        }
        return value;
    }
}
