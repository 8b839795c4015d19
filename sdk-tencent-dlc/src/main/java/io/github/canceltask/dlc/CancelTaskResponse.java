package io.github.canceltask.dlc;

import java.util.Objects;

/** DLC's answer to a successful CancelTask. Immutable. */
public final class CancelTaskResponse {
    private final String requestId;

    private CancelTaskResponse(Builder b) {
        this.requestId = b.requestId;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder().requestId(requestId);
    }

    /** @return the request id the service assigned */
    public String requestId() {
        return requestId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskResponse r && Objects.equals(requestId, r.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requestId);
    }

    @Override
    public String toString() {
        return "CancelTaskResponse{requestId=" + requestId + "}";
    }

    /** Builds a {@link CancelTaskResponse}. */
    public static final class Builder {
        private String requestId;

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

        /** @return the response */
        public CancelTaskResponse build() {
            return new CancelTaskResponse(this);
        }
    }
}
