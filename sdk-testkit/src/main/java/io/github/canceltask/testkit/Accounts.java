package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key pairs the emulator accepts (a pair with a session token is an STS pair: the token must come with it) and
 * the signature nonces already used. Thread-safe.
 */
final class Accounts {
    /** Nonces older than this are forgotten: a request that old is refused for its time anyway. */
    private static final Duration NONCE_MEMORY = Duration.ofMinutes(30);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Credentials> byId = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedNonces = new ConcurrentHashMap<>();

    void add(Credentials credentials) {
        byId.put(credentials.id(), credentials);
    }

    /** @return the pair with this id, or null */
    Credentials find(String id) {
        return id == null ? null : byId.get(id);
    }

    /**
     * Records a nonce.
     *
     * @param keyId the access key id that signed it (nonces are per account)
     * @param nonce the nonce
     * @param now the emulator's time
     * @return false when it was used before
     */
    boolean useNonce(String keyId, String nonce, Instant now) {
        if (usedNonces.size() > PRUNE_ABOVE) {
            Instant oldest = now.minus(NONCE_MEMORY);
            usedNonces.values().removeIf(seen -> seen.isBefore(oldest));
        }
        return usedNonces.putIfAbsent(keyId + "\n" + nonce, now) == null;
    }
}
