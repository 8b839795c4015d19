package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.internal.json.Json;
import io.github.canceltask.core.internal.pipeline.AlibabaResponseParser;
import io.github.canceltask.core.internal.pipeline.Operation;
import io.github.canceltask.core.internal.pipeline.RpcOperation;
import io.github.canceltask.core.internal.pipeline.Tc3Operation;
import io.github.canceltask.core.internal.pipeline.TencentResponseParser;
import io.github.canceltask.core.retry.RateLimit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The smallest product client: one operation taking a task id and answering the request id, in either vendor's
 * style, so the core runtime can be tested without a product module.
 */
final class TestClient extends SdkClientBase {
    static final Tc3Operation<String, String> TC3_CANCEL = new Tc3Operation<>("svc", "CancelTask", "2021-01-25",
            taskId -> Json.writeObject(Map.of("TaskId", taskId)), (payload, requestId) -> requestId);
    static final RpcOperation<String, String> RPC_CANCEL = new RpcOperation<>("CancelTask", "2014-05-26",
            taskId -> Map.of("TaskId", taskId), (payload, requestId) -> requestId);

    private final ClientRuntime runtime;
    private final Operation<String, String> operation;

    private TestClient(ClientRuntime runtime, Operation<String, String> operation) {
        super(runtime, "TestClient");
        this.runtime = runtime;
        this.operation = operation;
    }

    /** @return a builder of a Tencent-style (TC3, JSON answers) client, region ap-guangzhou by default */
    static Builder tencent() {
        return new Builder(new ServiceDescription("Test Tencent service", TencentResponseParser.INSTANCE,
                Regions.TENCENT, region -> "svc.tencentcloudapi.com", TestClient::noDefaultCredentials, "ap-guangzhou",
                RateLimit.off()), TC3_CANCEL);
    }

    /** @return a builder of an Alibaba-style (RPC) client, region cn-hangzhou by default */
    static Builder alibaba() {
        return new Builder(new ServiceDescription("Test Alibaba service", AlibabaResponseParser.INSTANCE,
                Regions.ALIBABA, region -> "svc." + region + ".aliyuncs.com", TestClient::noDefaultCredentials, "cn-hangzhou",
                RateLimit.off()), RPC_CANCEL);
    }

    private static io.github.canceltask.core.auth.CredentialsProvider noDefaultCredentials() {
        throw new IllegalStateException("tests always set credentials");
    }

    String cancel(String taskId) {
        return call(operation, taskId);
    }

    CompletableFuture<String> cancelAsync(String taskId) {
        return callAsync(operation, taskId);
    }

    ClientRuntime runtime() {
        return runtime;
    }

    static final class Builder extends BaseClientBuilder<Builder, TestClient> {
        private final Operation<String, String> operation;

        private Builder(ServiceDescription service, Operation<String, String> operation) {
            super(service);
            this.operation = operation;
        }

        @Override
        public Builder rateLimit(RateLimit limit) {
            return super.rateLimit(limit);
        }

        @Override
        protected TestClient build(ClientRuntime runtime) {
            return new TestClient(runtime, operation);
        }
    }
}
