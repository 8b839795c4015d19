package io.github.canceltask.ecs;

import io.github.canceltask.core.client.AlibabaClientBuilder;
import java.util.concurrent.CompletableFuture;

/**
 * Alibaba Cloud ECS {@code CancelTask} (RPC, HMAC-SHA1 signature v1, API version 2014-05-26). Thread-safe: build one
 * and share it; close it when done.
 *
 * <pre>{@code
 * try (EcsClient ecs = EcsClient.builder().region("cn-hangzhou").build()) {
 *     ecs.cancelTask(CancelTaskRequest.builder().taskId("t-bp198jigq7l0h5ac").build());
 * }
 * }</pre>
 */
public interface EcsClient extends AutoCloseable {
    /** @return a builder; credentials come from the Alibaba Cloud default chain unless set */
    static Builder builder() {
        return new DefaultEcsClient.BuilderImpl();
    }

    /**
     * Cancels a task, waiting for the answer.
     *
     * @param request the request
     * @return the answer
     * @throws io.github.canceltask.core.exception.ServiceException when ECS answers with an error
     *     (see {@link EcsErrorCodes})
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

    /** Builds an {@link EcsClient}; {@code region} is required. */
    interface Builder extends AlibabaClientBuilder<Builder, EcsClient> {
    }
}
