package io.github.canceltask.core.internal.retry;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param header the header value, may be null
     * @param clock the clock an HTTP date is measured against
     * @return the wait in nanoseconds, or -1 when the header is absent or unreadable
     */
    public static long nanos(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? -1 : Math.multiplyExact(Math.min(seconds, 86_400L), 1_000_000_000L);
        } catch (NumberFormatException notSeconds) {
            try {
                long millis = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli()
                        - clock.millis();
                return Math.max(0, millis) * 1_000_000L;
            } catch (DateTimeParseException notDate) {
                return -1;
            }
        }
    }
}
