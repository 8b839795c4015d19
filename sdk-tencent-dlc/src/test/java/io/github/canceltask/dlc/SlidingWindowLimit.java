package io.github.canceltask.dlc;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A DLC stand-in that enforces its documented limit as a sliding window: at most {@code limit} accepted requests in
 * any second; any request beyond gets {@code RequestLimitExceeded}, as the real service answers.
 */
final class SlidingWindowLimit extends Dispatcher {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private final int limit;
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();
    final AtomicInteger refused = new AtomicInteger();

    SlidingWindowLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        long now = System.nanoTime();
        synchronized (accepted) {
            while (!accepted.isEmpty() && now - accepted.peekFirst() >= WINDOW_NANOS) {
                accepted.removeFirst();
            }
            if (accepted.size() >= limit) {
                refused.incrementAndGet();
                return DlcTestServer.error("RequestLimitExceeded", "Your current request frequency is too high",
                        "refused-" + now);
            }
            accepted.addLast(now);
        }
        return DlcTestServer.success("accepted-" + now);
    }
}
