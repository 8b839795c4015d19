package io.github.canceltask.core.auth;

/** A provider that always answers the same credentials. */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final Credentials credentials;

    private StaticCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * @param credentials the credentials to answer
     * @return a provider of exactly these credentials
     */
    public static StaticCredentialsProvider create(Credentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials must not be null");
        }
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * @param id the access key id
     * @param secret the access key secret
     * @return a provider of long-term credentials
     */
    public static StaticCredentialsProvider of(String id, String secret) {
        return new StaticCredentialsProvider(Credentials.of(id, secret));
    }

    /**
     * @param id the access key id
     * @param secret the access key secret
     * @param sessionToken the STS token
     * @return a provider of temporary credentials
     */
    public static StaticCredentialsProvider of(String id, String secret, String sessionToken) {
        return new StaticCredentialsProvider(Credentials.of(id, secret, sessionToken));
    }

    @Override
    public Credentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
    }
}
