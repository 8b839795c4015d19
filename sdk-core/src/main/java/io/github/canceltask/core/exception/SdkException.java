package io.github.canceltask.core.exception;

/** The root of every exception this SDK throws. Unchecked. */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
