package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.internal.http.HttpClients;
import io.github.canceltask.core.internal.pipeline.Operation;
import io.github.canceltask.core.internal.retry.ClockSkew;
import io.github.canceltask.core.internal.retry.RateLimiter;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A client's engine, shared by every call of that client: the OkHttp client, the pacing, the learned clock offset,
 * and the two drivers (blocking and asynchronous) that move an {@link Exchange} from try to try. Thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
    private final ServiceDescription service;
    private final ClientConfiguration configuration;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final RateLimiter rateLimiter;
    private final ClockSkew clockSkew;
    private final AtomicBoolean closed = new AtomicBoolean();
    private ScheduledExecutorService scheduler;

    ClientRuntime(ServiceDescription service, ClientConfiguration configuration) {
        this.service = service;
        this.configuration = configuration;
        this.ownsHttp = configuration.userHttpClient() == null;
        this.http = HttpClients.create(configuration.userHttpClient(), configuration.connectTimeout(),
                !configuration.endpoint().isHttps());
        this.rateLimiter = new RateLimiter(configuration.rateLimit());
        this.clockSkew = new ClockSkew(configuration.clock());
    }

    /** @return the resolved options */
    public ClientConfiguration configuration() {
        return configuration;
    }

    ServiceDescription service() {
        return service;
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    ClockSkew clockSkew() {
        return clockSkew;
    }

    /**
     * Runs a call on the caller's thread, retries and waits included.
     *
     * @param operation the operation
     * @param input the validated request
     * @param <I> the request type
     * @param <O> the response type
     * @return the typed response
     */
    public <I, O> O execute(Operation<I, O> operation, I input) {
        requireOpen();
        Exchange<I, O> exchange = new Exchange<>(this, operation, input);
        while (true) {
            sleep(rateLimiter.reserve(System.nanoTime()), exchange);
            requireOpen();
            if (exchange.remainingNanos() <= 0) {
                throw exchange.deadlineExceeded();
            }
            Call call = http.newCall(exchange.nextRequest());
            call.timeout().timeout(exchange.remainingNanos(), TimeUnit.NANOSECONDS);
            RuntimeException failure;
            try (Response response = call.execute()) {
                return exchange.onResponse(response);
            } catch (IOException e) {
                failure = exchange.onIOException(e);
            } catch (SdkClientException | ServiceException e) {
                failure = e;
            }
            long delay = exchange.delayBeforeRetry(failure);
            if (delay < 0) {
                throw exchange.finalFailure(failure);
            }
            sleep(delay, exchange);
        }
    }

    /**
     * Runs a call on OkHttp's threads; no thread waits for it. Cancelling the future cancels the HTTP call and any
     * pending retry.
     *
     * @param operation the operation
     * @param input the validated request
     * @param <I> the request type
     * @param <O> the response type
     * @return the future response
     */
    public <I, O> CompletableFuture<O> executeAsync(Operation<I, O> operation, I input) {
        requireOpen();
        CompletableFuture<O> future = new CompletableFuture<>();
        new AsyncCall<>(new Exchange<>(this, operation, input), future).attempt();
        return future;
    }

    private void sleep(long nanos, Exchange<?, ?> exchange) {
        if (nanos <= 0) {
            return;
        }
        if (nanos >= exchange.remainingNanos()) {
            throw exchange.deadlineExceeded();
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkClientException("Interrupted while waiting to retry", e);
        }
    }

    private synchronized ScheduledExecutorService scheduler() {
        requireOpen();
        if (scheduler == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "canceltask-retry");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            executor.setKeepAliveTime(10, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            scheduler = executor;
        }
        return scheduler;
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("client is closed");
        }
    }

    /** Frees the client's threads and connections; an OkHttp client the user passed in is left alone. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
        if (ownsHttp) {
            HttpClients.shutdown(http);
        }
    }

    /** Drives one asynchronous call: each step runs on an OkHttp or scheduler thread, never blocking one. */
    private final class AsyncCall<I, O> implements Callback {
        private final Exchange<I, O> exchange;
        private final CompletableFuture<O> future;
        private final AtomicReference<Call> current = new AtomicReference<>();

        AsyncCall(Exchange<I, O> exchange, CompletableFuture<O> future) {
            this.exchange = exchange;
            this.future = future;
            future.whenComplete((response, error) -> {
                if (future.isCancelled()) {
                    Call call = current.get();
                    if (call != null) {
                        call.cancel();
                    }
                }
            });
        }

        void attempt() {
            try {
                long wait = rateLimiter.reserve(System.nanoTime());
                if (wait > 0) {
                    later(this::send, wait);
                } else {
                    send();
                }
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }

        private void send() {
            if (future.isDone()) {
                return;
            }
            try {
                requireOpen();
                if (exchange.remainingNanos() <= 0) {
                    throw exchange.deadlineExceeded();
                }
                Request request = exchange.nextRequest();
                Call call = http.newCall(request);
                call.timeout().timeout(exchange.remainingNanos(), TimeUnit.NANOSECONDS);
                current.set(call);
                if (future.isCancelled()) {
                    call.cancel();
                    return;
                }
                call.enqueue(this);
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }

        @Override
        public void onResponse(Call call, Response response) {
            try (response) {
                future.complete(exchange.onResponse(response));
            } catch (IOException e) {
                retryOrFail(exchange.onIOException(e));
            } catch (RuntimeException e) {
                retryOrFail(e);
            }
        }

        @Override
        public void onFailure(Call call, IOException e) {
            retryOrFail(exchange.onIOException(e));
        }

        private void retryOrFail(RuntimeException failure) {
            if (future.isDone()) {
                return;
            }
            long delay = exchange.delayBeforeRetry(failure);
            if (delay < 0) {
                future.completeExceptionally(exchange.finalFailure(failure));
            } else if (delay == 0) {
                attempt();
            } else {
                later(this::attempt, delay);
            }
        }

        private void later(Runnable step, long nanos) {
            try {
                scheduler().schedule(step, nanos, TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                future.completeExceptionally(new IllegalStateException("client is closed", e));
            }
        }
    }
}
