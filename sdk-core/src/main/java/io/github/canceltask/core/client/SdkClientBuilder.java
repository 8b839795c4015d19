package io.github.canceltask.core.client;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The options every client has. A builder is not thread-safe; the client it builds is.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public interface SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
    /**
     * @param region the region, e.g. {@code cn-hangzhou} or {@code ap-guangzhou}; it picks the endpoint and is sent
     *     with every request
     * @return this
     */
    B region(String region);

    /**
     * @param credentialsProvider where credentials come from; the vendor's default chain when not set
     * @return this
     */
    B credentialsProvider(CredentialsProvider credentialsProvider);

    /**
     * @param endpoint scheme, host and optional port to call instead of the region's endpoint, e.g.
     *     {@code http://127.0.0.1:8080}; the only way to use plain HTTP
     * @return this
     */
    B endpointOverride(URI endpoint);

    /**
     * @param timeout how long to wait for a connection; default 5 s
     * @return this
     */
    B connectTimeout(Duration timeout);

    /**
     * @param timeout the most one call may take, every try and every wait between tries included; default 30 s
     * @return this
     */
    B callTimeout(Duration timeout);

    /**
     * @param retryPolicy how failures that are safe to repeat are retried; {@link RetryPolicy#defaults()} when
     *     not set
     * @return this
     */
    B retryPolicy(RetryPolicy retryPolicy);

    /**
     * @param httpClient an OkHttp client to share (its pool, dispatcher and interceptors); the SDK derives its own
     *     settings from it and never shuts it down
     * @return this
     */
    B httpClient(OkHttpClient httpClient);

    /**
     * @param clock the clock that dates signatures; the system clock when not set
     * @return this
     */
    B clock(Clock clock);

    /**
     * @param suffix text appended to the {@code User-Agent} header, e.g. your application's name and version
     * @return this
     */
    B userAgentSuffix(String suffix);

    /**
     * @return the client
     * @throws IllegalArgumentException when an option is invalid, naming it
     */
    C build();
}
