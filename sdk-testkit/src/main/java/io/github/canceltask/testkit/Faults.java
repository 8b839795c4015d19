package io.github.canceltask.testkit;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The faults queued for the next calls, in the order they were asked for; each call takes at most one. Thread-safe.
 */
final class Faults {
    /** What to do instead of (or on top of) the normal answer. */
    enum Kind {
        /** Answer the vendor's throttling error. */
        THROTTLE,
        /** Answer a 5xx in the vendor's shape, with {@code Retry-After} unless {@link Fault#retryAfterSeconds} is negative. */
        SERVER_ERROR,
        /** Answer normally, after {@link Fault#delay}. */
        DELAY,
        /** Close the connection without processing the request. */
        DROP,
        /** Process the request (the cancel takes effect), then close the connection without answering. */
        LOSE_ANSWER
    }

    /**
     * One queued fault.
     *
     * @param kind what to do
     * @param status the 5xx status of {@link Kind#SERVER_ERROR}
     * @param retryAfterSeconds the {@code Retry-After} of {@link Kind#SERVER_ERROR}, -1 for none
     * @param delay the delay of {@link Kind#DELAY}
     */
    record Fault(Kind kind, int status, int retryAfterSeconds, Duration delay) {
    }

    private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();

    void add(int count, Fault fault) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        for (int i = 0; i < count; i++) {
            queue.add(fault);
        }
    }

    /** @return the next call's fault, or null for a normal answer */
    Fault next() {
        return queue.poll();
    }

    void clear() {
        queue.clear();
    }
}
