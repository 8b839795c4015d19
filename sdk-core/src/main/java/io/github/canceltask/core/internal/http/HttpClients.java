package io.github.canceltask.core.internal.http;

import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds and releases the OkHttp client a SDK client sends through. */
public final class HttpClients {
    private HttpClients() {
    }

    /**
     * @param userClient the user's client to derive from (sharing its pool and dispatcher), or null for a new one
     * @param connectTimeout the connect timeout
     * @param cleartextOnly true when the endpoint is plain HTTP: a new client then sets up no TLS at all (loading the
     *     platform's trust store is the largest single cost of a first call)
     * @return a client that never retries or follows redirects by itself: a re-sent signed request would reuse
     *     its nonce, and a redirect would carry the signature to another host. Timeouts per call are set by the
     *     caller from the call's deadline.
     */
    public static OkHttpClient create(OkHttpClient userClient, Duration connectTimeout, boolean cleartextOnly) {
        OkHttpClient.Builder builder = userClient != null
                ? userClient.newBuilder()
                : new OkHttpClient.Builder().dispatcher(newDispatcher()).connectionPool(new ConnectionPool());
        if (userClient == null && cleartextOnly) {
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        return builder
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(connectTimeout)
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .callTimeout(Duration.ZERO)
                .build();
    }

    /**
     * Cancels the client's calls and frees its threads and connections. Only for a client this SDK created.
     *
     * @param client the client
     */
    public static void shutdown(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private static Dispatcher newDispatcher() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "canceltask-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads));
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(64);
        return dispatcher;
    }
}
