package io.github.canceltask.bench.ours;

import io.github.canceltask.bench.support.Fixtures;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.dlc.CancelTaskRequest;
import io.github.canceltask.dlc.DlcClient;
import java.net.URI;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;

/** Dlc CancelTask through our {@link DlcClient}: one shared client with the defaults, a new request per call. */
public final class OursDlcCancelTask implements Callable<String>, AutoCloseable {

    private final DlcClient client;

    public OursDlcCancelTask(String hostAndPort) {
        DlcClient.Builder builder = DlcClient.builder()
                .region(Fixtures.TENCENT_REGION)
                .credentialsProvider(StaticCredentialsProvider.of(Fixtures.TENCENT_SECRET_ID, Fixtures.TENCENT_SECRET_KEY))
                .endpointOverride(URI.create("http://" + hostAndPort));
        if (Boolean.getBoolean("bench.tls")) {
            // what an https endpoint costs: an OkHttp client with TLS set up (for plain http ours skips TLS)
            builder.httpClient(new OkHttpClient());
        }
        this.client = builder.build();
    }

    @Override
    public String call() {
        return client.cancelTask(CancelTaskRequest.builder().taskId(Fixtures.DLC_TASK_ID).build()).requestId();
    }

    @Override
    public void close() {
        client.close();
    }
}
