package io.github.canceltask.core.internal.retry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The offset between the client's clock and the service's, learned when the service refuses a request's time and
 * kept for the client's later calls. Thread-safe.
 */
public final class ClockSkew {
    private final Clock clock;
    private volatile long offsetMillis;

    /** @param clock the clock that dates signatures */
    public ClockSkew(Clock clock) {
        this.clock = clock;
    }

    /** @return the signing time: the clock corrected by the learned offset */
    public Instant now() {
        long offset = offsetMillis;
        Instant t = clock.instant();
        return offset == 0 ? t : t.plusMillis(offset);
    }

    /** @return the learned offset in milliseconds (service minus client) */
    public long offsetMillis() {
        return offsetMillis;
    }

    /**
     * Learns the offset from a response's {@code Date} header.
     *
     * @param dateHeader the header, RFC 1123; may be null
     * @return true when an offset was learned
     */
    public boolean learn(String dateHeader) {
        if (dateHeader == null) {
            return false;
        }
        try {
            Instant server = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            offsetMillis = server.toEpochMilli() - clock.millis();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
