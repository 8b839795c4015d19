package io.github.canceltask.core.internal.client;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Signature nonces: 122 random bits in the UUID form the vendors' documentation shows. A nonce must be unique, not
 * secret (it travels in clear next to the signature), so it comes from {@link ThreadLocalRandom} rather than
 * {@code UUID.randomUUID()}, whose shared {@code SecureRandom} serialises threads that sign at once.
 */
final class Nonces {
    private Nonces() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
