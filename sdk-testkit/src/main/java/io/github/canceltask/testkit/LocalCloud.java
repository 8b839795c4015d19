package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import mockwebserver3.MockWebServer;

/**
 * An in-process emulator of the four CancelTask APIs (Alibaba Cloud ECS, Domain and Elasticsearch, Tencent Cloud DLC)
 * on one loopback port, so code that cancels tasks is tested with no account and no network.
 *
 * <p>It checks every request as the real service would and answers with the vendor's own codes and body shapes:
 * Alibaba Cloud errors as {@code {"RequestId","HostId","Code","Message","Recommend"}} with the HTTP status, Tencent
 * Cloud errors as HTTP 200 {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}. Request ids are fresh UUIDs
 * (upper-case for Alibaba Cloud, lower-case for Tencent Cloud). Every answer carries a {@code Date} header from the
 * emulator's clock, from which SDKs learn their clock skew.
 * <ul>
 *   <li>Signatures are recomputed with the SDK's own signers from what arrived: RPC (HMAC-SHA1 over the query and
 *   form parameters, decoded as the gateway decodes them), ROA (the received {@code Accept}, {@code Content-MD5},
 *   {@code Content-Type}, {@code Date}, {@code x-acs-*} headers, raw path and decoded query) and TC3-HMAC-SHA256 (the
 *   headers the {@code Authorization} header lists, credential scope service {@code dlc}). A wrong signature is
 *   {@code SignatureDoesNotMatch} (400, telling the server's string to sign) / {@code AuthFailure.SignatureFailure};
 *   an unknown key id {@code InvalidAccessKeyId.NotFound} (404) / {@code AuthFailure.SecretIdNotFound}.</li>
 *   <li>Common parameters: a missing one is {@code MissingParameter} (both vendors); a wrong version
 *   {@code InvalidParameter} (Alibaba Cloud) / {@code NoSuchVersion} (Tencent Cloud).</li>
 *   <li>Time: 15 minutes either way for Alibaba Cloud ({@code InvalidTimeStamp.Expired}, 400), 5 minutes for Tencent
 *   Cloud ({@code AuthFailure.SignatureExpire}).</li>
 *   <li>Replay: a reused Alibaba Cloud signature nonce is {@code SignatureNonceUsed} (400).</li>
 *   <li>STS: the {@link #stsCredentials() STS pair} needs its token ({@code SecurityToken},
 *   {@code x-acs-security-token}, {@code X-TC-Token}); without it, or with another, the answer is
 *   {@code InvalidSecurityToken.MismatchWithAccessKey} (400) / {@code AuthFailure.TokenFailure}.</li>
 *   <li>Tasks: canceling a {@link TaskState#RUNNING} task moves it to {@link TaskState#CANCELED} and answers the
 *   documented success body. An unknown id is ECS {@code InvalidTaskId.NotFound} (400), Domain
 *   {@code InvalidTaskNo.NotFound} (400), Elasticsearch {@code InstanceNotFound} (400), DLC
 *   {@code InvalidParameter.InvalidTaskId}. A task no longer running is ECS {@code InvalidTaskId.IncorrectTaskStatus}
 *   (403), Domain {@code InvalidTaskNo.IncorrectTaskStatus} (403), Elasticsearch {@code Result:false}, DLC
 *   {@code InvalidParameter.TaskAlreadyFinished}. Domain's page documents no codes: its two are this emulator's
 *   choice. An Elasticsearch {@code clientToken} repeated on the same instance answers the first call's
 *   {@code Result} again.</li>
 * </ul>
 *
 * <p>Requests are routed on the one port: a request with {@code X-TC-Action} goes to DLC, {@code POST
 * /openapi/instances/{id}/actions/cancel-task} to Elasticsearch, {@code /} with the RPC parameter {@code Version}
 * 2014-05-26 to ECS and 2018-01-29 to Domain.
 *
 * <pre>{@code
 * try (LocalCloud cloud = LocalCloud.start()) {
 *     cloud.ecs().addTask("t-1", TaskState.RUNNING);
 *     try (EcsClient ecs = EcsClient.builder().region("cn-hangzhou")
 *             .credentialsProvider(cloud.credentials()).endpointOverride(cloud.endpoint()).build()) {
 *         ecs.cancelTask(CancelTaskRequest.builder().taskId("t-1").build());
 *     }
 *     assert cloud.ecs().state("t-1") == TaskState.CANCELED;
 * }
 * }</pre>
 *
 * <p>Thread-safe: tasks, faults and {@link #requests()} may be used from the test thread while clients call.
 */
