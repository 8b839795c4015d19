package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.Acs3Signer;
import java.time.Instant;
import okhttp3.HttpUrl;

/**
 * What one try is signed with: fresh time and nonce on every try.
 *
 * @param endpoint scheme, host and port to call
 * @param region the client's region
 * @param credentials who signs
 * @param time the signing time (clock plus any learned skew)
 * @param nonce a value never used before
 * @param userAgent the {@code User-Agent} header
 * @param acs3Algorithm for Alibaba Cloud, the V3 algorithm to sign with instead of the classic one; null for classic
 */
public record SigningContext(HttpUrl endpoint, String region, Credentials credentials, Instant time, String nonce,
                             String userAgent, Acs3Signer.Algorithm acs3Algorithm) {
    /** @return the {@code Host} header OkHttp sends for the endpoint: the host, and the port when not the default */
    public String hostHeader() {
        String host = endpoint.host().contains(":") ? "[" + endpoint.host() + "]" : endpoint.host();
        return endpoint.port() == HttpUrl.defaultPort(endpoint.scheme()) ? host : host + ":" + endpoint.port();
    }

    @Override
    public String toString() {
        return "SigningContext{endpoint=" + endpoint + ", region=" + region + ", time=" + time + "}";
    }
}
