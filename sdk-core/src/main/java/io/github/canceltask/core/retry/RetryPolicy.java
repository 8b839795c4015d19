package io.github.canceltask.core.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How many times a call is tried and how long to wait between tries. Only failures that are safe to repeat are
 * retried: connection failures, HTTP 5xx and 429, and the vendors' throttling codes; never authentication or
 * parameter errors. The wait before retry {@code n} is a random time between zero and
 * {@code min(maxDelay, baseDelay * 2^(n-1))} ("full jitter"), unless the service sent {@code Retry-After}.
 * Immutable and thread-safe.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
    }

    /** @return 3 attempts, base delay 100 ms, maximum delay 20 s */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that tries once */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay);
    }

    /** @return the total number of tries, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the delay cap of the first retry */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the longest wait between two tries */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * The wait before a retry, full jitter.
     *
     * @param retry 1 for the first retry (the second try), 2 for the next...
     * @param random a number in {@code [0, 1)}
     * @return the wait in nanoseconds
     */
    public long backoffNanos(int retry, double random) {
        long base = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        long ceiling = retry >= 62 || base > (cap >> Math.min(retry - 1, 62)) ? cap : Math.min(cap, base << (retry - 1));
        return (long) (ceiling * random);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts
                && baseDelay.equals(p.baseDelay) && maxDelay.equals(p.maxDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);

        private Builder() {
        }

        /**
         * @param maxAttempts total tries, at least 1 (1 means no retry)
         * @return this
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 100, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay the delay cap of the first retry, not negative
         * @return this
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = requireNotNegative(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param maxDelay the longest wait between two tries, not negative
         * @return this
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = requireNotNegative(maxDelay, "maxDelay");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            if (baseDelay.compareTo(maxDelay) > 0) {
                throw new IllegalArgumentException("baseDelay " + baseDelay + " must not exceed maxDelay " + maxDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration requireNotNegative(Duration d, String field) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(field + " must be zero or positive, was " + d);
            }
            return d;
        }
    }
}
