package io.github.canceltask.bench.ours;

import io.github.canceltask.bench.support.Fixtures;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.domain.CancelTaskRequest;
import io.github.canceltask.domain.DomainClient;
import java.net.URI;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;

/** Domain CancelTask through our {@link DomainClient}: one shared client with the defaults, a new request per call. */
public final class OursDomainCancelTask implements Callable<String>, AutoCloseable {

    private final DomainClient client;

    public OursDomainCancelTask(String hostAndPort) {
        DomainClient.Builder builder = DomainClient.builder()
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
        return client.cancelTask(CancelTaskRequest.builder().taskNo(Fixtures.DOMAIN_TASK_NO).build()).requestId();
    }

    @Override
    public void close() {
        client.close();
    }
}
