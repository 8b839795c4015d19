package io.github.canceltask.core.retry;

/**
 * How a client paces its own calls to stay under a service's documented request rate.
 * <ul>
 *   <li>{@link #adaptive(double)}: no pacing until the service answers that the limit was exceeded; then a token
 *       bucket at the given rate until a quiet period passes with no such answer;</li>
 *   <li>{@link #fixed(double)}: always paced at the given rate;</li>
 *   <li>{@link #off()}: never paced.</li>
 * </ul>
 */
public final class RateLimit {
    /** How the rate applies. */
    public enum Mode {
        /** Never paced. */
        OFF,
        /** Paced once throttled, until a quiet period passes. */
        ADAPTIVE,
        /** Always paced. */
        FIXED
    }

    private static final RateLimit OFF = new RateLimit(Mode.OFF, 0);

    private final Mode mode;
    private final double permitsPerSecond;

    private RateLimit(Mode mode, double permitsPerSecond) {
        this.mode = mode;
        this.permitsPerSecond = permitsPerSecond;
    }

    /**
     * @param permitsPerSecond the rate to keep once the service has throttled
     * @return an adaptive limit
     */
    public static RateLimit adaptive(double permitsPerSecond) {
        return new RateLimit(Mode.ADAPTIVE, requirePositive(permitsPerSecond));
    }

    /**
     * @param permitsPerSecond the rate to keep at all times
     * @return a fixed limit
     */
    public static RateLimit fixed(double permitsPerSecond) {
        return new RateLimit(Mode.FIXED, requirePositive(permitsPerSecond));
    }

    /** @return no pacing */
    public static RateLimit off() {
        return OFF;
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the rate in calls per second; 0 when off */
    public double permitsPerSecond() {
        return permitsPerSecond;
    }

    private static double requirePositive(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("permitsPerSecond must be a positive number, was " + rate);
        }
        return rate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateLimit r && mode == r.mode && permitsPerSecond == r.permitsPerSecond;
    }

    @Override
    public int hashCode() {
        return mode.hashCode() * 31 + Double.hashCode(permitsPerSecond);
    }

    @Override
    public String toString() {
        return mode == Mode.OFF ? "RateLimit{off}" : "RateLimit{" + mode + ", " + permitsPerSecond + "/s}";
    }
}
