package io.github.canceltask.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2023-11-14T22:13:20Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0                               | 0",
        "1                               | 1000000000",
        "' 7 '                           | 7000000000",
        "86400                           | 86400000000000",
        "999999999999                    | 86400000000000",
        "Tue, 14 Nov 2023 22:13:50 GMT   | 30000000000",
        "Tue, 14 Nov 2023 22:13:20 GMT   | 0",
        "Tue, 14 Nov 2023 22:00:00 GMT   | 0",
    })
    void readsSecondsAndHttpDates(String header, long nanos) {
        assertEquals(nanos, RetryAfter.nanos(header, NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-1", "1.5", "soon", "99999999999999999999", "2023-11-14T22:13:50Z", "0x10"})
    void ignoresWhatItCannotRead(String header) {
        assertEquals(-1, RetryAfter.nanos(header, NOW));
    }
}