public final class LocalCloud implements AutoCloseable {
    private final MockWebServer server;
    private final CloudDispatcher dispatcher;
    private final ServiceState ecs = new ServiceState("ecs");
    private final ServiceState domain = new ServiceState("domain");
    private final ServiceState elasticsearch = new ServiceState("elasticsearch");
    private final ServiceState dlc = new ServiceState("dlc");
    private final Credentials longTermKey;
    private final Credentials stsKey;

    private LocalCloud(Builder builder) {
        longTermKey = Credentials.of("LocalCloudAccessKey", randomHex(16));
        stsKey = Credentials.of("STS.LocalCloudAccessKey", randomHex(16), "LocalCloudToken" + randomHex(24));
        Accounts accounts = new Accounts();
        accounts.add(longTermKey);
        accounts.add(stsKey);
        builder.extraCredentials.forEach(accounts::add);
        Clock clock = builder.clock;
        dispatcher = new CloudDispatcher(clock, new EcsApi(ecs, clock, accounts), new DomainApi(domain, clock, accounts),
                new ElasticsearchApi(elasticsearch, clock, accounts),
                new DlcApi(dlc, builder.dlcRequestsPerSecond, clock, accounts), new UnroutableApi(clock, accounts));
        server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        try {
            server.start(InetAddress.getByName("127.0.0.1"), builder.port);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException("LocalCloud could not listen on 127.0.0.1:" + builder.port, e);
        }
    }

    /**
     * Starts an emulator with the default options: a free port, the system clock, no rate limit.
     *
     * @return the running emulator; close it when done
     */
    public static LocalCloud start() {
        return builder().start();
    }

    /** @return a builder for an emulator with options (extra credentials, clock, port, DLC rate limit) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return where all four APIs listen: {@code http://127.0.0.1:<port>}, for {@code endpointOverride} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** @return a long-term key pair (no token) every API accepts */
    public CredentialsProvider credentials() {
        return StaticCredentialsProvider.create(longTermKey);
    }

    /** @return an STS key pair with its session token; the APIs refuse this pair when the token is not sent */
    public CredentialsProvider stsCredentials() {
        return StaticCredentialsProvider.create(stsKey);
    }

    /** @return ECS's tasks */
    public ServiceState ecs() {
        return ecs;
    }

    /** @return Domain's tasks, by TaskNo */
    public ServiceState domain() {
        return domain;
    }

    /** @return Elasticsearch's data migrations, by instance id */
    public ServiceState elasticsearch() {
        return elasticsearch;
    }

    /** @return DLC's tasks */
    public ServiceState dlc() {
        return dlc;
    }

    /** @return every call received so far, in arrival order; an immutable snapshot */
    public List<RecordedCall> requests() {
        return dispatcher.calls();
    }

    /** Forgets the calls received so far; {@link #requests()} starts empty again. Tasks are kept. */
    public void clearRequests() {
        dispatcher.clearCalls();
    }

