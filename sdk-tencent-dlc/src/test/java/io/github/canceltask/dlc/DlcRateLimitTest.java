package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RateLimit;
import io.github.canceltask.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DLC allows 20 CancelTask a second; the client must live with that without being slowed when it need not be. */
class DlcRateLimitTest {
    private final MockWebServer server = DlcTestServer.start();
    private final SlidingWindowLimit limit = new SlidingWindowLimit(20);
    private final ExecutorService threads = Executors.newFixedThreadPool(20);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
    }

    @Test
    void aBurstOfSixtyFromTwentyThreadsAllSucceedWithTheDefaultAdaptiveLimit() throws Exception {
        server.setDispatcher(limit);
        try (DlcClient client = DlcTestServer.client(server).retryPolicy(RetryPolicy.defaults())
                .callTimeout(Duration.ofSeconds(20)).build()) {
            List<Throwable> failures = burst(client, 60);
            assertEquals(List.of(), failures);
        }
        assertTrue(limit.refused.get() > 0, "the burst met the limit, so pacing was what made it succeed");
    }

    @Test
    void withoutPacingOrRetriesTheSameBurstIsRefused() throws Exception {
        server.setDispatcher(limit);
        try (DlcClient client = DlcTestServer.client(server).rateLimit(RateLimit.off())
                .retryPolicy(RetryPolicy.none()).build()) {
            List<Throwable> failures = burst(client, 60);
            assertTrue(failures.size() >= 20, "at most 20 of 60 in the first second, got " + failures.size()
                    + " refusals");
            for (Throwable failure : failures) {
                assertEquals("RequestLimitExceeded", ((ServiceException) failure).errorCode());
            }
            assertEquals(failures.size(), limit.refused.get());
        }
    }

    @Test
    void aClientThatNeverMeetsTheLimitIsNotSlowed() {
        server.setDispatcher(new SlidingWindowLimit(Integer.MAX_VALUE));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                client.cancelTask(REQUEST);
            }
            // Paced at 20/s, 100 calls would take 5 s.
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 4_000, "100 calls took " + millis + " ms");
        }
        assertEquals(100, server.getRequestCount());
    }

    @Test
    void aFixedLimitPacesFromTheFirstCall() {
        server.setDispatcher(new SlidingWindowLimit(Integer.MAX_VALUE));
        try (DlcClient client = DlcTestServer.client(server).rateLimit(RateLimit.fixed(5)).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                client.cancelTask(REQUEST);
            }
            // The first call goes at once, the nine others 200 ms apart.
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 1_750, "10 calls at 5/s took only " + millis + " ms");
        }
    }

    private List<Throwable> burst(DlcClient client, int calls) throws Exception {
        List<Future<CancelTaskResponse>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(threads.submit(() -> client.cancelTask(REQUEST)));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<CancelTaskResponse> f : futures) {
            try {
                assertTrue(f.get().requestId().startsWith("accepted-"));
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }
}
