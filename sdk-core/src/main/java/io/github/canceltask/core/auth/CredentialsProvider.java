package io.github.canceltask.core.auth;

/**
 * Supplies the credentials that sign a request. Called once per try, so an implementation may rotate keys.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * @return the credentials to sign with
     * @throws io.github.canceltask.core.exception.SdkClientException when none can be found
     */
    Credentials resolveCredentials();
}
