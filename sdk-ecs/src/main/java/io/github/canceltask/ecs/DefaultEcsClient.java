package io.github.canceltask.ecs;

import io.github.canceltask.core.auth.DefaultCredentialsProvider;
import io.github.canceltask.core.internal.client.BaseClientBuilder;
import io.github.canceltask.core.internal.client.ClientRuntime;
import io.github.canceltask.core.internal.client.Regions;
import io.github.canceltask.core.internal.client.SdkClientBase;
import io.github.canceltask.core.internal.client.ServiceDescription;
import io.github.canceltask.core.internal.pipeline.AlibabaResponseParser;
import io.github.canceltask.core.internal.pipeline.RpcOperation;
import io.github.canceltask.core.retry.RateLimit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The ECS client: the CancelTask operation described once, sent through the core runtime. */
final class DefaultEcsClient extends SdkClientBase implements EcsClient {
    /** Regions the ECS SDK maps to the legacy central endpoint. */
    private static final Set<String> CENTRAL_REGIONS = Set.of("cn-wuhan", "cn-zhangbei", "cn-hangzhou-finance");

    static final ServiceDescription SERVICE = new ServiceDescription("Alibaba Cloud ECS",
            AlibabaResponseParser.INSTANCE, Regions.ALIBABA, DefaultEcsClient::endpointHost,
            DefaultCredentialsProvider::alibaba, null, RateLimit.off());

    private static final RpcOperation<CancelTaskRequest, CancelTaskResponse> CANCEL_TASK = new RpcOperation<>(
            "CancelTask", "2014-05-26", DefaultEcsClient::parameters,
            (payload, requestId) -> CancelTaskResponse.builder().requestId(requestId).build());

    private DefaultEcsClient(ClientRuntime runtime) {
        super(runtime, "EcsClient");
    }

    @Override
    public CancelTaskResponse cancelTask(CancelTaskRequest request) {
        return call(CANCEL_TASK, request);
    }

    @Override
    public CompletableFuture<CancelTaskResponse> cancelTaskAsync(CancelTaskRequest request) {
        return callAsync(CANCEL_TASK, request);
    }

    private static Map<String, String> parameters(CancelTaskRequest request) {
        Map<String, String> params = new HashMap<>(4);
        params.put("TaskId", request.taskId());
        params.put("RegionId", request.regionId());
        return params;
    }

    /** As aliyun-java-sdk-ecs resolves it: a hyphen for Hangzhou, the central host for a few, regional otherwise. */
    static String endpointHost(String region) {
        if (region.equals("cn-hangzhou")) {
            return "ecs-cn-hangzhou.aliyuncs.com";
        }
        return CENTRAL_REGIONS.contains(region) ? "ecs.aliyuncs.com" : "ecs." + region + ".aliyuncs.com";
    }

    static final class BuilderImpl extends BaseClientBuilder<EcsClient.Builder, EcsClient>
            implements EcsClient.Builder {
        BuilderImpl() {
            super(SERVICE);
        }

        @Override
        protected EcsClient build(ClientRuntime runtime) {
            return new DefaultEcsClient(runtime);
        }
    }
}
