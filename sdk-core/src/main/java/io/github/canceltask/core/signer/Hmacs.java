package io.github.canceltask.core.signer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC and digest primitives from the JDK. {@code Mac} and {@code MessageDigest} instances are costly to look up and
 * not thread-safe, so each thread keeps one of each.
 */
final class Hmacs {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<Mac> SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<KeyedMac> SHA1_BY_KEY =
            ThreadLocal.withInitial(() -> new KeyedMac(mac("HmacSHA1")));
    private static final ThreadLocal<KeyedMac> SHA256_BY_KEY =
            ThreadLocal.withInitial(() -> new KeyedMac(mac("HmacSHA256")));
    private static final ThreadLocal<MessageDigest> SHA256_DIGEST = ThreadLocal.withInitial(() -> digest("SHA-256"));

    private Hmacs() {
    }

    /**
     * HMAC-SHA1 keyed with the UTF-8 bytes of {@code secret + keySuffix}. Each thread keeps its MAC initialised with
     * the last key, so signing again with the same secret skips the key setup.
     */
    static byte[] hmacSha1(String secret, String keySuffix, ByteText data) {
        Mac mac = SHA1_BY_KEY.get().initialisedFor(secret, keySuffix);
        mac.update(data.buffer(), 0, data.length());
        return mac.doFinal();
    }

    /**
     * HMAC-SHA256 with a key array that the caller keeps (a derived signing key); each thread keeps its MAC
     * initialised with the last one.
     */
    static byte[] hmacSha256WithCachedKey(byte[] key, byte[] data) {
        return SHA256_BY_KEY.get().initialisedFor(key, "").doFinal(data);
    }

    static byte[] hmacSha256(byte[] key, String data) {
        return doFinal(SHA256.get(), "HmacSHA256", key, data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] data) {
        return SHA256_DIGEST.get().digest(data);
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] doFinal(Mac mac, String algorithm, byte[] key, byte[] data) {
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " refused the key", e);
        }
        return mac.doFinal(data);
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }

    /**
     * A MAC and the key it was last initialised with: a secret (plus a suffix) compared by value, or a derived key
     * array compared by identity (the signer caches the array itself).
     */
    private static final class KeyedMac {
        private final Mac mac;
        private Object keySource;
        private String keySuffix;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }

        Mac initialisedFor(Object newKeySource, String newKeySuffix) {
            if (!newKeySource.equals(keySource) || !newKeySuffix.equals(keySuffix)) {
                byte[] key = newKeySource instanceof byte[] bytes ? bytes
                        : (newKeySource + newKeySuffix).getBytes(StandardCharsets.UTF_8);
                try {
                    mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(mac.getAlgorithm() + " refused the key", e);
                }
                keySource = newKeySource;
                keySuffix = newKeySuffix;
            }
            return mac;
        }
    }
}
