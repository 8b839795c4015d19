package io.github.canceltask.dlc;

import io.github.canceltask.core.internal.validate.Validate;

/** Cancels a DLC task by its id. Immutable; validated when built. */
public final class CancelTaskRequest {
    private final String taskId;

    private CancelTaskRequest(Builder b) {
        this.taskId = Validate.requireId("taskId", b.taskId);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().taskId(taskId);
    }

    /** @return the task's globally unique id */
    public String taskId() {
        return taskId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskRequest r && taskId.equals(r.taskId);
    }

    @Override
    public int hashCode() {
        return taskId.hashCode();
    }

    @Override
    public String toString() {
        return "CancelTaskRequest{taskId=" + taskId + "}";
    }

    /** Builds a {@link CancelTaskRequest}. */
    public static final class Builder {
        private String taskId;

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
         * @return the request
         * @throws IllegalArgumentException when the task id is invalid
         */
        public CancelTaskRequest build() {
            return new CancelTaskRequest(this);
        }
    }
}
