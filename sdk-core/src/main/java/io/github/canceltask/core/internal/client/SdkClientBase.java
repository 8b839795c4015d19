package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.internal.pipeline.Operation;
import java.util.concurrent.CompletableFuture;

/** What every product client does the same way: send through its runtime, refuse a null request, close. */
public abstract class SdkClientBase implements AutoCloseable {
    private final ClientRuntime runtime;
    private final String clientName;

    /**
     * @param runtime the runtime the client sends through
     * @param clientName the client's name for {@link #toString()}
     */
    protected SdkClientBase(ClientRuntime runtime, String clientName) {
        this.runtime = runtime;
        this.clientName = clientName;
    }

    /**
     * @param operation the operation
     * @param request the typed request
     * @param <I> the request type
     * @param <O> the response type
     * @return the typed response
     */
    protected final <I, O> O call(Operation<I, O> operation, I request) {
        return runtime.execute(operation, requireRequest(request));
    }

    /**
     * @param operation the operation
     * @param request the typed request
     * @param <I> the request type
     * @param <O> the response type
     * @return the future typed response
     */
    protected final <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request) {
        return runtime.executeAsync(operation, requireRequest(request));
    }

    private static <I> I requireRequest(I request) {
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        return request;
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return clientName + "{region=" + runtime.configuration().region() + ", endpoint="
                + runtime.configuration().endpoint() + "}";
    }
}
