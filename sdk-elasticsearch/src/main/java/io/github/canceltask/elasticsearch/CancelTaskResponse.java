package io.github.canceltask.elasticsearch;

import java.util.Objects;

/** Elasticsearch's answer to a CancelTask. Immutable. */
public final class CancelTaskResponse {
    private final String requestId;
    private final boolean result;

    private CancelTaskResponse(Builder b) {
        this.requestId = b.requestId;
        this.result = b.result;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder().requestId(requestId).result(result);
    }

    /** @return the request id the service assigned */
    public String requestId() {
        return requestId;
    }

    /** @return true when the task was cancelled, false when the service could not cancel it */
    public boolean result() {
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskResponse r && result == r.result && Objects.equals(requestId, r.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, result);
    }

    @Override
    public String toString() {
        return "CancelTaskResponse{requestId=" + requestId + ", result=" + result + "}";
    }

    /** Builds a {@link CancelTaskResponse}. */
    public static final class Builder {
        private String requestId;
        private boolean result;

        private Builder() {
        }

        /**
         * @param requestId the request id
         * @return this
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * @param result whether the task was cancelled
         * @return this
         */
        public Builder result(boolean result) {
            this.result = result;
            return this;
        }

        /** @return the response */
        public CancelTaskResponse build() {
            return new CancelTaskResponse(this);
        }
    }
}
