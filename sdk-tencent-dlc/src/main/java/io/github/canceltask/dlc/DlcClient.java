package io.github.canceltask.dlc;

import io.github.canceltask.core.client.SdkClientBuilder;
import io.github.canceltask.core.retry.RateLimit;
import java.util.concurrent.CompletableFuture;

/**
 * Tencent Cloud DLC {@code CancelTask} (Cloud API 3.0, TC3-HMAC-SHA256, API version 2021-01-25). DLC allows
 * 20 requests a second: once it answers {@code RequestLimitExceeded}, the client paces itself at that rate and
 * relaxes after a quiet period. Thread-safe: build one and share it; close it when done.
 */
public interface DlcClient extends AutoCloseable {
    /** The documented limit of CancelTask, requests per second. */
    double DOCUMENTED_RATE_LIMIT = 20;

    /** @return a builder; credentials come from the Tencent Cloud default chain unless set */
    static Builder builder() {
        return new DefaultDlcClient.BuilderImpl();
    }

    /**
     * Cancels a task, waiting for the answer.
     *
     * @param request the request
     * @return the answer
     * @throws io.github.canceltask.core.exception.ServiceException when DLC answers with an error
     *     (see {@link DlcErrorCodes})
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

    /** Builds a {@link DlcClient}; {@code region} is required (e.g. {@code ap-guangzhou}). */
    interface Builder extends SdkClientBuilder<Builder, DlcClient> {
        /**
         * @param limit the pacing: {@code RateLimit.adaptive(20)} by default, {@link RateLimit#fixed(double)} to
         *     always pace, {@link RateLimit#off()} never to
         * @return this
         */
        Builder rateLimit(RateLimit limit);

        /**
         * @param regional true to call {@code dlc.<region>.tencentcloudapi.com} instead of the nearest-access
         *     {@code dlc.tencentcloudapi.com}
         * @return this
         */
        Builder regionalEndpoint(boolean regional);
    }
}
