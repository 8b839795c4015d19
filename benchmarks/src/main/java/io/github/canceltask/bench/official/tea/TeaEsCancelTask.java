package io.github.canceltask.bench.official.tea;

import com.aliyun.elasticsearch20170613.Client;
import com.aliyun.elasticsearch20170613.models.CancelTaskRequest;
import com.aliyun.teaopenapi.models.Config;
import io.github.canceltask.bench.support.Fixtures;
import java.util.concurrent.Callable;

/**
 * Elasticsearch CancelTask through the official V2 (tea) SDK {@code elasticsearch20170613} 1.1.5, as its README shows:
 * one shared {@link Client}, a new request model per call. Loaded by {@code IsolatedSdk.tea()} (OkHttp 3.12).
 */
public final class TeaEsCancelTask implements Callable<String> {

    private final Client client;

    public TeaEsCancelTask(String hostAndPort) throws Exception {
        Config config = new Config()
                .setAccessKeyId(Fixtures.ACCESS_KEY_ID)
                .setAccessKeySecret(Fixtures.ACCESS_KEY_SECRET)
                .setRegionId(Fixtures.ALIBABA_REGION)
                .setEndpoint(hostAndPort)
                .setProtocol("HTTP");
        this.client = new Client(config);
    }

    @Override
    public String call() throws Exception {
        CancelTaskRequest request = new CancelTaskRequest().setTaskType(Fixtures.ES_TASK_TYPE);
        return client.cancelTask(Fixtures.ES_INSTANCE_ID, request).body.requestId;
    }
}
