package io.github.canceltask.ecs;

import io.github.canceltask.core.internal.client.Regions;
import io.github.canceltask.core.internal.validate.Validate;
import java.util.Objects;

/**
 * Cancels a running ImportImage or ExportImage task. Immutable; validated when built.
 */
public final class CancelTaskRequest {
    private final String taskId;
    private final String regionId;

    private CancelTaskRequest(Builder b) {
        this.taskId = Validate.requireId("taskId", b.taskId);
        this.regionId = b.regionId == null ? null : Regions.requireKnown("regionId",
                Regions.requireWellFormed("regionId", b.regionId), Regions.ALIBABA, "Alibaba Cloud ECS");
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().taskId(taskId).regionId(regionId);
    }

    /** @return the task's id, e.g. {@code t-bp198jigq7l0h5ac} */
    public String taskId() {
        return taskId;
    }

    /** @return the task's region, or null to use the client's */
    public String regionId() {
        return regionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskRequest r && taskId.equals(r.taskId) && Objects.equals(regionId, r.regionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, regionId);
    }

    @Override
    public String toString() {
        return "CancelTaskRequest{taskId=" + taskId + ", regionId=" + regionId + "}";
    }

    /** Builds a {@link CancelTaskRequest}. */
    public static final class Builder {
        private String taskId;
        private String regionId;

        private Builder() {
        }

        /**
         * @param taskId the task's id (required)
         * @return this
         */
        public Builder taskId(String taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * @param regionId the task's region; the client's region when not set
         * @return this
         */
        public Builder regionId(String regionId) {
            this.regionId = regionId;
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
