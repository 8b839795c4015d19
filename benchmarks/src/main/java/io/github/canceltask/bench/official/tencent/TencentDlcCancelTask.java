package io.github.canceltask.bench.official.tencent;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.dlc.v20210125.DlcClient;
import com.tencentcloudapi.dlc.v20210125.models.CancelTaskRequest;
import io.github.canceltask.bench.support.Fixtures;
import java.util.concurrent.Callable;

/**
 * DLC CancelTask through the official Tencent Cloud SDK 3.1.1000, as its README shows: one shared {@link DlcClient},
 * a new request model per call, {@code HttpProfile} pointing at the endpoint. Loaded by {@code IsolatedSdk.tencent()}
 * (OkHttp 3.12).
 */
public final class TencentDlcCancelTask implements Callable<String> {

    private final DlcClient client;

    public TencentDlcCancelTask(String hostAndPort) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(hostAndPort);
        http.setProtocol("http://");
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client = new DlcClient(new Credential(Fixtures.TENCENT_SECRET_ID, Fixtures.TENCENT_SECRET_KEY),
                Fixtures.TENCENT_REGION, profile);
    }

    @Override
    public String call() throws Exception {
        CancelTaskRequest request = new CancelTaskRequest();
        request.setTaskId(Fixtures.DLC_TASK_ID);
        return client.CancelTask(request).getRequestId();
    }
}
