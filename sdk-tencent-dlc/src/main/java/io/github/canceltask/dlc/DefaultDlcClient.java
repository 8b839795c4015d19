package io.github.canceltask.dlc;

import io.github.canceltask.core.auth.DefaultCredentialsProvider;
import io.github.canceltask.core.internal.client.BaseClientBuilder;
import io.github.canceltask.core.internal.client.ClientRuntime;
import io.github.canceltask.core.internal.client.Regions;
import io.github.canceltask.core.internal.client.SdkClientBase;
import io.github.canceltask.core.internal.client.ServiceDescription;
import io.github.canceltask.core.internal.json.Json;
import io.github.canceltask.core.internal.pipeline.Tc3Operation;
import io.github.canceltask.core.internal.pipeline.TencentResponseParser;
import io.github.canceltask.core.retry.RateLimit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The DLC client: the CancelTask operation described once, sent through the core runtime. */
final class DefaultDlcClient extends SdkClientBase implements DlcClient {
    static final ServiceDescription SERVICE = new ServiceDescription("Tencent Cloud DLC",
            TencentResponseParser.INSTANCE, Regions.TENCENT, DefaultDlcClient::endpointHost,
            DefaultCredentialsProvider::tencent, null, RateLimit.adaptive(DOCUMENTED_RATE_LIMIT));

    private static final Tc3Operation<CancelTaskRequest, CancelTaskResponse> CANCEL_TASK = new Tc3Operation<>(
            "dlc", "CancelTask", "2021-01-25",
            request -> Json.writeObject(Map.of("TaskId", request.taskId())),
            (payload, requestId) -> CancelTaskResponse.builder().requestId(requestId).build());

    private DefaultDlcClient(ClientRuntime runtime) {
        super(runtime, "DlcClient");
    }

    @Override
    public CancelTaskResponse cancelTask(CancelTaskRequest request) {
        return call(CANCEL_TASK, request);
    }

    @Override
    public CompletableFuture<CancelTaskResponse> cancelTaskAsync(CancelTaskRequest request) {
        return callAsync(CANCEL_TASK, request);
    }

    /** The nearest-access host the DLC page documents, for every known region. */
    static String endpointHost(String region) {
        return "dlc.tencentcloudapi.com";
    }

    static final class BuilderImpl extends BaseClientBuilder<DlcClient.Builder, DlcClient>
            implements DlcClient.Builder {
        private boolean regional;

        BuilderImpl() {
            super(SERVICE);
        }

        @Override
        public DlcClient.Builder regionalEndpoint(boolean regional) {
            this.regional = regional;
            return this;
        }

        @Override
        protected String endpointHost(String region) {
            String host = super.endpointHost(region);
            return regional ? "dlc." + region + ".tencentcloudapi.com" : host;
        }

        @Override
        protected DlcClient build(ClientRuntime runtime) {
            return new DefaultDlcClient(runtime);
        }
    }
}
