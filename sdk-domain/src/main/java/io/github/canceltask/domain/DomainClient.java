package io.github.canceltask.domain;

import io.github.canceltask.core.client.AlibabaClientBuilder;
import java.util.concurrent.CompletableFuture;

/**
 * Alibaba Cloud Domain {@code CancelTask} (RPC, HMAC-SHA1 signature v1, API version 2018-01-29), on the central
 * endpoint {@code domain.aliyuncs.com}. Thread-safe: build one and share it; close it when done.
 */
public interface DomainClient extends AutoCloseable {
    /** @return a builder; region defaults to {@code cn-hangzhou}, credentials to the Alibaba Cloud default chain */
    static Builder builder() {
        return new DefaultDomainClient.BuilderImpl();
    }

    /**
     * Cancels a task, waiting for the answer.
     *
     * @param request the request
     * @return the answer
     * @throws io.github.canceltask.core.exception.ServiceException when Domain answers with an error
     *     (see {@link DomainErrorCodes})
     * @throws io.github.canceltask.core.exception.SdkClientException when no valid answer arrives in time
     * @throws IllegalStateException when the client is closed
     */
    CancelTaskResponse cancelTask(CancelTaskRequest request);

    /**
     * Cancels a task without blocking the caller. Cancelling the future cancels the HTTP call.
     *
     * @param request the request
     * @return the future answer, failed with the exceptions {@link #cancelTask} throws
     */
    CompletableFuture<CancelTaskResponse> cancelTaskAsync(CancelTaskRequest request);

    /** Releases the client's connections and threads. Idempotent. */
    @Override
    void close();

    /** Builds a {@link DomainClient}. */
    interface Builder extends AlibabaClientBuilder<Builder, DomainClient> {
    }
}
