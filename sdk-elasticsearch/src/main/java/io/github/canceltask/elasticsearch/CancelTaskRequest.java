package io.github.canceltask.elasticsearch;

import io.github.canceltask.core.internal.validate.Validate;
import java.util.Objects;

/**
 * Cancels an instance's data migration task. Immutable; validated when built. When no {@code clientToken} is given,
 * the client generates one per call and sends the same one on every try, so a retried cancel is not applied twice.
 */
public final class CancelTaskRequest {
    /** The only task type the API documents. */
    public static final String MIGRATE_DATA = "MigrateData";
    /** The service's limit on a client token. */
    public static final int MAX_CLIENT_TOKEN_LENGTH = 64;

    private final String instanceId;
    private final String taskType;
    private final String clientToken;

    private CancelTaskRequest(Builder b) {
        this.instanceId = requirePathSegment(Validate.requireId("instanceId", b.instanceId));
        this.taskType = b.taskType == null ? MIGRATE_DATA : Validate.requireId("taskType", b.taskType);
        this.clientToken = Validate.requirePrintableAscii("clientToken", b.clientToken, MAX_CLIENT_TOKEN_LENGTH);
    }

    private static String requirePathSegment(String instanceId) {
        if (instanceId.equals(".") || instanceId.equals("..")) {
            throw new IllegalArgumentException("instanceId must not be '.' or '..'");
        }
        for (int i = 0; i < instanceId.length(); i++) {
            char c = instanceId.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || c == ' ') {
                throw new IllegalArgumentException("instanceId must be a single path segment, without '/', '\\', "
                        + "'?', '#', '%' or spaces (found '" + c + "' at index " + i + ")");
            }
        }
        return instanceId;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().instanceId(instanceId).taskType(taskType).clientToken(clientToken);
    }

    /** @return the Elasticsearch instance's id, e.g. {@code es-cn-nif1q9o8r0008} */
    public String instanceId() {
        return instanceId;
    }

    /** @return the task type, {@code MigrateData} unless set */
    public String taskType() {
        return taskType;
    }

    /** @return the idempotency token, or null to have one generated per call */
    public String clientToken() {
        return clientToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskRequest r && instanceId.equals(r.instanceId) && taskType.equals(r.taskType)
                && Objects.equals(clientToken, r.clientToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instanceId, taskType, clientToken);
    }

    @Override
    public String toString() {
        return "CancelTaskRequest{instanceId=" + instanceId + ", taskType=" + taskType + ", clientToken="
                + clientToken + "}";
    }

    /** Builds a {@link CancelTaskRequest}. */
    public static final class Builder {
        private String instanceId;
        private String taskType;
        private String clientToken;

        private Builder() {
        }

        /**
         * @param instanceId the instance's id (required); one path segment
         * @return this
         */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /**
         * @param taskType the task type; {@code MigrateData} when not set
         * @return this
         */
        public Builder taskType(String taskType) {
            this.taskType = taskType;
            return this;
        }

        /**
         * @param clientToken an idempotency token: printable ASCII, at most 64 characters
         * @return this
         */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException when a field is invalid, naming it
         */
        public CancelTaskRequest build() {
            return new CancelTaskRequest(this);
        }
    }
}
