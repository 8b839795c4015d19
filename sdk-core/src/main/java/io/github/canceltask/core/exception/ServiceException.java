package io.github.canceltask.core.exception;

/**
 * The service answered, and the answer is an error. Carries what the service said, word for word
 * (with any echoed session token masked).
 */
public class ServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final boolean retryable;
    private final int attempts;
    private final boolean earlierAttemptMayHaveSucceeded;

    private ServiceException(Builder b) {
        super(describe(b), null);
        this.httpStatus = b.httpStatus;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.requestId = b.requestId;
        this.retryable = b.retryable;
        this.attempts = b.attempts;
        this.earlierAttemptMayHaveSucceeded = b.earlierAttemptMayHaveSucceeded;
    }

    private static String describe(Builder b) {
        StringBuilder s = new StringBuilder(128)
                .append(b.errorCode == null ? "Error" : b.errorCode).append(": ").append(b.errorMessage)
                .append(" (HTTP ").append(b.httpStatus)
                .append(", request id ").append(b.requestId == null ? "none" : b.requestId);
        if (b.attempts > 1) {
            s.append(", after ").append(b.attempts).append(" tries");
        }
        s.append(')');
        if (b.earlierAttemptMayHaveSucceeded) {
            s.append("; an earlier try may have reached the service and taken effect before its answer was lost:"
                    + " check the task's state before acting on this error");
        }
        return s.toString();
    }

    /** @return a builder; used by the SDK's response parsers and by tests */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this exception's values */
    public Builder toBuilder() {
        return new Builder().httpStatus(httpStatus).errorCode(errorCode).errorMessage(errorMessage)
                .requestId(requestId).retryable(retryable).attempts(attempts)
                .earlierAttemptMayHaveSucceeded(earlierAttemptMayHaveSucceeded);
    }

    /** @return the HTTP status of the answer (Tencent reports errors with 200) */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * @return the service's error code, e.g. {@code InvalidTaskId.NotFound}; null when the answer carried none
     *     (an HTML error page from a proxy, say)
     */
    public String errorCode() {
        return errorCode;
    }

    /** @return the service's error message */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the request id the service assigned, or null when the answer carried none */
    public String requestId() {
        return requestId;
    }

    /** @return whether the same request may succeed when sent again (throttling, 5xx) */
    public boolean retryable() {
        return retryable;
    }

    /** @return how many tries were made before this error was final */
    public int attempts() {
        return attempts;
    }

    /**
     * @return true when an earlier try may have reached the service but its answer was lost (a timeout or a dropped
     *     connection after sending); the operation may then have taken effect although this try failed
     */
    public boolean earlierAttemptMayHaveSucceeded() {
        return earlierAttemptMayHaveSucceeded;
    }

    /** Builds a {@link ServiceException}. */
    public static final class Builder {
        private int httpStatus;
        private String errorCode;
        private String errorMessage = "";
        private String requestId;
        private boolean retryable;
        private int attempts = 1;
        private boolean earlierAttemptMayHaveSucceeded;

        private Builder() {
        }

        /** @param v the HTTP status @return this */
        public Builder httpStatus(int v) {
            httpStatus = v;
            return this;
        }

        /** @param v the error code @return this */
        public Builder errorCode(String v) {
            errorCode = v;
            return this;
        }

        /** @param v the error message @return this */
        public Builder errorMessage(String v) {
            errorMessage = v == null ? "" : v;
            return this;
        }

        /** @param v the request id @return this */
        public Builder requestId(String v) {
            requestId = v;
            return this;
        }

        /** @param v whether a retry may succeed @return this */
        public Builder retryable(boolean v) {
            retryable = v;
            return this;
        }

        /** @param v the number of tries made @return this */
        public Builder attempts(int v) {
            attempts = v;
            return this;
        }

        /** @param v whether an earlier try's answer was lost after sending @return this */
        public Builder earlierAttemptMayHaveSucceeded(boolean v) {
            earlierAttemptMayHaveSucceeded = v;
            return this;
        }

        /** @return the exception */
        public ServiceException build() {
            return new ServiceException(this);
        }
    }
}
