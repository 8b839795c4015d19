package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.retry.RateLimit;
import io.github.canceltask.core.retry.RetryPolicy;
import io.github.canceltask.core.signer.Acs3Signer;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A client's resolved, validated options.
 *
 * @param region the region
 * @param credentialsProvider where credentials come from
 * @param endpoint the base URL to call
 * @param connectTimeout the connect timeout
 * @param callTimeout the whole call's deadline, retries included
 * @param retryPolicy the retry policy
 * @param userHttpClient the user's OkHttp client, or null to own one
 * @param clock the signing clock
 * @param userAgent the full {@code User-Agent}
 * @param rateLimit the pacing
 * @param acs3Algorithm Alibaba Cloud V3 signing instead of the classic signature, or null
 */
public record ClientConfiguration(String region, CredentialsProvider credentialsProvider, HttpUrl endpoint,
                                  Duration connectTimeout, Duration callTimeout, RetryPolicy retryPolicy,
                                  OkHttpClient userHttpClient, Clock clock, String userAgent, RateLimit rateLimit,
                                  Acs3Signer.Algorithm acs3Algorithm) {
}
