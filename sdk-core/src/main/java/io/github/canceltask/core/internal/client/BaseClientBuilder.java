package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.client.SdkClientBuilder;
import io.github.canceltask.core.internal.validate.Validate;
import io.github.canceltask.core.retry.RateLimit;
import io.github.canceltask.core.retry.RetryPolicy;
import io.github.canceltask.core.signer.Acs3Signer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The one implementation of the common builder options; a product's builder adds only what is its own.
 *
 * @param <B> the product's builder interface
 * @param <C> the product's client interface
 */
public abstract class BaseClientBuilder<B extends SdkClientBuilder<B, C>, C> implements SdkClientBuilder<B, C> {
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final ServiceDescription service;
    private String region;
    private CredentialsProvider credentialsProvider;
    private URI endpointOverride;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private String userAgentSuffix;
    private RateLimit rateLimit;
    private Acs3Signer.Algorithm acs3Algorithm;

    /** @param service the product's service */
    protected BaseClientBuilder(ServiceDescription service) {
        this.service = service;
        this.rateLimit = service.defaultRateLimit();
    }

    @Override
    public B region(String region) {
        this.region = region;
        return self();
    }

    @Override
    public B credentialsProvider(CredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return self();
    }

    @Override
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
        return self();
    }

    @Override
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = requirePositive(timeout, "connectTimeout");
        return self();
    }

    @Override
    public B callTimeout(Duration timeout) {
        this.callTimeout = requirePositive(timeout, "callTimeout");
        return self();
    }

    @Override
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = requireSet(retryPolicy, "retryPolicy");
        return self();
    }

    @Override
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = httpClient;
        return self();
    }

    @Override
    public B clock(Clock clock) {
        this.clock = requireSet(clock, "clock");
        return self();
    }

    @Override
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = Validate.requirePrintableAscii("userAgentSuffix", suffix, 256);
        return self();
    }

    /**
     * Sets the pacing; part of the public builder of products whose service documents a rate limit.
     *
     * @param limit the pacing
     * @return this
     */
    public B rateLimit(RateLimit limit) {
        this.rateLimit = requireSet(limit, "rateLimit");
        return self();
    }

    /**
     * Signs with Alibaba Cloud's V3 signature instead of the classic one; part of the public builder of Alibaba
     * products.
     *
     * @param algorithm the V3 algorithm, or null for the classic signature
     * @return this
     */
    public B acs3Signing(Acs3Signer.Algorithm algorithm) {
        this.acs3Algorithm = algorithm;
        return self();
    }

    @Override
    public final C build() {
        String resolvedRegion = region != null ? Regions.requireWellFormed("region", region) : service.defaultRegion();
        if (resolvedRegion == null) {
            throw new IllegalArgumentException("region is required for " + service.name());
        }
        Regions.requireKnown("region", resolvedRegion, service.knownRegions(), service.name());
        HttpUrl endpoint = endpointOverride != null
                ? endpointFrom(endpointOverride)
                : new HttpUrl.Builder().scheme("https").host(endpointHost(resolvedRegion)).build();
        CredentialsProvider credentials = credentialsProvider != null
                ? credentialsProvider : service.defaultCredentials().get();
        ClientConfiguration configuration = new ClientConfiguration(resolvedRegion, credentials, endpoint,
                connectTimeout, callTimeout, retryPolicy, httpClient, clock, UserAgent.of(userAgentSuffix), rateLimit,
                acs3Algorithm);
        return build(new ClientRuntime(service, configuration));
    }

    /**
     * @param region a well-formed region
     * @return the host to call when no endpoint is overridden; the service's rule unless a product option changes it
     */
    protected String endpointHost(String region) {
        return service.endpointHost().apply(region);
    }

    /**
     * @param runtime the configured runtime the client sends through
     * @return the product's client
     */
    protected abstract C build(ClientRuntime runtime);

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private static HttpUrl endpointFrom(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("endpointOverride must start with https:// or http://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpointOverride must not hold user info");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpointOverride must name a host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("endpointOverride must be scheme, host and port only, without path, "
                    + "query or fragment");
        }
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new IllegalArgumentException("endpointOverride is not a valid URL");
        }
        return url;
    }

    private static Duration requirePositive(Duration d, String field) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
        return d;
    }

    private static <T> T requireSet(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }
}
