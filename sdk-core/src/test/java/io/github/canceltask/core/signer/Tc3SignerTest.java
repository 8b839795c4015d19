package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.canceltask.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * TC3-HMAC-SHA256. The CVM example (Rev A, B, C) is Tencent's documented "Signature v3" example,
 * https://cloud.tencent.com/document/api/213/30654 (mirrored at https://tencentcloud.com/document/api/1093/35641), with
 * its constants as read in TencentCloud/signature-process-demo and recomputed in /work/shared/notes/tencent.md §1.3.
 * The DLC vectors V1-V5 were computed with the official tencentcloud-sdk-java {@code getAuthorization}
 * (notes/tencent.md §1.4).
 */
class Tc3SignerTest {
    private static final String JSON = "application/json; charset=utf-8";

    // CVM documented example, notes/tencent.md §1.3
    private static final Credentials CVM_KEYS =
            Credentials.of("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******");
    private static final Credentials CVM_MASKED_KEYS =
            Credentials.of("AKID" + "*".repeat(32), "*".repeat(32));
    private static final long CVM_TIME = 1551113065L;
    /** The {@code \u672a} escapes are literal backslash-u text in the documented payload. */
    private static final String CVM_PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    private static final String CVM_PAYLOAD_HASH = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";

    // DLC vectors, notes/tencent.md §1.4
    private static final Credentials DLC_KEYS =
            Credentials.of("AKIDEXAMPLEdlcCancelTask0000000000000", "EXAMPLEdlcSecretKey0123456789abcdef");
    private static final String DLC_HOST = "dlc.tencentcloudapi.com";
    private static final byte[] V1_BODY =
            "{\"TaskId\":\"2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b\"}".getBytes(StandardCharsets.UTF_8);
    /** V2 body: the UTF-8 hex of notes/tencent.md §1.4 V2, which the notes call authoritative (105 bytes). */
    private static final byte[] V2_BODY = HexFormat.of().parseHex(
            "7b225461736b4964223a22e4bbbbe58aa12dc3bc2df09f9880205c2271756f74655c22206261636b5c5c736c617368202f736c"
            + "6173685c747461625c6e6e6c203c6c743e26616d703d2761706f7327205c753030303163746c207f64656c205c7532303238"
            + "6c73227d");
    private static final String V1_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000"
            + "/2023-11-14/dlc/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=62b6bf57a56ad747b9505b73d606d3aca85abcdedac9f9e8c6193edc37b3ec35";
    private static final String V2_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000"
            + "/2023-12-31/dlc/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=e26f05be5a65b06d9dc62a814f3102464a8c357f07b30ace320d07d114f54a47";
    private static final String V3_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKIDtmpSessionEXAMPLE000000000000000"
            + "/2025-01-01/dlc/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=ef1b12efa0dce0b63e7bab2d2af47a9728cb2fd1e2dd270d071befeea1663633";
    private static final String REV_A_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
            + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";

    private final Tc3Signer signer = new Tc3Signer();

    // ---------------------------------------------------------------- documented CVM example

    /** Rev A: SignedHeaders content-type;host, the form the Java SDK signs (notes/tencent.md §1.3 Rev A). */
    @Test
    void revACvmDocumentedExample() {
        byte[] payload = CVM_PAYLOAD.getBytes(StandardCharsets.UTF_8);
        assertEquals(CVM_PAYLOAD_HASH, Tc3Signer.hashPayload(payload));

        String canonicalRequest = "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n" + CVM_PAYLOAD_HASH;
        assertEquals("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", sha256Hex(canonicalRequest));

        String stringToSign = Tc3Signer.stringToSign(CVM_TIME, "2019-02-25/cvm/tc3_request", canonicalRequest);
        assertEquals("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", stringToSign);

        // the documented key chain leads from our string to sign to the documented signature
        byte[] secretDate = hmac(("TC3" + CVM_KEYS.secret()).getBytes(StandardCharsets.UTF_8), "2019-02-25");
        assertEquals("f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e", hex(secretDate));
        byte[] secretService = hmac(secretDate, "cvm");
        assertEquals("e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7", hex(secretService));
        byte[] secretSigning = hmac(secretService, "tc3_request");
        assertEquals("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed", hex(secretSigning));
        assertEquals("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
                hex(hmac(secretSigning, stringToSign)));

        assertEquals(REV_A_AUTHORIZATION,
                signer.authorization(CVM_KEYS, "cvm", "cvm.tencentcloudapi.com", JSON, payload, CVM_TIME));
        assertEquals(REV_A_AUTHORIZATION, signer.authorization(CVM_KEYS, "cvm", "POST", "/", "",
                headers("Content-Type", JSON, "Host", "cvm.tencentcloudapi.com"), CVM_PAYLOAD_HASH, CVM_TIME));
    }

