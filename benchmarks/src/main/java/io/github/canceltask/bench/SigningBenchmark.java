package io.github.canceltask.bench;

import com.aliyuncs.http.MethodType;
import io.github.canceltask.bench.official.classic.ClassicSigning;
import io.github.canceltask.bench.support.Fixtures;
import io.github.canceltask.bench.support.IsolatedSdk;
import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.RoaSigner;
import io.github.canceltask.core.signer.RpcSigner;
import io.github.canceltask.core.signer.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Signing one request, alone: ours against the official SDK's signing path against the floor.
 *
 * <ul>
 *   <li>{@code rpc*}: ECS CancelTask, Alibaba RPC signature v1 (HMAC-SHA1) over all 10 parameters.
 *       Official: classic {@code RpcSignatureComposer} + {@code HmacSHA1Signer}.</li>
 *   <li>{@code roa*}: Elasticsearch CancelTask, Alibaba ROA (HMAC-SHA1), {@code Authorization: acs id:sig}.
 *       Official: the tea path of {@code elasticsearch20170613} ({@code openapiutil} {@code getStringToSign} +
 *       {@code getROASignature}); also the classic {@code RoaSignatureComposer} path.</li>
 *   <li>{@code tc3*}: DLC CancelTask, TC3-HMAC-SHA256. Official: {@code AbstractClient#getAuthorization}.</li>
 *   <li>{@code *BareHmac}: the floor, {@code Mac.doFinal} over the same string to sign (bytes precomputed, {@code Mac}
 *       initialised once; for TC3 with the derived signing key).</li>
 *   <li>{@code tc3CryptoFloor}: what TC3 cannot avoid even with a cached derived key: SHA-256 of the body, SHA-256 of
 *       the canonical request, one HMAC-SHA256 (bytes precomputed).</li>
 * </ul>
 * Inputs are fixed (timestamp, nonce), so every variant signs the same bytes; the setup checks that all variants
 * produce the same signature.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SigningBenchmark {

    static final String ROA_PATH = "/openapi/instances/" + Fixtures.ES_INSTANCE_ID + "/actions/cancel-task";

    // RPC
    Map<String, String> rpcParams;
    byte[] rpcStringToSign;
    Mac rpcMac;
    ClassicSigning classic;

    // ROA
    Map<String, String> roaQuery;
    Map<String, String> roaHeadersLower;
    Map<String, String> roaHeadersClassic;
    byte[] roaStringToSign;
    Mac roaMac;
    Callable<String> teaRoa;

    // TC3
    Tc3Signer tc3Signer;
    Credentials tencentCredentials;
    Credentials alibabaCredentials;
    Callable<String> tencentTc3;
    byte[] tc3Body;
    byte[] tc3CanonicalRequest;
    byte[] tc3StringToSign;
    Mac tc3Mac;
    MessageDigest sha256;

    @Setup
    public void setup() throws Exception {
        classic = new ClassicSigning();

        // ---- RPC: the parameters the classic SDK sends for ECS CancelTask
        rpcParams = new HashMap<>();
        rpcParams.put("Action", "CancelTask");
        rpcParams.put("Version", "2014-05-26");
        rpcParams.put("Format", "JSON");
        rpcParams.put("AccessKeyId", Fixtures.ACCESS_KEY_ID);
        rpcParams.put("SignatureMethod", "HMAC-SHA1");
        rpcParams.put("SignatureVersion", "1.0");
        rpcParams.put("SignatureNonce", Fixtures.RPC_NONCE);
        rpcParams.put("Timestamp", Fixtures.RPC_TIMESTAMP);
        rpcParams.put("RegionId", Fixtures.ALIBABA_REGION);
        rpcParams.put("TaskId", Fixtures.ECS_TASK_ID);
        String rpcSts = classic.rpcStringToSign(MethodType.POST, rpcParams);
        rpcStringToSign = rpcSts.getBytes(StandardCharsets.UTF_8);
        rpcMac = mac("HmacSHA1", (Fixtures.ACCESS_KEY_SECRET + "&").getBytes(StandardCharsets.UTF_8));
        String rpcExpected = Base64.getEncoder().encodeToString(rpcMac.doFinal(rpcStringToSign));
        check("RPC classic", rpcExpected, classic.rpcSignature(MethodType.POST, rpcParams, Fixtures.ACCESS_KEY_SECRET));
        check("RPC ours string to sign", rpcSts, RpcSigner.stringToSign("POST", rpcParams));
        check("RPC ours", rpcExpected, RpcSigner.signature("POST", rpcParams, Fixtures.ACCESS_KEY_SECRET));

        // ---- ROA: the request tea's doROARequest signs for ES CancelTask (with a client token)
        roaQuery = new HashMap<>();
        roaQuery.put("taskType", Fixtures.ES_TASK_TYPE);
        roaQuery.put("clientToken", Fixtures.ROA_CLIENT_TOKEN);
        roaHeadersLower = new HashMap<>();
        roaHeadersLower.put("accept", "application/json");
        roaHeadersLower.put("date", Fixtures.ROA_DATE);
        roaHeadersLower.put("x-acs-signature-nonce", Fixtures.ROA_NONCE);
        roaHeadersLower.put("x-acs-signature-method", "HMAC-SHA1");
        roaHeadersLower.put("x-acs-signature-version", "1.0");
        roaHeadersLower.put("x-acs-version", "2017-06-13");
        roaHeadersLower.put("x-acs-action", "CancelTask");
        roaHeadersClassic = new HashMap<>(roaHeadersLower);
        roaHeadersClassic.remove("accept");
        roaHeadersClassic.remove("date");
        roaHeadersClassic.put("Accept", "application/json");
        roaHeadersClassic.put("Date", Fixtures.ROA_DATE);
        teaRoa = IsolatedSdk.tea().newCallable("io.github.canceltask.bench.official.tea.TeaRoaSigning");
        String roaSts = (String) teaRoa.getClass().getMethod("stringToSign").invoke(teaRoa);
        roaStringToSign = roaSts.getBytes(StandardCharsets.UTF_8);
        roaMac = mac("HmacSHA1", Fixtures.ACCESS_KEY_SECRET.getBytes(StandardCharsets.UTF_8));
        String roaExpected = "acs " + Fixtures.ACCESS_KEY_ID + ":"
                + Base64.getEncoder().encodeToString(roaMac.doFinal(roaStringToSign));
        check("ROA tea", roaExpected, teaRoa.call());
        alibabaCredentials = Credentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET);
        check("ROA ours string to sign", roaSts, RoaSigner.stringToSign("POST", ROA_PATH, roaQuery, roaHeadersLower));
        check("ROA ours", roaExpected,
                RoaSigner.authorization("POST", ROA_PATH, roaQuery, roaHeadersLower, alibabaCredentials));
        check("ROA classic string to sign", roaSts,
                classic.roaStringToSign(MethodType.POST, ROA_PATH, roaQuery, roaHeadersClassic));
        check("ROA classic", roaExpected, classic.roaAuthorization(MethodType.POST, ROA_PATH, roaQuery,
                roaHeadersClassic, Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET));

        // ---- TC3: DLC CancelTask body, host dlc.tencentcloudapi.com, fixed timestamp
        sha256 = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        tc3Body = Fixtures.DLC_BODY.getBytes(StandardCharsets.UTF_8);
        String canonicalRequest = "POST\n/\n\ncontent-type:" + Fixtures.DLC_CONTENT_TYPE + "\nhost:" + Fixtures.DLC_HOST
                + "\n\ncontent-type;host\n" + hex.formatHex(sha256.digest(tc3Body));
        tc3CanonicalRequest = canonicalRequest.getBytes(StandardCharsets.UTF_8);
        String date = java.time.LocalDate.ofInstant(java.time.Instant.ofEpochSecond(Fixtures.TC3_TIMESTAMP),
                java.time.ZoneOffset.UTC).toString();
        String scope = date + "/dlc/tc3_request";
        String sts = "TC3-HMAC-SHA256\n" + Fixtures.TC3_TIMESTAMP + "\n" + scope + "\n"
                + hex.formatHex(sha256.digest(tc3CanonicalRequest));
        tc3StringToSign = sts.getBytes(StandardCharsets.UTF_8);
        byte[] kDate = mac("HmacSHA256", ("TC3" + Fixtures.TENCENT_SECRET_KEY).getBytes(StandardCharsets.UTF_8))
                .doFinal(date.getBytes(StandardCharsets.UTF_8));
        byte[] kService = mac("HmacSHA256", kDate).doFinal("dlc".getBytes(StandardCharsets.UTF_8));
        byte[] kSigning = mac("HmacSHA256", kService).doFinal("tc3_request".getBytes(StandardCharsets.UTF_8));
        tc3Mac = mac("HmacSHA256", kSigning);
        String tc3Expected = "TC3-HMAC-SHA256 Credential=" + Fixtures.TENCENT_SECRET_ID + "/" + scope
                + ", SignedHeaders=content-type;host, Signature=" + hex.formatHex(tc3Mac.doFinal(tc3StringToSign));
        tencentTc3 = IsolatedSdk.tencent().newCallable("io.github.canceltask.bench.official.tencent.TencentTc3Signing");
        check("TC3 Tencent", tc3Expected, tencentTc3.call());
        tc3Signer = new Tc3Signer();
        tencentCredentials = Credentials.of(Fixtures.TENCENT_SECRET_ID, Fixtures.TENCENT_SECRET_KEY);
        check("TC3 ours", tc3Expected, tc3Ours());
    }

    static Mac mac(String algorithm, byte[] key) throws GeneralSecurityException {
        Mac m = Mac.getInstance(algorithm);
        m.init(new SecretKeySpec(key, algorithm));
        return m;
    }

    static void check(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    // ------------------------------------------------------------------ RPC

    @Benchmark
    public String rpcOurs() {
        return RpcSigner.signature("POST", rpcParams, Fixtures.ACCESS_KEY_SECRET);
    }

    @Benchmark
    public String rpcOfficialClassic() {
        return classic.rpcSignature(MethodType.POST, rpcParams, Fixtures.ACCESS_KEY_SECRET);
    }

    @Benchmark
    public byte[] rpcBareHmac() {
        return rpcMac.doFinal(rpcStringToSign);
    }

    // ------------------------------------------------------------------ ROA

    @Benchmark
    public String roaOurs() {
        return RoaSigner.authorization("POST", ROA_PATH, roaQuery, roaHeadersLower, alibabaCredentials);
    }

    @Benchmark
    public String roaOfficialTea() throws Exception {
        return teaRoa.call();
    }

    @Benchmark
    public String roaOfficialClassic() {
        return classic.roaAuthorization(MethodType.POST, ROA_PATH, roaQuery, roaHeadersClassic,
                Fixtures.ACCESS_KEY_ID, Fixtures.ACCESS_KEY_SECRET);
    }

    @Benchmark
    public byte[] roaBareHmac() {
        return roaMac.doFinal(roaStringToSign);
    }

    // ------------------------------------------------------------------ TC3

    @Benchmark
    public String tc3Ours() {
        return tc3Signer.authorization(tencentCredentials, "dlc", Fixtures.DLC_HOST, Fixtures.DLC_CONTENT_TYPE,
                tc3Body, Fixtures.TC3_TIMESTAMP);
    }

    @Benchmark
    public String tc3Official() throws Exception {
        return tencentTc3.call();
    }

    @Benchmark
    public byte[] tc3BareHmac() {
        return tc3Mac.doFinal(tc3StringToSign);
    }

    @Benchmark
    public void tc3CryptoFloor(Blackhole bh) {
        bh.consume(sha256.digest(tc3Body));
        bh.consume(sha256.digest(tc3CanonicalRequest));
        bh.consume(tc3Mac.doFinal(tc3StringToSign));
    }
}
