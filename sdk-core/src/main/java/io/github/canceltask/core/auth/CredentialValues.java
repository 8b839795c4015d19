package io.github.canceltask.core.auth;

import io.github.canceltask.core.exception.SdkClientException;

/**
 * Checks shared by the providers that read credentials from outside the program. Package-private.
 *
 * <p>Nothing here ever puts a value into a message: only names of variables, keys and files.
 */
final class CredentialValues {
    private CredentialValues() {
    }

    /**
     * @param value a key id, secret or token as read; never null
     * @return why the value cannot be used ("is empty", ...), or null when it can
     */
    static String problem(String value) {
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.isBlank()) {
            return "is blank";
        }
        if (value.strip().length() != value.length()) {
            // Not trimmed on purpose: both vendors sign with the key as given, so a stray space fails later
            // with an opaque signature error; say it here instead.
            return "has leading or trailing whitespace, which breaks request signing; remove it";
        }
        return null;
    }

    /**
     * The failure of one place to look at, phrased so that a chain can list it: {@code place (reason)}.
     *
     * @param place what was looked at: a file, a list of environment variables
     * @param reason why no credentials came from it
     * @return the exception to throw
     */
    static SdkClientException notFound(Object place, String reason) {
        return new SdkClientException(place + " (" + reason + ")");
    }
}
