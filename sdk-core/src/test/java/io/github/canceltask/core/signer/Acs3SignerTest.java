package io.github.canceltask.core.signer;

import static io.github.canceltask.core.signer.Acs3Signer.Algorithm.ACS3_HMAC_SHA256;
import static io.github.canceltask.core.signer.Acs3Signer.Algorithm.ACS3_HMAC_SM3;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.canceltask.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alibaba Cloud signature V3 (ACS3-HMAC-SHA256 / ACS3-HMAC-SM3). The RunInstances vector is the documented one,
 * https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature, reproduced with the
 * official {@code com.aliyun.openapiutil.Client.getAuthorization} (openapiutil 0.2.0); the CancelTask vectors were
 * computed with that same method (/work/shared/notes/alibaba.md §3).
 */
class Acs3SignerTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String EMPTY_SM3 = "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";
    private static final String SIGNED_HEADERS =
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    private static final Credentials TEST = Credentials.of("testid", "testsecret");

    private static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** The documented RunInstances vector (notes/alibaba.md §3, VERIFIED-SDK with openapiutil 0.2.0). */
    @Test
    void documentedRunInstancesVector() {
        Map<String, String> query = map("RegionId", "cn-shanghai",
                "ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
        Map<String, String> headers = map("host", "ecs.cn-shanghai.aliyuncs.com", "x-acs-action", "RunInstances",
                "x-acs-version", "2014-05-26", "x-acs-date", "2023-10-26T10:22:32Z",
                "x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d", "x-acs-content-sha256", EMPTY_SHA256);

        String canonical = Acs3Signer.canonicalRequest("POST", "/", query, headers);
        assertEquals("POST\n/\n"
                + "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                + "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                + "x-acs-content-sha256:" + EMPTY_SHA256 + "\nx-acs-date:2023-10-26T10:22:32Z\n"
                + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
                + SIGNED_HEADERS + "\n" + EMPTY_SHA256, canonical);
        assertEquals("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", sha256Hex(canonical));

        assertEquals("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + SIGNED_HEADERS
                + ",Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
                Acs3Signer.authorization(ACS3_HMAC_SHA256, "POST", "/", query, headers,
                        Credentials.of("YourAccessKeyId", "YourAccessKeySecret")));
    }

    private static Map<String, String> ecsHeaders(String contentHash) {
        return map("host", "ecs.cn-hangzhou.aliyuncs.com", "x-acs-action", "CancelTask", "x-acs-version", "2014-05-26",
                "x-acs-date", "2024-05-01T08:00:00Z", "x-acs-signature-nonce", "c0ffee00000040008000000000000004",
                "x-acs-content-sha256", contentHash);
    }

    private static final Map<String, String> ECS_QUERY = Map.of("RegionId", "cn-hangzhou",
            "TaskId", "t-a b*c~d/e+f=g&h:中文");

    /** ECS CancelTask, ACS3-HMAC-SHA256 (notes/alibaba.md §3, computed with openapiutil 0.2.0 getAuthorization). */
    @Test
    void ecsCancelTaskSha256() {
        assertEquals(EMPTY_SHA256, Acs3Signer.hashPayload(ACS3_HMAC_SHA256, new byte[0]));
        assertEquals("RegionId=cn-hangzhou&TaskId=t-a%20b%2Ac~d%2Fe%2Bf%3Dg%26h%3A%E4%B8%AD%E6%96%87",
                queryLine(Acs3Signer.canonicalRequest("POST", "/", ECS_QUERY, ecsHeaders(EMPTY_SHA256))));
        assertEquals("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=" + SIGNED_HEADERS
                + ",Signature=5a8d102271ff5c2df9f94deabe6bacd10220091e506707d045d1ea7b50437220",
                Acs3Signer.authorization(ACS3_HMAC_SHA256, "POST", "/", ECS_QUERY, ecsHeaders(EMPTY_SHA256), TEST));
    }

    /** The same request with ACS3-HMAC-SM3 (notes/alibaba.md §3, computed with openapiutil 0.2.0 getAuthorization). */
    @Test
    void ecsCancelTaskSm3() {
        assertEquals(EMPTY_SM3, Acs3Signer.hashPayload(ACS3_HMAC_SM3, new byte[0]));
        assertEquals("ACS3-HMAC-SM3 Credential=testid,SignedHeaders=" + SIGNED_HEADERS
                + ",Signature=ea5895088b48a1b35df3eb6ed1a243c66011ef67d93a92ab37d0ddb53ef52936",
                Acs3Signer.authorization(ACS3_HMAC_SM3, "POST", "/", ECS_QUERY, ecsHeaders(EMPTY_SM3), TEST));
    }

    /** SM3 of "abc", GB/T 32905-2016 Appendix A example 1, pins the digest independently of the vectors above. */
    @Test
    void sm3StandardExample() {
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                Acs3Signer.hashPayload(ACS3_HMAC_SM3, "abc".getBytes(StandardCharsets.US_ASCII)));
    }

    /** ES ROA path signed with V3 (notes/alibaba.md §3, computed with openapiutil 0.2.0 getAuthorization). */
    @Test
    void elasticsearchRoaPathSha256() {
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", "tok-123 abc/+=");
        Map<String, String> headers = map("host", "elasticsearch.cn-hangzhou.aliyuncs.com",
                "x-acs-action", "CancelTask", "x-acs-version", "2017-06-13", "x-acs-date", "2024-05-01T08:00:00Z",
                "x-acs-signature-nonce", "c0ffee00000040008000000000000005", "x-acs-content-sha256", EMPTY_SHA256);
        String path = "/openapi/instances/es-cn-abc123/actions/cancel-task";
        assertEquals("clientToken=tok-123%20abc%2F%2B%3D&taskType=MigrateData",
                queryLine(Acs3Signer.canonicalRequest("POST", path, query, headers)));
        assertEquals("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=" + SIGNED_HEADERS
                + ",Signature=f5d1277fa65a07c0bf155034fc862ef8e2491ff18e349eea36bbe8da02748b88",
                Acs3Signer.authorization(ACS3_HMAC_SHA256, "POST", path, query, headers, TEST));
    }

    @Test
    void signsHostContentTypeAndXAcsOnlyLowerCasedSortedAndTrimmed() {
        Map<String, String> headers = map("X-Acs-Version", " 2014-05-26 ", "Content-Type", "application/json",
                "HOST", "h", "Accept", "application/json", "User-Agent", "ua", "x-acsnot", "x",
                "Authorization", "old", "x-acs-content-sha256", EMPTY_SHA256);
        assertEquals("GET\n/p\n\ncontent-type:application/json\nhost:h\nx-acs-content-sha256:" + EMPTY_SHA256
                + "\nx-acs-version:2014-05-26\n\ncontent-type;host;x-acs-content-sha256;x-acs-version\n"
                + EMPTY_SHA256, Acs3Signer.canonicalRequest("GET", "/p", Map.of(), headers));
    }

    @Test
    void emptyQueryValueIsKeyEquals() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("b", "");
        query.put("a", null);
        query.put("B", "x y");
        assertEquals("GET\n/\nB=x%20y&a=&b=\n\n\n", Acs3Signer.canonicalRequest("GET", "/", query, Map.of()));
    }

    @Test
    void algorithmNames() {
        assertEquals("ACS3-HMAC-SHA256", ACS3_HMAC_SHA256.wireName());
        assertEquals("ACS3-HMAC-SM3", ACS3_HMAC_SM3.wireName());
    }

    private static String queryLine(String canonicalRequest) {
        return canonicalRequest.split("\n", -1)[2];
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
