package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ACCESS_KEY_ID;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.SECRET;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.cancel;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.error;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.headers;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ok;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.query;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.rawPath;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.roaSignature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.canceltask.core.retry.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client shared by 16 threads: every answer reaches its own caller, every try has its own nonce and every call its own clientToken. */
class ElasticsearchClientConcurrencyTest {
    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 300;
    /** This test is about correctness under contention, not latency: a loaded 2-core machine may stall a call. */
    private static final Duration GENEROUS_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final MockWebServer server = new MockWebServer();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Set<String> clientTokens = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Map<String, String> query = query(request);
                if (!nonces.add(request.getHeaders().get("x-acs-signature-nonce"))) {
                    return error(400, ElasticsearchErrorCodes.SIGNATURE_NONCE_USED, "nonce reused", "dup");
                }
                if (!clientTokens.add(query.get("clientToken"))) {
                    return error(400, ElasticsearchErrorCodes.INVALID_PARAMETER, "clientToken reused", "dup");
                }
                String signature = roaSignature("POST", headers(request), rawPath(request), query, SECRET);
                if (!("acs " + ACCESS_KEY_ID + ":" + signature).equals(request.getHeaders().get("Authorization"))) {
                    return error(400, ElasticsearchErrorCodes.SIGNATURE_DOES_NOT_MATCH, "bad signature", "sig");
                }
                return ok(request.getUrl().pathSegments().get(2));
            }
        });
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * MockWebServer writes headers and body in two segments; with Nagle's algorithm on its side and delayed ACKs
     * on ours, every answer would wait about 40 ms, which is the test's clock and not the client's.
     */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    @Timeout(120)
    void sixteenThreadsShareOneClient() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (ElasticsearchClient es = clientFor(server).clock(Clock.systemUTC()).retryPolicy(RetryPolicy.none())
                .callTimeout(GENEROUS_CALL_TIMEOUT)
                .build()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        String instanceId = "es-" + thread + "-" + i;
                        try {
                            String requestId = i % 2 == 0 ? es.cancelTask(cancel(instanceId)).requestId()
                                    : es.cancelTaskAsync(cancel(instanceId)).get(40, TimeUnit.SECONDS).requestId();
                            if (!instanceId.equals(requestId)) {
                                failures.add(instanceId + " got the answer for " + requestId);
                            }
                        } catch (Exception e) {
                            failures.add(instanceId + ": " + e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())));
        assertEquals(THREADS * CALLS_PER_THREAD, server.getRequestCount());
        assertEquals(THREADS * CALLS_PER_THREAD, nonces.size());
        assertEquals(THREADS * CALLS_PER_THREAD, clientTokens.size());
    }
}
