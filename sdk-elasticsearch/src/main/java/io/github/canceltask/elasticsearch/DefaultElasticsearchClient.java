package io.github.canceltask.elasticsearch;

import io.github.canceltask.core.auth.DefaultCredentialsProvider;
import io.github.canceltask.core.internal.client.BaseClientBuilder;
import io.github.canceltask.core.internal.client.ClientRuntime;
import io.github.canceltask.core.internal.client.Regions;
import io.github.canceltask.core.internal.client.SdkClientBase;
import io.github.canceltask.core.internal.client.ServiceDescription;
import io.github.canceltask.core.internal.json.Json;
import io.github.canceltask.core.internal.pipeline.AlibabaResponseParser;
import io.github.canceltask.core.internal.pipeline.RoaOperation;
import io.github.canceltask.core.retry.RateLimit;
import io.github.canceltask.core.signer.PercentEncoder;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The Elasticsearch client: the CancelTask operation described once, sent through the core runtime. */
final class DefaultElasticsearchClient extends SdkClientBase implements ElasticsearchClient {
    static final ServiceDescription SERVICE = new ServiceDescription("Alibaba Cloud Elasticsearch",
            AlibabaResponseParser.INSTANCE, Regions.ALIBABA, DefaultElasticsearchClient::endpointHost,
            DefaultCredentialsProvider::alibaba, null, RateLimit.off());

    private static final RoaOperation<CancelTaskRequest, CancelTaskResponse> CANCEL_TASK = new RoaOperation<>(
            "CancelTask", "2017-06-13",
            request -> "/openapi/instances/" + PercentEncoder.encode(request.instanceId()) + "/actions/cancel-task",
            DefaultElasticsearchClient::query,
            (payload, requestId) -> CancelTaskResponse.builder().requestId(requestId)
                    .result(Json.isTrue(payload, "Result")).build());

    private DefaultElasticsearchClient(ClientRuntime runtime) {
        super(runtime, "ElasticsearchClient");
    }

    @Override
    public CancelTaskResponse cancelTask(CancelTaskRequest request) {
        return call(CANCEL_TASK, withClientToken(request));
    }

    @Override
    public CompletableFuture<CancelTaskResponse> cancelTaskAsync(CancelTaskRequest request) {
        return callAsync(CANCEL_TASK, withClientToken(request));
    }

    /** One token per call, fixed before the first try, so every retry carries the same one. */
    private static CancelTaskRequest withClientToken(CancelTaskRequest request) {
        return request == null || request.clientToken() != null ? request
                : request.toBuilder().clientToken(UUID.randomUUID().toString()).build();
    }

    private static Map<String, String> query(CancelTaskRequest request) {
        Map<String, String> query = new HashMap<>(4);
        query.put("taskType", request.taskType());
        query.put("clientToken", request.clientToken());
        return query;
    }

    /** As the official V2 SDK resolves it: {@code elasticsearch.<region>.aliyuncs.com}. */
    static String endpointHost(String region) {
        return "elasticsearch." + region + ".aliyuncs.com";
    }

    static final class BuilderImpl extends BaseClientBuilder<ElasticsearchClient.Builder, ElasticsearchClient>
            implements ElasticsearchClient.Builder {
        BuilderImpl() {
            super(SERVICE);
        }

        @Override
        protected ElasticsearchClient build(ClientRuntime runtime) {
            return new DefaultElasticsearchClient(runtime);
        }
    }
}
