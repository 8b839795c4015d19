package io.github.canceltask.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockSkewTest {
    private static final Clock CLIENT = Clock.fixed(Instant.parse("2023-11-14T22:13:20.250Z"), ZoneOffset.UTC);

    @Test
    void learnsTheOffsetFromAnRfc1123DateAndAppliesItToLaterSignatures() {
        ClockSkew skew = new ClockSkew(CLIENT);
        assertEquals(CLIENT.instant(), skew.now());
        assertTrue(skew.learn("Tue, 14 Nov 2023 23:13:20 GMT"));
        assertEquals(3_599_750L, skew.offsetMillis());
        assertEquals(Instant.parse("2023-11-14T23:13:20Z"), skew.now());
        assertTrue(skew.learn("Tue, 14 Nov 2023 22:03:20 GMT"));
        assertEquals(-600_250L, skew.offsetMillis());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "yesterday", "2023-11-14T23:13:20Z", "Tue, 14 Nov 2023 25:13:20 GMT", "1700000000"})
    void anUnreadableDateTeachesNothing(String header) {
        ClockSkew skew = new ClockSkew(CLIENT);
        assertFalse(skew.learn(header));
        assertEquals(0, skew.offsetMillis());
        assertEquals(CLIENT.instant(), skew.now());
    }
}
