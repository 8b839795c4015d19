package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.cancel;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.error;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ok;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** cancelTaskAsync, cancellation, and what close() does and leaves alone. */
class ElasticsearchClientAsyncTest extends ElasticsearchMockServerTest {
    @Test
    void asyncSuccess() throws Exception {
        server.enqueue(ok("R1"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            assertEquals("R1", es.cancelTaskAsync(cancel("t-1")).get(5, TimeUnit.SECONDS).requestId());
        }
    }

    @Test
    void asyncServiceFailureCarriesTheServiceException() {
        server.enqueue(error(400, ElasticsearchErrorCodes.INSTANCE_NOT_FOUND, "The instanceId provided does not exist.",
                "R1"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            CompletableFuture<CancelTaskResponse> future = es.cancelTaskAsync(cancel("t-1"));
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals(ElasticsearchErrorCodes.INSTANCE_NOT_FOUND, cause.errorCode());
            assertEquals("R1", cause.requestId());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        OkHttpClient shared = new OkHttpClient();
        try (ElasticsearchClient es = clientFor(server).httpClient(shared).build()) {
            CompletableFuture<CancelTaskResponse> future = es.cancelTaskAsync(cancel("t-1"));
            AtomicInteger completions = new AtomicInteger();
            future.whenComplete((r, e) -> completions.incrementAndGet());
            take(server);
            assertEquals(1, shared.dispatcher().runningCallsCount());
            assertTrue(future.cancel(true));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, shared.dispatcher().runningCallsCount());
            Thread.sleep(200);
            assertTrue(future.isCancelled());
            assertEquals(1, completions.get());
            assertEquals(1, server.getRequestCount());
        } finally {
            shared.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void closedClientRefusesCallsAndClosesTwiceHarmlessly() {
        ElasticsearchClient es = clientFor(server).build();
        es.close();
        es.close();
        IllegalStateException sync = assertThrows(IllegalStateException.class, () -> es.cancelTask(cancel("t-1")));
        assertEquals("client is closed", sync.getMessage());
        IllegalStateException async = assertThrows(IllegalStateException.class,
                () -> es.cancelTaskAsync(cancel("t-1")));
        assertEquals("client is closed", async.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void closeLeavesAUserSuppliedHttpClientWorking() throws Exception {
        server.enqueue(ok("R1"));
        server.enqueue(ok("R2"));
        OkHttpClient shared = new OkHttpClient();
        try {
            try (ElasticsearchClient es = clientFor(server).httpClient(shared).build()) {
                assertEquals("R1", es.cancelTask(cancel("t-1")).requestId());
            }
            assertFalse(shared.dispatcher().executorService().isShutdown());
            assertEquals("ran", shared.dispatcher().executorService().submit(() -> "ran").get(5, TimeUnit.SECONDS));
            try (Response response = shared.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
                assertEquals(200, response.code());
            }
        } finally {
            shared.dispatcher().executorService().shutdown();
        }
    }
}
