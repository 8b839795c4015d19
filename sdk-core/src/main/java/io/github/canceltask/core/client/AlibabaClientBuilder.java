package io.github.canceltask.core.client;

import io.github.canceltask.core.signer.Acs3Signer;

/**
 * The options of an Alibaba Cloud client.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public interface AlibabaClientBuilder<B extends AlibabaClientBuilder<B, C>, C> extends SdkClientBuilder<B, C> {
    /**
     * Signs with Alibaba Cloud's signature V3 ({@code ACS3-HMAC-SHA256}, or {@code ACS3-HMAC-SM3} with BouncyCastle
     * on the classpath) instead of the classic HMAC-SHA1 signature the official SDKs send by default.
     *
     * @param algorithm the V3 algorithm, or null for the classic signature (the default)
     * @return this
     */
    B acs3Signing(Acs3Signer.Algorithm algorithm);
}
