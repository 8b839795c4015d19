package io.github.canceltask.domain;

import io.github.canceltask.core.internal.validate.Validate;
import java.util.Objects;

/** Cancels a Domain task by its number. Immutable; validated when built. */
public final class CancelTaskRequest {
    private final String taskNo;
    private final String userClientIp;
    private final String lang;

    private CancelTaskRequest(Builder b) {
        this.taskNo = Validate.requireId("taskNo", b.taskNo);
        this.userClientIp = Validate.requireIpAddress("userClientIp", b.userClientIp);
        if (b.lang != null && !b.lang.equals("zh") && !b.lang.equals("en")) {
            throw new IllegalArgumentException("lang must be zh or en");
        }
        this.lang = b.lang;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().taskNo(taskNo).userClientIp(userClientIp).lang(lang);
    }

    /** @return the task's number, from QueryTaskList */
    public String taskNo() {
        return taskNo;
    }

    /** @return the end user's IP address, or null */
    public String userClientIp() {
        return userClientIp;
    }

    /** @return the language of error messages, {@code zh} or {@code en}, or null for the service's default (en) */
    public String lang() {
        return lang;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelTaskRequest r && taskNo.equals(r.taskNo)
                && Objects.equals(userClientIp, r.userClientIp) && Objects.equals(lang, r.lang);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskNo, userClientIp, lang);
    }

    @Override
    public String toString() {
        return "CancelTaskRequest{taskNo=" + taskNo + ", userClientIp=" + userClientIp + ", lang=" + lang + "}";
    }

    /** Builds a {@link CancelTaskRequest}. */
    public static final class Builder {
        private String taskNo;
        private String userClientIp;
        private String lang;

        private Builder() {
        }

        /**
         * @param taskNo the task's number (required)
         * @return this
         */
        public Builder taskNo(String taskNo) {
            this.taskNo = taskNo;
            return this;
        }

        /**
         * @param userClientIp the end user's IPv4 or IPv6 address
         * @return this
         */
        public Builder userClientIp(String userClientIp) {
            this.userClientIp = userClientIp;
            return this;
        }

        /**
         * @param lang {@code zh} or {@code en}
         * @return this
         */
        public Builder lang(String lang) {
            this.lang = lang;
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
