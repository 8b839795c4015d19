package io.github.canceltask.dlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every answer reaches the call that asked for it. */
class DlcConcurrencyTest {
    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 300;
    private final MockWebServer server = DlcTestServer.start();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
    }

    /** Answers each request with its own task id as the request id. */
    private static final class EchoTaskId extends Dispatcher {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                String taskId = json.readTree(request.getBody().toByteArray()).get("TaskId").textValue();
                return DlcTestServer.success(taskId);
            } catch (IOException e) {
                return new MockResponse.Builder().code(400).body(e.toString()).build();
            }
        }
    }

    @Test
    void sixteenThreadsOfMixedSyncAndAsyncCallsEachGetTheirOwnAnswer() throws Exception {
        server.setDispatcher(new EchoTaskId());
        List<Future<Integer>> workers = new ArrayList<>();
        try (DlcClient client = DlcTestServer.client(server).build()) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(threads.submit(() -> {
                    List<CompletableFuture<String>> pending = new ArrayList<>();
                    List<String> expected = new ArrayList<>();
                    int matched = 0;
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        String taskId = "task-" + thread + "-" + i;
                        CancelTaskRequest request = CancelTaskRequest.builder().taskId(taskId).build();
                        if (i % 2 == 0) {
                            assertEquals(taskId, client.cancelTask(request).requestId());
                            matched++;
                        } else {
                            pending.add(client.cancelTaskAsync(request).thenApply(CancelTaskResponse::requestId));
                            expected.add(taskId);
                        }
                    }
                    for (int i = 0; i < pending.size(); i++) {
                        assertEquals(expected.get(i), pending.get(i).get(30, TimeUnit.SECONDS));
                        matched++;
                    }
                    return matched;
                }));
            }
            int matched = 0;
            for (Future<Integer> worker : workers) {
                matched += worker.get(60, TimeUnit.SECONDS);
            }
            assertEquals(THREADS * CALLS_PER_THREAD, matched);
        }
        assertEquals(THREADS * CALLS_PER_THREAD, server.getRequestCount());
    }
}
