package io.github.canceltask.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.canceltask.core.retry.RateLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pacing decisions at explicit {@link System#nanoTime()} values, no sleeping. Each case runs at several origins,
 * negative ones included: {@code nanoTime}'s origin is arbitrary, so no decision may depend on it.
 */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    /** 20/s paced 10% under: ceil(1e9 / 18). */
    private static final long INTERVAL_AT_20 = 55_555_556L;

    @ParameterizedTest
    @ValueSource(longs = {0L, 123_456_789_000L, -5_000_000_000L, Long.MAX_VALUE - 2 * SECOND})
    void offNeverWaits(long t) {
        RateLimiter limiter = new RateLimiter(RateLimit.off());
        limiter.onThrottled(t);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, limiter.reserve(t));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 123_456_789_000L, -5_000_000_000L, Long.MAX_VALUE - 2 * SECOND})
    void fixedPacesFromTheFirstCall(long t) {
        RateLimiter limiter = new RateLimiter(RateLimit.fixed(10));
        long interval = 111_111_112L;
        assertEquals(0, limiter.reserve(t));
        assertEquals(interval, limiter.reserve(t));
        assertEquals(2 * interval, limiter.reserve(t));
        assertEquals(2 * interval - 50, limiter.reserve(t + interval + 50));
        // After a pause the bucket holds one token again, never a burst.
        assertEquals(0, limiter.reserve(t + 10 * SECOND));
        assertEquals(interval, limiter.reserve(t + 10 * SECOND));
        limiter.onThrottled(t + 10 * SECOND);
        assertEquals(interval - 1, limiter.reserve(t + 10 * SECOND + interval + 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 123_456_789_000L, -5_000_000_000L, -1L, Long.MAX_VALUE - 20 * SECOND})
    void adaptiveIsNotPacedBeforeThrottling(long t) {
        RateLimiter limiter = new RateLimiter(RateLimit.adaptive(20));
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, limiter.reserve(t + i));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 123_456_789_000L, -5_000_000_000L, Long.MAX_VALUE - 20 * SECOND})
    void adaptiveWaitsForTheWindowThenPacesUntilTheQuietPeriodHasPassed(long t) {
        RateLimiter limiter = new RateLimiter(RateLimit.adaptive(20));
        limiter.onThrottled(t);
        assertEquals(SECOND, limiter.reserve(t));
        assertEquals(SECOND + INTERVAL_AT_20, limiter.reserve(t));
        // A refusal while paced pushes the next slot to the end of the service's window and extends the quiet period.
        limiter.onThrottled(t + SECOND);
        assertEquals(SECOND, limiter.reserve(t + SECOND));
        assertEquals(SECOND + INTERVAL_AT_20, limiter.reserve(t + SECOND));
        // One arriving while the schedule already lies beyond that window leaves it as it is.
        limiter.onThrottled(t + SECOND + 1);
        assertEquals(SECOND + 2 * INTERVAL_AT_20, limiter.reserve(t + SECOND));
        assertEquals(0, limiter.reserve(t + 5 * SECOND));
        long quietEnds = t + SECOND + 1 + RateLimiter.QUIET_PERIOD_NANOS;
        assertEquals(0, limiter.reserve(quietEnds - 1));
        assertEquals(INTERVAL_AT_20, limiter.reserve(quietEnds - 1));
        assertEquals(0, limiter.reserve(quietEnds));
        assertEquals(0, limiter.reserve(quietEnds));
        // Throttled again after relaxing: a fresh wait for the window.
        limiter.onThrottled(quietEnds + SECOND);
        assertEquals(SECOND, limiter.reserve(quietEnds + SECOND));
    }
}
