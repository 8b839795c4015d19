package io.github.canceltask.bench.ours;

import io.github.canceltask.bench.support.Fixtures;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.ecs.CancelTaskRequest;
import io.github.canceltask.ecs.EcsClient;
import java.net.URI;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;

/** Ecs CancelTask through our {@link EcsClient}: one shared client with the defaults, a new request per call. */
public final class OursEcsCancelTask implements Callable<String>, AutoCloseable {

    private final EcsClient client;

    public OursEcsCancelTask(String hostAndPort) {
        EcsClient.Builder builder = EcsClient.builder()
                .region(Fixtures.ALIBABA_REGION)
                .credentialsProvider(StaticCredentialsProvider.of(Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET))
                .endpointOverride(URI.create("http://" + hostAndPort));
        if (Boolean.getBoolean("bench.tls")) {
            // what an https endpoint costs: an OkHttp client with TLS set up (for plain http ours skips TLS)
            builder.httpClient(new OkHttpClient());
        }
        this.client = builder.build();
    }

    @Override
    public String call() {
        return client.cancelTask(CancelTaskRequest.builder().taskId(Fixtures.ECS_TASK_ID).build()).requestId();
    }

    @Override
    public void close() {
        client.close();
    }
}
