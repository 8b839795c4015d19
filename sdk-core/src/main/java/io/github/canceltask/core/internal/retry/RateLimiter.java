package io.github.canceltask.core.internal.retry;

import io.github.canceltask.core.retry.RateLimit;

/**
 * Paces a client's tries: a token bucket of one token refilled at the configured rate (less a margin). Adaptive limits pace only
 * from the last throttling answer until a quiet period has passed. Thread-safe.
 */
public final class RateLimiter {
    /** How long an adaptive limiter keeps pacing after the last throttling answer. */
    public static final long QUIET_PERIOD_NANOS = 10_000_000_000L;
    /**
     * Paces this much under the configured rate: services count in a sliding window, and requests sent exactly one
     * interval apart arrive with jitter, so some windows would hold one too many and be refused.
     */
    static final double MARGIN = 0.9;
    /**
     * A refusal means the service's one-second window is full, so nothing passes until it has emptied; sending
     * sooner only spends tries on refusals.
     */
    static final long WINDOW_NANOS = 1_000_000_000L;

    private final RateLimit.Mode mode;
    private final long intervalNanos;
    // nanoTime has an arbitrary origin (it may be negative) and is compared only by differences, so "no slot
    // taken yet" and "never throttled" are flags, not zero timestamps.
    private boolean slotTaken;
    private long nextFreeNanos;
    private volatile boolean throttled;
    private volatile long pacedUntilNanos;

    /** @param limit the configured limit */
    public RateLimiter(RateLimit limit) {
        this.mode = limit.mode();
        this.intervalNanos = mode == RateLimit.Mode.OFF ? 0
                : (long) Math.ceil(1e9 / (limit.permitsPerSecond() * MARGIN));
    }

    /**
     * Takes the next free slot.
     *
     * @param nowNanos {@link System#nanoTime()}
     * @return how long to wait before sending, in nanoseconds; 0 to send now
     */
    public long reserve(long nowNanos) {
        if (mode == RateLimit.Mode.OFF || mode == RateLimit.Mode.ADAPTIVE && !isPaced(nowNanos)) {
            return 0;
        }
        synchronized (this) {
            long slot = slotTaken && nextFreeNanos - nowNanos > 0 ? nextFreeNanos : nowNanos;
            slotTaken = true;
            nextFreeNanos = slot + intervalNanos;
            return slot - nowNanos;
        }
    }

    /**
     * The service said the rate was exceeded: start (or keep) pacing, the next free slot no sooner than the
     * service's window has emptied. A refusal while already paced (arrival jitter crowded a window) pushes the
     * slots back the same way, so the refused try's retry does not meet a full window again.
     *
     * @param nowNanos {@link System#nanoTime()}
     */
    public void onThrottled(long nowNanos) {
        if (mode != RateLimit.Mode.ADAPTIVE) {
            return;
        }
        synchronized (this) {
            long windowEmpty = nowNanos + WINDOW_NANOS;
            if (!isPaced(nowNanos) || windowEmpty - nextFreeNanos > 0) {
                slotTaken = true;
                nextFreeNanos = windowEmpty;
            }
            pacedUntilNanos = nowNanos + QUIET_PERIOD_NANOS;
            throttled = true;
        }
    }

    private boolean isPaced(long nowNanos) {
        return throttled && pacedUntilNanos - nowNanos > 0;
    }
}
