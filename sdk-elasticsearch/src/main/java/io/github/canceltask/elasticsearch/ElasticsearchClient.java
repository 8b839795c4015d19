package io.github.canceltask.elasticsearch;

import io.github.canceltask.core.client.AlibabaClientBuilder;
import java.util.concurrent.CompletableFuture;

/**
 * Alibaba Cloud Elasticsearch {@code CancelTask} (ROA, HMAC-SHA1, API version 2017-06-13):
 * {@code POST /openapi/instances/{InstanceId}/actions/cancel-task}. Thread-safe: build one and share it; close it
 * when done.
 */
public interface ElasticsearchClient extends AutoCloseable {
    /** @return a builder; credentials come from the Alibaba Cloud default chain unless set */
    static Builder builder() {
        return new DefaultElasticsearchClient.BuilderImpl();
    }

    /**
     * Cancels a data migration task, waiting for the answer.
     *
     * @param request the request
     * @return the answer
     * @throws io.github.canceltask.core.exception.ServiceException when Elasticsearch answers with an error
     *     (see {@link ElasticsearchErrorCodes})
     * @throws io.github.canceltask.core.exception.SdkClientException when no valid answer arrives in time
     * @throws IllegalStateException when the client is closed
     */
    CancelTaskResponse cancelTask(CancelTaskRequest request);

    /**
     * Cancels a data migration task without blocking the caller. Cancelling the future cancels the HTTP call.
     *
     * @param request the request
     * @return the future answer, failed with the exceptions {@link #cancelTask} throws
     */
    CompletableFuture<CancelTaskResponse> cancelTaskAsync(CancelTaskRequest request);

    /** Releases the client's connections and threads. Idempotent. */
    @Override
    void close();

    /** Builds an {@link ElasticsearchClient}; {@code region} is required. */
    interface Builder extends AlibabaClientBuilder<Builder, ElasticsearchClient> {
    }
}
