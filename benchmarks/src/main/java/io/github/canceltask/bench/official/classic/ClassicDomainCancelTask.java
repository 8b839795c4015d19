package io.github.canceltask.bench.official.classic;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.domain.model.v20180129.CancelTaskRequest;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.github.canceltask.bench.support.Fixtures;
import java.util.concurrent.Callable;

/** Domain CancelTask through the official classic SDK ({@code aliyun-java-sdk-core} 4.7.3 + {@code aliyun-java-sdk-domain}). */
public final class ClassicDomainCancelTask implements Callable<String>, AutoCloseable {

    private final DefaultAcsClient client;
    private final String endpoint;

    public ClassicDomainCancelTask(String hostAndPort) {
        this.client = new DefaultAcsClient(DefaultProfile.getProfile(
                Fixtures.ALIBABA_REGION, Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET));
        this.endpoint = hostAndPort;
    }

    @Override
    public String call() throws Exception {
        CancelTaskRequest request = new CancelTaskRequest();
        request.setTaskNo(Fixtures.DOMAIN_TASK_NO);
        request.setSysEndpoint(endpoint);
        request.setSysProtocol(ProtocolType.HTTP);
        return client.getAcsResponse(request).getRequestId();
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