    /** Rev B: same keys, content-type;host;x-tc-action with the action lowercased (notes/tencent.md §1.3 Rev B). */
    @Test
    void revBThreeSignedHeaders() {
        String canonicalRequest = "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                + "host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
                + CVM_PAYLOAD_HASH;
        assertEquals("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84", sha256Hex(canonicalRequest));
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host;x-tc-action, "
                + "Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3",
                signer.authorization(CVM_KEYS, "cvm", "POST", "/", "", cvmThreeHeaders(), CVM_PAYLOAD_HASH, CVM_TIME));
    }

    /** Rev C (the current page): fully masked keys, three signed headers (notes/tencent.md §1.3 Rev C). */
    @Test
    void revCMaskedKeys() {
        byte[] secretDate = hmac(("TC3" + CVM_MASKED_KEYS.secret()).getBytes(StandardCharsets.UTF_8), "2019-02-25");
        assertEquals("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0", hex(secretDate));
        assertEquals("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f", hex(hmac(secretDate, "cvm")));
        assertEquals("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af",
                hex(hmac(hmac(secretDate, "cvm"), "tc3_request")));
        assertEquals("TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host;x-tc-action, "
                + "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
                signer.authorization(CVM_MASKED_KEYS, "cvm", "POST", "/", "", cvmThreeHeaders(), CVM_PAYLOAD_HASH,
                        CVM_TIME));
    }

    @Test
    void generalOverloadLowerCasesAndSortsNamesAndTrimsValues() {
        // same request as Rev B: names in any case and order, values with surrounding blanks
        Map<String, String> messy = headers("X-TC-Action", "  describeinstances ", "HOST", "\tcvm.tencentcloudapi.com",
                "content-TYPE", JSON + "  ");
        assertEquals(signer.authorization(CVM_KEYS, "cvm", "POST", "/", "", cvmThreeHeaders(), CVM_PAYLOAD_HASH,
                CVM_TIME), signer.authorization(CVM_KEYS, "cvm", "POST", "/", "", messy, CVM_PAYLOAD_HASH, CVM_TIME));
        // Values are trimmed but not case-folded (the overload's documented contract): the caller passes the action
        // lowercased, as the documented example does. Tencent's page states "key and value converted to lowercase";
        // the official Java SDK signs content-type and host as sent. If the signer ever folds values, change this.
        assertNotEquals(signer.authorization(CVM_KEYS, "cvm", "POST", "/", "", cvmThreeHeaders(), CVM_PAYLOAD_HASH,
                CVM_TIME), signer.authorization(CVM_KEYS, "cvm", "POST", "/", "", headers("content-type", JSON,
                "host", "cvm.tencentcloudapi.com", "x-tc-action", "DescribeInstances"), CVM_PAYLOAD_HASH, CVM_TIME));
    }

    // ---------------------------------------------------------------- DLC vectors

    /** V1: plain TaskId (notes/tencent.md §1.4 V1, computed with the official tencentcloud-sdk-java). */
    @Test
    void v1PlainTaskId() {
        assertEquals(49, V1_BODY.length);
        assertEquals("913fc81d78ed9f712c6d63fca194e7e71d39cac3f4b71c380988ba99eae9f587", Tc3Signer.hashPayload(V1_BODY));
        assertEquals("dc16deae38ce584440bedfb9610d9314e3ea1600045b28c6e61c7497f9d595b4",
                sha256Hex(dlcCanonical(DLC_HOST, "913fc81d78ed9f712c6d63fca194e7e71d39cac3f4b71c380988ba99eae9f587")));
        assertEquals("81eaa8504ae8de40de6b90d9462e402fa3deb1b5640f1c089a66f120f8fb926b",
                hex(signingKey(DLC_KEYS.secret(), "2023-11-14", "dlc")));
        assertEquals(V1_AUTHORIZATION, signer.authorization(DLC_KEYS, "dlc", DLC_HOST, JSON, V1_BODY, 1700000000L));
    }

    /** V2: unicode and JSON escapes, UTC date boundary (notes/tencent.md §1.4 V2, official tencentcloud-sdk-java). */
    @Test
    void v2UnicodeBodyAndUtcDate() {
        assertEquals(105, V2_BODY.length);
        // the Java literal given next to the hex in the notes decodes to the same bytes
        assertEquals("{\"TaskId\":\"\u4efb\u52a1-\u00fc-\ud83d\ude00 \\\"quote\\\" back\\\\slash /slash\\ttab\\nnl "
                + "<lt>&amp='apos' \\u0001ctl \u007fdel \\u2028ls\"}", new String(V2_BODY, StandardCharsets.UTF_8));
        assertEquals("5a811b16167fb75be36b55b80493a5cd34fae5fdc41b317cba4de1d0de15d88e", Tc3Signer.hashPayload(V2_BODY));
        assertEquals("a4f5c44b019317b7dac8aad61abe2dc515169b463526cd1c6eff1004def9c574",
                sha256Hex(dlcCanonical(DLC_HOST, "5a811b16167fb75be36b55b80493a5cd34fae5fdc41b317cba4de1d0de15d88e")));
        // 1704067199 is 2023-12-31T23:59:59Z, already 2024-01-01 in Beijing: the scope must carry the UTC date
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertEquals(V2_AUTHORIZATION,
                    new Tc3Signer().authorization(DLC_KEYS, "dlc", DLC_HOST, JSON, V2_BODY, 1704067199L));
        } finally {
            TimeZone.setDefault(saved);
        }
        assertEquals(V2_AUTHORIZATION, signer.authorization(DLC_KEYS, "dlc", DLC_HOST, JSON, V2_BODY, 1704067199L));
        // one second later the scope moves to the next UTC day
        String nextDay = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000/2024-01-01/dlc/tc3_request, ";
        assertEquals(nextDay, signer.authorization(DLC_KEYS, "dlc", DLC_HOST, JSON, V2_BODY, 1704067200L)
                .substring(0, nextDay.length()));
    }

    /** V3: a session token is not signed (notes/tencent.md §1.4 V3, official tencentcloud-sdk-java). */
    @Test
    void v3SessionTokenIsNotSigned() {
        byte[] body = "{\"TaskId\":\"task-session-0001\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(30, body.length);
        assertEquals("ef759d5aa64856360e2a9204e9e1e1e0a24925261110191f6fdc75a41b4a5ba1", Tc3Signer.hashPayload(body));
        assertEquals("91d0062768418b2efb0cd57406ca3c683311f2c09e996280920830a7a08b2cb6",
                sha256Hex(dlcCanonical(DLC_HOST, "ef759d5aa64856360e2a9204e9e1e1e0a24925261110191f6fdc75a41b4a5ba1")));
        Credentials withToken = Credentials.of("AKIDtmpSessionEXAMPLE000000000000000",
                "TmpSecretKeyEXAMPLE0000000000000000", "tokenEXAMPLE_abc123+/=session.token");
        assertEquals(V3_AUTHORIZATION, signer.authorization(withToken, "dlc", DLC_HOST, JSON, body, 1735689600L));
        Credentials withoutToken = Credentials.of(withToken.id(), withToken.secret());
        assertEquals(V3_AUTHORIZATION, signer.authorization(withoutToken, "dlc", DLC_HOST, JSON, body, 1735689600L));
    }

    /** V4: regional host, service still dlc (notes/tencent.md §1.4 V4, official tencentcloud-sdk-java). */
    @Test
    void v4RegionalHost() {
        String host = "dlc.ap-guangzhou.tencentcloudapi.com";
        assertEquals("073c1233102ea7f184e9cfffcd38c3d32772ba3385b93f9764bd14356bcaee86",
                sha256Hex(dlcCanonical(host, Tc3Signer.hashPayload(V1_BODY))));
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000/2023-11-14/dlc/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=821f79d8841e1dd409ae791c67cf9212b874d9a23a04a28e8675602692bc1b3d",
                signer.authorization(DLC_KEYS, "dlc", host, JSON, V1_BODY, 1700000000L));
    }

    /** V5: unsigned payload through the general overload (notes/tencent.md §1.4 V5, official tencentcloud-sdk-java). */
    @Test
    void v5UnsignedPayload() {
        String unsigned = Tc3Signer.hashPayload("UNSIGNED-PAYLOAD".getBytes(StandardCharsets.UTF_8));
        assertEquals("438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96", unsigned);
        assertEquals("b8a859ec8aae2e94476b9c4c830d7d3a93822d9ca94a87544b8246d06e16a96a",
                sha256Hex(dlcCanonical(DLC_HOST, unsigned)));
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000/2023-11-14/dlc/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=c6a64ab9b769adcaa27ea94aaf76d9be9849d9c06c372b560b0deb6e02664746",
                signer.authorization(DLC_KEYS, "dlc", "POST", "/", "",
                        headers("Content-Type", JSON, "Host", DLC_HOST), unsigned, 1700000000L));
    }

    @Test
    void hashPayloadOfEmptyBody() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Tc3Signer.hashPayload(new byte[0]));
    }

    // ---------------------------------------------------------------- derived-key cache

    private record Call(Credentials credentials, String service, String host, byte[] body, long timestamp) {
        String sign(Tc3Signer s) {
            return s.authorization(credentials, service, host, JSON, body, timestamp);
        }
    }

    /** One signer, alternating secrets, dates and services: every answer equals a fresh signer's and the vectors. */
    @Test
    void keyCacheFollowsSecretDateAndService() {
        Call v1 = new Call(DLC_KEYS, "dlc", DLC_HOST, V1_BODY, 1700000000L);
        Call v2 = new Call(DLC_KEYS, "dlc", DLC_HOST, V2_BODY, 1704067199L);
        Call v3 = new Call(Credentials.of("AKIDtmpSessionEXAMPLE000000000000000", "TmpSecretKeyEXAMPLE0000000000000000"),
                "dlc", DLC_HOST, "{\"TaskId\":\"task-session-0001\"}".getBytes(StandardCharsets.UTF_8), 1735689600L);
        Call revA = new Call(CVM_KEYS, "cvm", "cvm.tencentcloudapi.com",
                CVM_PAYLOAD.getBytes(StandardCharsets.UTF_8), CVM_TIME);
        Map<Call, String> documented = Map.of(v1, V1_AUTHORIZATION, v2, V2_AUTHORIZATION, v3, V3_AUTHORIZATION,
                revA, REV_A_AUTHORIZATION);

        // same secret and date, other service; same date and service, other secret; same secret, next day;
        // one second apart across midnight UTC
        Call v1Cvm = new Call(DLC_KEYS, "cvm", DLC_HOST, V1_BODY, 1700000000L);
        Call v1OtherSecret = new Call(Credentials.of(DLC_KEYS.id(), DLC_KEYS.secret() + "x"), "dlc", DLC_HOST,
                V1_BODY, 1700000000L);
        Call v1NextDay = new Call(DLC_KEYS, "dlc", DLC_HOST, V1_BODY, 1700000000L + 86_400);
        Call v2NextSecond = new Call(DLC_KEYS, "dlc", DLC_HOST, V2_BODY, 1704067200L);

        List<Call> sequence = List.of(v1, v3, v1, v2, v1, revA, v3, v2, v1Cvm, v1, v1Cvm, v1OtherSecret, v1,
                v1OtherSecret, v1NextDay, v1, v1NextDay, v2, v2NextSecond, v2, v2NextSecond, revA, revA, v1);
        Tc3Signer shared = new Tc3Signer();
        for (int round = 0; round < 3; round++) {
            for (Call call : sequence) {
                String fresh = call.sign(new Tc3Signer());
                assertEquals(fresh, call.sign(shared));
                if (documented.containsKey(call)) {
                    assertEquals(documented.get(call), fresh);
                }
            }
        }
        // the variants do differ from the vectors they were made from
        assertNotEquals(signature(v1.sign(shared)), signature(v1Cvm.sign(shared)));
        assertNotEquals(signature(v1.sign(shared)), signature(v1OtherSecret.sign(shared)));
        assertNotEquals(signature(v1.sign(shared)), signature(v1NextDay.sign(shared)));
        assertNotEquals(signature(v2.sign(shared)), signature(v2NextSecond.sign(shared)));
    }

    // ---------------------------------------------------------------- helpers (independent of the main code)

    private static Map<String, String> cvmThreeHeaders() {
        return headers("content-type", JSON, "host", "cvm.tencentcloudapi.com", "x-tc-action", "describeinstances");
    }

    private static Map<String, String> headers(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String dlcCanonical(String host, String payloadHash) {
        return "POST\n/\n\ncontent-type:" + JSON + "\nhost:" + host + "\n\ncontent-type;host\n" + payloadHash;
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + 10);
    }

    private static byte[] signingKey(String secret, String date, String service) {
        return hmac(hmac(hmac(("TC3" + secret).getBytes(StandardCharsets.UTF_8), date), service), "tc3_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(String s) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
