package io.github.canceltask.core.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
    private static final long MS = 1_000_000L;

    @Test
    void defaultsAreThreeTriesFrom100MsUpTo20S() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(3, p.maxAttempts());
        assertEquals(Duration.ofMillis(100), p.baseDelay());
        assertEquals(Duration.ofSeconds(20), p.maxDelay());
        assertEquals(p, RetryPolicy.builder().build());
        assertEquals("RetryPolicy{maxAttempts=3, baseDelay=PT0.1S, maxDelay=PT20S}", p.toString());
    }

    @Test
    void noneTriesOnce() {
        assertEquals(1, RetryPolicy.none().maxAttempts());
        assertEquals(RetryPolicy.none(), RetryPolicy.defaults().toBuilder().maxAttempts(1).build());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesAnAttemptCountOutsideOneToHundred(int attempts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().maxAttempts(attempts));
        assertEquals("maxAttempts must be between 1 and 100, was " + attempts, e.getMessage());
    }

    @Test
    void refusesNegativeOrMissingDelaysAndABaseAboveTheMaximum() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().baseDelay(null));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxDelay(null));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxDelay(Duration.ofNanos(-1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build());
        assertEquals("baseDelay PT2S must not exceed maxDelay PT1S", e.getMessage());
        assertEquals(0, RetryPolicy.builder().baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build()
                .backoffNanos(5, 0.999));
    }

    /** Full jitter: a random 0 waits nothing, a random just under 1 waits just under the cap of that retry. */
    @ParameterizedTest
    @CsvSource({"1, 100", "2, 200", "3, 400", "8, 12800", "9, 20000", "10, 20000", "62, 20000", "63, 20000",
        "64, 20000", "100, 20000", "2147483647, 20000"})
    void backoffIsFullJitterUnderMinOfMaxAndBaseTimesTwoToTheRetry(int retry, long capMillis) {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(0, p.backoffNanos(retry, 0.0));
        long top = p.backoffNanos(retry, 0.999);
        assertEquals((long) (capMillis * MS * 0.999), top);
        assertTrue(top < capMillis * MS);
        long middle = p.backoffNanos(retry, 0.5);
        assertEquals(capMillis * MS / 2, middle);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 61, 62, 63, 64, 1000, Integer.MAX_VALUE})
    void neverOverflowsWithTheLargestDelays(int retry) {
        RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofDays(365)).maxDelay(Duration.ofDays(365 * 200))
                .build();
        long top = p.backoffNanos(retry, 0.999);
        assertTrue(top >= 0 && top < Duration.ofDays(365 * 200).toNanos(), Long.toString(top));
        RetryPolicy tiny = RetryPolicy.builder().baseDelay(Duration.ofNanos(1)).maxDelay(Duration.ofDays(365 * 200))
                .build();
        long tinyTop = tiny.backoffNanos(retry, 0.999);
        assertTrue(tinyTop >= 0 && tinyTop < Duration.ofDays(365 * 200).toNanos(), Long.toString(tinyTop));
    }
}
