package io.github.canceltask.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many calls of every outcome through one client leave no thread and no connection behind once it is closed. */
class NoLeakTest {
    private static final int CALLS = 10_000;
    private static final int WORKERS = 4;
    private static final RetryPolicy TINY_RETRIES = RetryPolicy.builder().maxAttempts(2)
            .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
    private final LoopbackServer loopback = new LoopbackServer();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

    @AfterEach
    void stop() {
        workers.shutdownNow();
        loopback.server.close();
    }

    /** Answers by the task id's number: a success, a retryable error, a proxy page, garbage, or a dropped line. */
    private static final class OutcomeByNumber extends Dispatcher {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            int n;
            try {
                n = Integer.parseInt(json.readTree(request.getBody().toByteArray()).get("TaskId").textValue()
                        .substring("task-".length()));
            } catch (IOException e) {
                return new MockResponse.Builder().code(400).build();
            }
            switch (outcome(n)) {
                case 1: return new MockResponse.Builder().body("{\"Response\":{\"Error\":{\"Code\":\"InternalError\","
                        + "\"Message\":\"m\"},\"RequestId\":\"r\"}}").build();
                case 2: return new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build();
                case 3: return new MockResponse.Builder().body("<html>not json</html>").build();
                case 4: return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                default: return new MockResponse.Builder().body("{\"Response\":{\"RequestId\":\"task-" + n + "\"}}")
                        .build();
            }
        }
    }

    private static int outcome(int n) {
        return n % 50 == 4 ? 4 : n % 10 <= 3 ? n % 10 : 0;
    }

    @Test
    void tenThousandMixedCallsLeaveNoThreadOrConnectionAfterClose() throws Exception {
        loopback.server.setDispatcher(new OutcomeByNumber());
        warmUpSharedOkHttpThreads();
        long baseline = sdkAndOkHttpThreads();

        TestClient client = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "secret"))
                .endpointOverride(loopback.endpoint()).retryPolicy(TINY_RETRIES).build();
        int[] seen = runMixedCalls(client);
        int[] expected = new int[5];
        for (int n = 0; n < CALLS; n++) {
            expected[outcome(n)]++;
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(seen));
        assertTrue(loopback.openConnections() > 0, "the client keeps connections while open");
        assertTrue(sdkAndOkHttpThreads() > baseline, "the client has threads while open");

        client.close();
        client.close();
        assertEquals("client is closed", assertThrows(IllegalStateException.class, () -> client.cancel("task-0"))
                .getMessage());
        assertEquals("client is closed", assertThrows(IllegalStateException.class,
                () -> client.cancelAsync("task-0")).getMessage());
        awaitTrue(() -> loopback.openConnections() == 0, "connections left open: " + loopback.openConnections());
        awaitTrue(() -> sdkAndOkHttpThreads() <= baseline, "threads left: " + threadNames());
    }

    @Test
    void aUserClientIsNeverShutDownAndNoCallLeavesItsConnectionBusy() throws Exception {
        loopback.server.setDispatcher(new OutcomeByNumber());
        OkHttpClient user = new OkHttpClient();
        try {
            TestClient client = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                    .endpointOverride(loopback.endpoint()).retryPolicy(TINY_RETRIES).httpClient(user).build();
            runMixedCalls(client, 2_000);
            client.close();
            // Every answer, failed ones included, was closed: the pool holds only idle connections.
            awaitTrue(() -> user.connectionPool().connectionCount() == user.connectionPool().idleConnectionCount(),
                    "busy connections: " + (user.connectionPool().connectionCount()
                            - user.connectionPool().idleConnectionCount()));
            assertTrue(user.connectionPool().idleConnectionCount() > 0);
            assertFalse(user.dispatcher().executorService().isShutdown());
            try (Response r = user.newCall(new Request.Builder().url(loopback.server.url("/")).post(
                    okhttp3.RequestBody.create("{\"TaskId\":\"task-0\"}", null)).build()).execute()) {
                assertEquals(200, r.code());
            }
        } finally {
            user.dispatcher().executorService().shutdown();
            user.connectionPool().evictAll();
        }
    }

    @Test
    void closingFailsAnAsyncCallInFlightInsteadOfLeavingItHanging() throws Exception {
        loopback.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        TestClient client = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                .endpointOverride(loopback.endpoint()).build();
        CompletableFuture<String> inFlight = client.cancelAsync("task-0");
        loopback.server.takeRequest(5, TimeUnit.SECONDS);
        client.close();
        // The cancelled try would be retried, but a closed client takes no more tries.
        ExecutionException e = assertThrows(ExecutionException.class, () -> inFlight.get(5, TimeUnit.SECONDS));
        assertEquals("client is closed", assertInstanceOf(IllegalStateException.class, e.getCause()).getMessage());
    }

    private int[] runMixedCalls(TestClient client) throws Exception {
        return runMixedCalls(client, CALLS);
    }

    /** @return how many calls ended in each outcome of {@link #outcome} */
    private int[] runMixedCalls(TestClient client, int calls) throws Exception {
        List<Future<int[]>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            done.add(workers.submit(() -> {
                int[] seen = new int[5];
                List<CompletableFuture<String>> pending = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (int n = worker; n < calls; n += WORKERS) {
                    if ((n / WORKERS) % 2 == 0) {
                        String taskId = "task-" + n;
                        seen[classify(() -> client.cancel(taskId), n)]++;
                    } else {
                        pending.add(client.cancelAsync("task-" + n));
                        numbers.add(n);
                    }
                    if (pending.size() == 32 || n + WORKERS >= calls) {
                        for (int i = 0; i < pending.size(); i++) {
                            CompletableFuture<String> f = pending.get(i);
                            seen[classify(() -> join(f), numbers.get(i))]++;
                        }
                        pending.clear();
                        numbers.clear();
                    }
                }
                return seen;
            }));
        }
        int[] total = new int[5];
        for (Future<int[]> f : done) {
            int[] seen = f.get(120, TimeUnit.SECONDS);
            for (int i = 0; i < total.length; i++) {
                total[i] += seen[i];
            }
        }
        return total;
    }

    private static String join(CompletableFuture<String> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** @return the outcome a call had, checked against what the server was told to do for {@code n} */
    private static int classify(java.util.function.Supplier<String> call, int n) {
        try {
            assertEquals("task-" + n, call.get());
            return 0;
        } catch (ServiceException e) {
            return e.httpStatus() == 502 ? 2 : 1;
        } catch (SdkClientException e) {
            return e.getMessage().startsWith("The service answered HTTP 200") ? 3 : 4;
        }
    }

    private void warmUpSharedOkHttpThreads() {
        try (TestClient warmUp = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                .endpointOverride(loopback.endpoint()).retryPolicy(RetryPolicy.none()).build()) {
            for (int n = 0; n < 20; n++) {
                try {
                    warmUp.cancel("task-" + n);
                } catch (RuntimeException expected) {
                    // every outcome is fine here; only OkHttp's shared threads matter
                }
            }
        }
    }

    /**
     * Counts the SDK's threads and OkHttp's, except idle workers of OkHttp's JVM-wide task runner: that pool is
     * shared by every OkHttp client, keeps idle workers for 60 s by design, and a worker running a task carries the
     * task's name instead, so one still busy with this client's connections would be counted.
     */
    private static long sdkAndOkHttpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("canceltask-")
                        || name.startsWith("OkHttp") && !name.equals("OkHttp TaskRunner"))
                .count();
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
    }

    private static void awaitTrue(BooleanSupplier condition, String message) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(message);
            }
            Thread.sleep(20);
        }
    }
}
