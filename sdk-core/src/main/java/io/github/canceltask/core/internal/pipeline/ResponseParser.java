package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import java.nio.charset.StandardCharsets;

/**
 * A vendor's answer format and error vocabulary: how a body becomes a payload or an error, and which errors are
 * worth another try. Chosen once per operation.
 */
public interface ResponseParser {
    /** How many characters of an unreadable body an exception quotes. */
    int SNIPPET_LENGTH = 256;

    /**
     * @param status the HTTP status
     * @param body the body bytes
     * @param masker masks this try's secrets in anything quoted from the service
     * @return the success payload
     * @throws ServiceException when the service answered with an error
     * @throws SdkClientException when the body is not the JSON the vendor documents
     */
    ParsedResponse parse(int status, byte[] body, SecretMasker masker);

    /**
     * @param error an error from {@link #parse}
     * @return whether the service limited the caller's rate (drives adaptive pacing)
     */
    boolean isThrottling(ServiceException error);

    /**
     * @param error an error from {@link #parse}
     * @return whether the service refused the request time, so the clock offset should be learned
     */
    boolean isClockSkew(ServiceException error);

    /**
     * @param status the HTTP status
     * @param body the body
     * @param masker the try's masker
     * @param what what was wrong with it
     * @return an exception quoting the status and the start of the body
     */
    static SdkClientException unreadable(int status, byte[] body, SecretMasker masker, String what) {
        return new SdkClientException("The service answered HTTP " + status + " with " + what + ": "
                + (body.length == 0 ? "(empty body)" : "\"" + snippet(body, masker) + "\""));
    }

    /**
     * @param body the body
     * @param masker the try's masker
     * @return at most {@link #SNIPPET_LENGTH} characters of the body, secrets masked
     */
    static String snippet(byte[] body, SecretMasker masker) {
        String text = new String(body, 0, Math.min(body.length, SNIPPET_LENGTH * 4), StandardCharsets.UTF_8);
        return masker.mask(text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + "..." : text);
    }
}
