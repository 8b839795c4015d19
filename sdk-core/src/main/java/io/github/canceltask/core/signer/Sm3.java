package io.github.canceltask.core.signer;

/**
 * SM3 for {@code ACS3-HMAC-SM3}. BouncyCastle is an optional dependency: this class checks for it, and only
 * {@link BouncyCastleSm3} names its types, so that class is loaded (and verified) only once BouncyCastle is known
 * to be there.
 */
final class Sm3 {
    private static final boolean AVAILABLE = isAvailable();

    private Sm3() {
    }

    static byte[] hash(byte[] data) {
        requireBouncyCastle();
        return BouncyCastleSm3.hash(data);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        requireBouncyCastle();
        return BouncyCastleSm3.hmac(key, data);
    }

    private static void requireBouncyCastle() {
        if (!AVAILABLE) {
            throw new IllegalStateException("ACS3-HMAC-SM3 needs BouncyCastle, which is not on the classpath: "
                    + "add the dependency org.bouncycastle:bcprov-jdk18on to your project");
        }
    }

    private static boolean isAvailable() {
        try {
            Class.forName("org.bouncycastle.crypto.digests.SM3Digest", false, Sm3.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
