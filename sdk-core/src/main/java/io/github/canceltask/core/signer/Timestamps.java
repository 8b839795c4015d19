package io.github.canceltask.core.signer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time formats the vendors sign, hand-written: they sit on every call's path, and a locale-aware
 * {@code DateTimeFormatter} would load the JDK's locale data on a cold start for three-letter English names.
 */
final class Timestamps {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Timestamps() {
    }

    /** @return {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC, without fractions */
    static String iso8601(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(20);
        date(t, s);
        s.append('T');
        pad2(s, t.getHour()).append(':');
        pad2(s, t.getMinute()).append(':');
        pad2(s, t.getSecond()).append('Z');
        return s.toString();
    }

    /** @return {@code yyyy-MM-dd} in UTC */
    static String utcDate(long epochSecond) {
        StringBuilder s = new StringBuilder(10);
        date(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC), s);
        return s.toString();
    }

    /** @return RFC 1123 in GMT, e.g. {@code Wed, 01 May 2024 08:00:00 GMT} */
    static String rfc1123(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(29).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        pad2(s, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ')
                .append(t.getYear()).append(' ');
        pad2(s, t.getHour()).append(':');
        pad2(s, t.getMinute()).append(':');
        pad2(s, t.getSecond()).append(" GMT");
        return s.toString();
    }

    private static void date(LocalDateTime t, StringBuilder s) {
        s.append(t.getYear()).append('-');
        pad2(s, t.getMonthValue()).append('-');
        pad2(s, t.getDayOfMonth());
    }

    private static StringBuilder pad2(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
