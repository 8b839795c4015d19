package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.client.SdkClientBuilder;
import io.github.canceltask.core.retry.RetryPolicy;
import io.github.canceltask.dlc.DlcClient;
import io.github.canceltask.domain.DomainClient;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;

/** The four APIs as a test sees them: their tasks in the emulator, and one cancel through our real SDK client. */
enum Product {
    ECS(RecordedCall.Service.ECS) {
        @Override
        ServiceState tasks(LocalCloud cloud) {
            return cloud.ecs();
        }

        @Override
        Outcome cancel(LocalCloud cloud, String id, Setup setup) {
            try (EcsClient client = setup.apply(EcsClient.builder().region("cn-hangzhou"), cloud).build()) {
                return new Outcome(client.cancelTask(
                        io.github.canceltask.ecs.CancelTaskRequest.builder().taskId(id).build()).requestId(), null);
            }
        }
    },
    DOMAIN(RecordedCall.Service.DOMAIN) {
        @Override
        ServiceState tasks(LocalCloud cloud) {
            return cloud.domain();
        }

        @Override
        Outcome cancel(LocalCloud cloud, String id, Setup setup) {
            try (DomainClient client = setup.apply(DomainClient.builder().region("cn-hangzhou"), cloud).build()) {
                return new Outcome(client.cancelTask(io.github.canceltask.domain.CancelTaskRequest.builder()
                        .taskNo(id).userClientIp("127.0.0.1").lang("en").build()).requestId(), null);
            }
        }
    },
    ELASTICSEARCH(RecordedCall.Service.ELASTICSEARCH) {
        @Override
        ServiceState tasks(LocalCloud cloud) {
            return cloud.elasticsearch();
        }

        @Override
        Outcome cancel(LocalCloud cloud, String id, Setup setup) {
            try (ElasticsearchClient client =
                         setup.apply(ElasticsearchClient.builder().region("cn-hangzhou"), cloud).build()) {
                io.github.canceltask.elasticsearch.CancelTaskResponse response = client.cancelTask(
                        io.github.canceltask.elasticsearch.CancelTaskRequest.builder().instanceId(id).build());
                return new Outcome(response.requestId(), response.result());
            }
        }
    },
    DLC(RecordedCall.Service.DLC) {
        @Override
        ServiceState tasks(LocalCloud cloud) {
            return cloud.dlc();
        }

        @Override
        Outcome cancel(LocalCloud cloud, String id, Setup setup) {
            try (DlcClient client = setup.apply(DlcClient.builder().region("ap-guangzhou"), cloud).build()) {
                return new Outcome(client.cancelTask(
                        io.github.canceltask.dlc.CancelTaskRequest.builder().taskId(id).build()).requestId(), null);
            }
        }
    };

    final RecordedCall.Service service;

    Product(RecordedCall.Service service) {
        this.service = service;
    }

    /** @return the product's tasks in the emulator */
    abstract ServiceState tasks(LocalCloud cloud);

    /** Cancels {@code id} through a fresh client of our SDK pointed at the emulator. */
    abstract Outcome cancel(LocalCloud cloud, String id, Setup setup);

    /** @return true for the three Alibaba Cloud APIs */
    boolean alibaba() {
        return this != DLC;
    }

    /**
     * What a successful cancel returned.
     *
     * @param requestId the response's request id
     * @param result Elasticsearch's {@code Result}, null for the others
     */
    record Outcome(String requestId, Boolean result) {
    }

    /**
     * How the test client is built; null fields keep the client's default (credentials: the emulator's pair).
     *
     * @param credentials the credentials provider
     * @param retryPolicy the retry policy
     * @param clock the signing clock
     * @param callTimeout the whole call's deadline
     */
    record Setup(CredentialsProvider credentials, RetryPolicy retryPolicy, Clock clock, Duration callTimeout) {
        /** Retries with millisecond backoff, so fault tests stay fast. */
        static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
                .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

        static Setup defaults() {
            return new Setup(null, FAST_RETRIES, null, Duration.ofSeconds(10));
        }

        Setup credentials(CredentialsProvider provider) {
            return new Setup(provider, retryPolicy, clock, callTimeout);
        }

        Setup retryPolicy(RetryPolicy policy) {
            return new Setup(credentials, policy, clock, callTimeout);
        }

        Setup clock(Clock signingClock) {
            return new Setup(credentials, retryPolicy, signingClock, callTimeout);
        }

        Setup callTimeout(Duration timeout) {
            return new Setup(credentials, retryPolicy, clock, timeout);
        }

        <B extends SdkClientBuilder<B, C>, C> B apply(B builder, LocalCloud cloud) {
            builder.endpointOverride(cloud.endpoint())
                    .credentialsProvider(credentials != null ? credentials : cloud.credentials())
                    .callTimeout(callTimeout);
            if (retryPolicy != null) {
                builder.retryPolicy(retryPolicy);
            }
            if (clock != null) {
                builder.clock(clock);
            }
            return builder;
        }
    }
}
