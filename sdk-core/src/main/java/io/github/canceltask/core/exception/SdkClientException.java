package io.github.canceltask.core.exception;

/**
 * No valid answer came from the service: the connection failed, the call timed out, the body could not be read,
 * or no credentials were found.
 */
public class SdkClientException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public SdkClientException(String message) {
        super(message, null);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public SdkClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
