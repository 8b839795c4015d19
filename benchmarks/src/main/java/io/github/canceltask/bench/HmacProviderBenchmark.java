package io.github.canceltask.bench;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JCA {@code javax.crypto.Mac} (SunJCE) against BouncyCastle's lightweight {@code HMac} for HMAC-SHA1 and HMAC-SHA256,
 * over inputs of the size of a string to sign (TC3 is about 130 bytes, RPC and ROA 300-450 bytes).
 * <ul>
 *   <li>{@code jca*}: one {@code Mac} per thread, initialised once, {@code doFinal(data)} per op (what a signer that keeps
 *       its {@code Mac} pays);</li>
 *   <li>{@code jca*Fresh}: {@code Mac.getInstance} + {@code init} + {@code doFinal} per op (what the official SDKs pay:
 *       classic {@code HmacSHA1Signer}, tea {@code getROASignature}, Tencent {@code Sign.hmac256});</li>
 *   <li>{@code bc*}: one {@code HMac} per thread, keyed once, {@code update} + {@code doFinal(out, 0)} per op.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class HmacProviderBenchmark {

    @Param({"128", "512"})
    public int size;

    private byte[] data;
    private byte[] key;
    private Mac jcaSha1;
    private Mac jcaSha256;
    private HMac bcSha1;
    private HMac bcSha256;
    private final byte[] out1 = new byte[20];
    private final byte[] out256 = new byte[32];

    @Setup
    public void setup() throws GeneralSecurityException {
        data = new byte[size];
        ThreadLocalRandom.current().nextBytes(data);
        key = "BenchmarkAccessKeySecret0123456789&".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jcaSha1 = Mac.getInstance("HmacSHA1");
        jcaSha1.init(new SecretKeySpec(key, "HmacSHA1"));
        jcaSha256 = Mac.getInstance("HmacSHA256");
        jcaSha256.init(new SecretKeySpec(key, "HmacSHA256"));
        bcSha1 = new HMac(new SHA1Digest());
        bcSha1.init(new KeyParameter(key));
        bcSha256 = new HMac(new SHA256Digest());
        bcSha256.init(new KeyParameter(key));
        // same answers, or the comparison means nothing
        bcSha1.update(data, 0, data.length);
        bcSha1.doFinal(out1, 0);
        bcSha256.update(data, 0, data.length);
        bcSha256.doFinal(out256, 0);
        if (!java.util.Arrays.equals(out1, jcaSha1.doFinal(data))
                || !java.util.Arrays.equals(out256, jcaSha256.doFinal(data))) {
            throw new IllegalStateException("JCA and BouncyCastle disagree");
        }
    }

    @Benchmark
    public byte[] jcaHmacSha1() {
        return jcaSha1.doFinal(data);
    }

    @Benchmark
    public byte[] jcaHmacSha1Fresh() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        return mac.doFinal(data);
    }

    @Benchmark
    public byte[] bcHmacSha1() {
        bcSha1.update(data, 0, data.length);
        bcSha1.doFinal(out1, 0);
        return out1;
    }

    @Benchmark
    public byte[] jcaHmacSha256() {
        return jcaSha256.doFinal(data);
    }

    @Benchmark
    public byte[] jcaHmacSha256Fresh() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    @Benchmark
    public byte[] bcHmacSha256() {
        bcSha256.update(data, 0, data.length);
        bcSha256.doFinal(out256, 0);
        return out256;
    }
}
