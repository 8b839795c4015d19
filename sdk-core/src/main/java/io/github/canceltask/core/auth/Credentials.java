package io.github.canceltask.core.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An access key pair, optionally with a session (STS) token. Immutable and thread-safe.
 *
 * <p>{@link #toString()} shows the key id only; the secret and the token never leave this object through it.
 */
public final class Credentials {
    private final String id;
    private final String secret;
    private final String sessionToken;

    private Credentials(String id, String secret, String sessionToken) {
        this.id = requireText(id, "id");
        this.secret = requireText(secret, "secret");
        this.sessionToken = sessionToken == null || sessionToken.isEmpty() ? null : sessionToken;
    }

    /**
     * Long-term credentials.
     *
     * @param id the access key id (Alibaba {@code AccessKeyId}, Tencent {@code SecretId})
     * @param secret the access key secret (Alibaba {@code AccessKeySecret}, Tencent {@code SecretKey})
     * @return the credentials
     * @throws IllegalArgumentException when either value is null or blank
     */
    public static Credentials of(String id, String secret) {
        return new Credentials(id, secret, null);
    }

    /**
     * Temporary credentials with a session token; a null or empty token means none.
     *
     * @param id the access key id
     * @param secret the access key secret
     * @param sessionToken the STS token, or null
     * @return the credentials
     * @throws IllegalArgumentException when the id or the secret is null or blank
     */
    public static Credentials of(String id, String secret, String sessionToken) {
        return new Credentials(id, secret, sessionToken);
    }

    /** @return the access key id */
    public String id() {
        return id;
    }

    /** @return the access key secret */
    public String secret() {
        return secret;
    }

    /** @return the session token, empty for long-term credentials */
    public Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credentials " + field + " must not be null or blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials other
                && id.equals(other.id)
                && secret.equals(other.secret)
                && Objects.equals(sessionToken, other.sessionToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, secret, sessionToken);
    }

    @Override
    public String toString() {
        return "Credentials{id=" + id + ", secret=***" + (sessionToken == null ? "" : ", sessionToken=***") + "}";
    }
}