    /**
     * Answers the next {@code n} calls with the vendor's throttling error: Alibaba Cloud 400 {@code Throttling},
     * Tencent Cloud {@code RequestLimitExceeded}. Faults queue in the order they are set; each call takes one.
     *
     * @param n how many calls
     * @return this
     */
    public LocalCloud throttleNext(int n) {
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.THROTTLE, 0, -1, Duration.ZERO));
        return this;
    }

    /**
     * Answers the next {@code n} calls with a server failure in the vendor's shape: Alibaba Cloud
     * {@code InternalError} for 500, {@code ServiceUnavailable} for any other status; Tencent Cloud
     * {@code InternalError}, with this status.
     *
     * @param n how many calls
     * @param httpStatus a 5xx status
     * @return this
     */
    public LocalCloud failNext(int n, int httpStatus) {
        if (httpStatus < 500 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be a 5xx status: " + httpStatus);
        }
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.SERVER_ERROR, httpStatus, -1, Duration.ZERO));
        return this;
    }

    /**
     * Answers the next {@code n} calls with 503 {@code ServiceUnavailable} (Tencent Cloud: {@code InternalError}) and
     * {@code Retry-After: <seconds>}.
     *
     * @param n how many calls
     * @param seconds the {@code Retry-After} value
     * @return this
     */
    public LocalCloud failNextWithRetryAfter(int n, int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative: " + seconds);
        }
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.SERVER_ERROR, 503, seconds, Duration.ZERO));
        return this;
    }

    /**
     * Answers the next {@code n} calls normally, but only after {@code delay} (the request is processed first).
     *
     * @param n how many calls
     * @param delay how long to hold each answer
     * @return this
     */
    public LocalCloud delayNext(int n, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.DELAY, 0, -1, delay));
        return this;
    }

    /**
     * Closes the connection of the next {@code n} calls without answering and without processing them: the request
     * never reached the service. Recorded with {@link RecordedCall#answered()} false and status 0.
     *
     * @param n how many calls
     * @return this
     */
    public LocalCloud dropNext(int n) {
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.DROP, 0, -1, Duration.ZERO));
        return this;
    }

    /**
     * Processes the next {@code n} calls (a cancel takes effect) and then closes the connection instead of answering:
     * the answer was lost on its way back, the case that makes retries of non-idempotent calls dangerous. Recorded
     * with the answer it would have given and {@link RecordedCall#answered()} false.
     *
     * @param n how many calls
     * @return this
     */
    public LocalCloud loseAnswerNext(int n) {
        dispatcher.faults().add(n, new Faults.Fault(Faults.Kind.LOSE_ANSWER, 0, -1, Duration.ZERO));
        return this;
    }

    /**
     * Forgets every queued fault.
     *
     * @return this
     */
    public LocalCloud clearFaults() {
        dispatcher.faults().clear();
        return this;
    }

    /** Stops listening and closes open connections. Calling it twice is harmless. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "LocalCloud{endpoint=" + endpoint() + "}";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Options of a {@link LocalCloud}. Not thread-safe. */
    public static final class Builder {
        private final List<Credentials> extraCredentials = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private int port;
        private int dlcRequestsPerSecond;

        private Builder() {
        }

        /**
         * Accepts one more key pair, besides {@link LocalCloud#credentials()} and {@link LocalCloud#stsCredentials()};
         * e.g. the fixed pair of a recorded request. A pair with a session token is an STS pair: calls must send the
         * token.
         *
         * @param credentials the pair
         * @return this
         */
        public Builder addCredentials(Credentials credentials) {
            extraCredentials.add(Objects.requireNonNull(credentials, "credentials"));
            return this;
        }

        /**
         * @param clock the service's time: request times are checked against it and every answer's {@code Date}
         *     header shows it; the system clock when not set
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param port the port to listen on; 0 (the default) picks a free one
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Limits DLC's authenticated calls per second (over a sliding second of real time), answering
         * {@code RequestLimitExceeded} beyond it, as DLC does past its documented 20 a second. Off by default.
         *
         * @param perSecond the limit; 0 turns it off
         * @return this
         */
        public Builder dlcRateLimit(int perSecond) {
            if (perSecond < 0) {
                throw new IllegalArgumentException("perSecond must not be negative: " + perSecond);
            }
            this.dlcRequestsPerSecond = perSecond;
            return this;
        }

        /**
         * @return the running emulator
         * @throws UncheckedIOException when the port cannot be bound
         */
        public LocalCloud start() {
            return new LocalCloud(this);
        }
    }
}
