package io.github.canceltask.domain;

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
import java.util.concurrent.CompletableFuture;

/** The Domain client: the CancelTask operation described once, sent through the core runtime. */
final class DefaultDomainClient extends SdkClientBase implements DomainClient {
    static final ServiceDescription SERVICE = new ServiceDescription("Alibaba Cloud Domain",
            AlibabaResponseParser.INSTANCE, Regions.ALIBABA, DefaultDomainClient::endpointHost,
            DefaultCredentialsProvider::alibaba, "cn-hangzhou", RateLimit.off());

    private static final RpcOperation<CancelTaskRequest, CancelTaskResponse> CANCEL_TASK = new RpcOperation<>(
            "CancelTask", "2018-01-29", DefaultDomainClient::parameters,
            (payload, requestId) -> CancelTaskResponse.builder().requestId(requestId).build());

    private DefaultDomainClient(ClientRuntime runtime) {
        super(runtime, "DomainClient");
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
        params.put("TaskNo", request.taskNo());
        params.put("UserClientIp", request.userClientIp());
        params.put("Lang", request.lang());
        return params;
    }

    /** Domain is a central service: one host whatever the region, as aliyun-java-sdk-domain resolves it. */
    static String endpointHost(String region) {
        return "domain.aliyuncs.com";
    }

    static final class BuilderImpl extends BaseClientBuilder<DomainClient.Builder, DomainClient>
            implements DomainClient.Builder {
        BuilderImpl() {
            super(SERVICE);
        }

        @Override
        protected DomainClient build(ClientRuntime runtime) {
            return new DefaultDomainClient(runtime);
        }
    }
}
