package io.github.canceltask.bench.official.classic;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.ecs.model.v20140526.CancelTaskRequest;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.github.canceltask.bench.support.Fixtures;
import java.util.concurrent.Callable;

/**
 * ECS CancelTask through the official classic SDK ({@code aliyun-java-sdk-core} 4.7.3 + {@code aliyun-java-sdk-ecs}),
 * as its README shows: one shared {@link DefaultAcsClient}, a new request object per call (they are mutable and the
 * client writes into them), the endpoint set on the request.
 */
public final class ClassicEcsCancelTask implements Callable<String>, AutoCloseable {

    private final DefaultAcsClient client;
    private final String endpoint;

    public ClassicEcsCancelTask(String hostAndPort) {
        this.client = new DefaultAcsClient(DefaultProfile.getProfile(
                Fixtures.ALIBABA_REGION, Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET));
        this.endpoint = hostAndPort;
    }

    @Override
    public String call() throws Exception {
        CancelTaskRequest request = new CancelTaskRequest();
        request.setTaskId(Fixtures.ECS_TASK_ID);
        request.setSysEndpoint(endpoint);
        request.setSysProtocol(ProtocolType.HTTP);
        return client.getAcsResponse(request).getRequestId();
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
