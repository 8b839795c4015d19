package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.Credentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * RPC signature version 1.0 (HMAC-SHA1). Every vector comes from /work/shared/notes/alibaba.md §1.3, where each one was
 * reproduced with aliyun-java-sdk-core 4.7.3 ({@code RpcSignatureComposer.composeStringToSign} +
 * {@code HmacSHA1Signer.signString(sts, secret + "&")}).
 */
class RpcSignerTest {
    private static final Credentials TEST = Credentials.of("testid", "testsecret");
    private static final Instant MAY_1 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant NOV_23 = Instant.parse("2026-11-23T18:01:32Z");
    private static final String E_NONCE = "c0ffee00-0000-4000-8000-000000000001";
    private static final String DOMAIN_NONCE = "c0ffee00-0000-4000-8000-000000000002";
    private static final String SPECIAL_TASK_ID = "t-a b*c~d/e+f=g&h:中文";
    private static final String STS_TOKEN = "CAIS+sts/token==";

    /** Parameters in the given (deliberately unsorted) order. */
    private static Map<String, String> params(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.putAll(params(keyValues));
        return m;
    }

    // ---------------------------------------------------------------- documented vectors

    /**
     * D1, the documented DescribeRegions vector: https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism
     * (notes/alibaba.md §1.3 D1, reproduced with aliyun-java-sdk-core 4.7.3). Parameters in the documented URL's order.
     */
    @Test
    void d1DescribeRegionsDocumented() {
        Map<String, String> p = params("Timestamp", "2016-02-23T12:46:24Z", "Format", "XML", "AccessKeyId", "testid",
                "Action", "DescribeRegions", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "Version", "2014-05-26",
                "SignatureVersion", "1.0");
        assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
                RpcSigner.stringToSign("GET", p));
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSigner.signature("GET", p, "testsecret"));
    }

    /** D1 again, through {@link RpcSigner#sign}: the common parameters it adds must be exactly the documented ones. */
    @Test
    void d1ThroughSignAddsEveryCommonParameter() {
        Map<String, String> own = params("Action", "DescribeRegions", "Format", "XML", "Version", "2014-05-26");
        SortedMap<String, String> signed = RpcSigner.sign("GET", own, TEST,
                Instant.parse("2016-02-23T12:46:24Z"), "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");

        Map<String, String> expected = new TreeMap<>();
        expected.put("AccessKeyId", "testid");
        expected.put("Action", "DescribeRegions");
        expected.put("Format", "XML");
        expected.put("Signature", "OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
        expected.put("SignatureMethod", "HMAC-SHA1");
        expected.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        expected.put("SignatureVersion", "1.0");
        expected.put("Timestamp", "2016-02-23T12:46:24Z");
        expected.put("Version", "2014-05-26");
        assertEquals(expected, signed);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(signed.keySet()), "sorted by name");
        // the caller's map is left alone
        assertEquals(params("Action", "DescribeRegions", "Format", "XML", "Version", "2014-05-26"), own);
    }

    /** D2, the documented SendSms vector with Chinese (SendSms docs; notes/alibaba.md §1.3 D2, reproduced with core 4.7.3). */
    @Test
    void d2SendSmsWithChinese() {
        Map<String, String> p = params("AccessKeyId", "testId", "Action", "SendSms", "Format", "XML", "OutId", "123",
                "PhoneNumbers", "15300000001", "RegionId", "cn-hangzhou", "SignName", "阿里云短信测试专用",
                "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466",
                "SignatureVersion", "1.0", "TemplateCode", "SMS_71390007",
                "TemplateParam", "{\"customer\":\"test\"}", "Timestamp", "2017-07-12T02:42:19Z",
                "Version", "2017-05-25");
        assertEquals("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123"
                + "%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou"
                + "%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1"
                + "%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1"
                + "%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0"
                + "%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D"
                + "%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25",
                RpcSigner.stringToSign("GET", p));
        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", RpcSigner.signature("GET", p, "testSecret"));
    }

    /** D3, the documented V2 DescribeDedicatedHosts vector (notes/alibaba.md §1.3 D3, reproduced with core 4.7.3). */
    @Test
    void d3DescribeDedicatedHosts() {
        Map<String, String> own = params("Action", "DescribeDedicatedHosts", "Format", "JSON",
                "RegionId", "cn-beijing", "Version", "2014-05-26");
        Map<String, String> p = with(own, "AccessKeyId", "testid", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb", "SignatureVersion", "1.0",
                "Timestamp", "2023-03-13T08:34:30Z");
        assertEquals("9NaGiOspFP5UPcwX8Iwt2YJXXuk=", RpcSigner.signature("GET", p, "testsecret"));
        assertEquals("9NaGiOspFP5UPcwX8Iwt2YJXXuk=", RpcSigner.sign("GET", own, TEST,
                Instant.parse("2023-03-13T08:34:30Z"), "edb2b34af0af9a6d14deaf7c1a5315eb").get("Signature"));
    }

    // ---------------------------------------------------------------- CancelTask vectors (ECS)

    private static Map<String, String> ecsOwn(String taskId) {
        return params("Action", "CancelTask", "Format", "JSON", "RegionId", "cn-hangzhou", "TaskId", taskId,
                "Version", "2014-05-26");
    }

    private static Map<String, String> e1(String taskId) {
        return with(ecsOwn(taskId), "AccessKeyId", "testid", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", E_NONCE, "SignatureVersion", "1.0", "Timestamp", "2024-05-01T08:00:00Z");
    }

    /** E1: ECS CancelTask, POST (notes/alibaba.md §1.3 E1, computed with aliyun-java-sdk-core 4.7.3). */
    @Test
    void e1EcsCancelTaskPost() {
        Map<String, String> p = e1("t-bp1234567890abcdef");
        assertEquals("POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelTask%26Format%3DJSON%26RegionId%3Dcn-hangzhou"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dc0ffee00-0000-4000-8000-000000000001"
                + "%26SignatureVersion%3D1.0%26TaskId%3Dt-bp1234567890abcdef%26Timestamp%3D2024-05-01T08%253A00%253A00Z"
                + "%26Version%3D2014-05-26", RpcSigner.stringToSign("POST", p));
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RpcSigner.signature("POST", p, "testsecret"));
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=",
                RpcSigner.sign("POST", ecsOwn("t-bp1234567890abcdef"), TEST, MAY_1, E_NONCE).get("Signature"));
    }

    /** E2: E1 with GET (notes/alibaba.md §1.3 E2, computed with aliyun-java-sdk-core 4.7.3). */
    @Test
    void e2EcsCancelTaskGet() {
        Map<String, String> p = e1("t-bp1234567890abcdef");
        assertTrue(RpcSigner.stringToSign("GET", p).startsWith("GET&%2F&AccessKeyId%3Dtestid%26"));
        assertEquals("OgWPp8UUUZ3CJ20P23Z/SXmnX78=", RpcSigner.signature("GET", p, "testsecret"));
        assertEquals("OgWPp8UUUZ3CJ20P23Z/SXmnX78=",
                RpcSigner.sign("GET", ecsOwn("t-bp1234567890abcdef"), TEST, MAY_1, E_NONCE).get("Signature"));
    }

    /** E3: E1 with TaskId {@code t-a b*c~d/e+f=g&h:中文} (notes/alibaba.md §1.3 E3, computed with core 4.7.3). */
    @Test
    void e3SpecialCharacters() {
        Map<String, String> p = e1(SPECIAL_TASK_ID);
        assertEquals("POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelTask%26Format%3DJSON%26RegionId%3Dcn-hangzhou"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dc0ffee00-0000-4000-8000-000000000001"
                + "%26SignatureVersion%3D1.0"
                + "%26TaskId%3Dt-a%2520b%252Ac~d%252Fe%252Bf%253Dg%2526h%253A%25E4%25B8%25AD%25E6%2596%2587"
                + "%26Timestamp%3D2024-05-01T08%253A00%253A00Z%26Version%3D2014-05-26",
                RpcSigner.stringToSign("POST", p));
        assertEquals("cYSuGhg0ABxYeO+yIKcoJeZrzKs=", RpcSigner.signature("POST", p, "testsecret"));
        assertEquals("cYSuGhg0ABxYeO+yIKcoJeZrzKs=",
                RpcSigner.sign("POST", ecsOwn(SPECIAL_TASK_ID), TEST, MAY_1, E_NONCE).get("Signature"));
    }

    /** E4: E3 plus SecurityToken, signed (notes/alibaba.md §1.3 E4, computed with aliyun-java-sdk-core 4.7.3). */
    @Test
    void e4StsTokenIsSentAndSigned() {
        SortedMap<String, String> signed = RpcSigner.sign("POST", ecsOwn(SPECIAL_TASK_ID),
                Credentials.of("testid", "testsecret", STS_TOKEN), MAY_1, E_NONCE);
        assertEquals(STS_TOKEN, signed.get("SecurityToken"));
        assertEquals("R+EN4Zgn0ZiFD6ABdz0jzrxoy3A=", signed.get("Signature"));
        assertTrue(RpcSigner.stringToSign("POST", signed).contains("%26RegionId%3Dcn-hangzhou"
                + "%26SecurityToken%3DCAIS%252Bsts%252Ftoken%253D%253D%26SignatureMethod"));

        Map<String, String> p = with(e1(SPECIAL_TASK_ID), "SecurityToken", STS_TOKEN);
        assertEquals("R+EN4Zgn0ZiFD6ABdz0jzrxoy3A=", RpcSigner.signature("POST", p, "testsecret"));
    }

    @Test
    void noSecurityTokenWithoutSessionToken() {
        assertTrue(!RpcSigner.sign("POST", ecsOwn("t-1"), TEST, MAY_1, E_NONCE).containsKey("SecurityToken"));
        // an empty token means none (Credentials.of)
        assertTrue(!RpcSigner.sign("POST", ecsOwn("t-1"), Credentials.of("testid", "testsecret", ""), MAY_1, E_NONCE)
                .containsKey("SecurityToken"));
    }

    // ---------------------------------------------------------------- CancelTask vectors (Domain)

    private static Map<String, String> domainOwn(String taskNo, String ip, String lang) {
        return params("Action", "CancelTask", "Format", "JSON", "Lang", lang, "RegionId", "cn-hangzhou",
                "TaskNo", taskNo, "UserClientIp", ip, "Version", "2018-01-29");
    }

    private static Map<String, String> domain(String taskNo, String ip, String lang) {
        return with(domainOwn(taskNo, ip, lang), "AccessKeyId", "testid", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", DOMAIN_NONCE, "SignatureVersion", "1.0", "Timestamp", "2024-05-01T08:00:00Z");
    }

    /** D-1: Domain CancelTask, POST (notes/alibaba.md §1.3 D-1, computed with aliyun-java-sdk-core 4.7.3). */
    @Test
    void domainD1() {
        Map<String, String> p = domain("12345678", "127.0.0.1", "zh");
        assertEquals("POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelTask%26Format%3DJSON%26Lang%3Dzh"
                + "%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1"
                + "%26SignatureNonce%3Dc0ffee00-0000-4000-8000-000000000002%26SignatureVersion%3D1.0"
                + "%26TaskNo%3D12345678%26Timestamp%3D2024-05-01T08%253A00%253A00Z%26UserClientIp%3D127.0.0.1"
                + "%26Version%3D2018-01-29", RpcSigner.stringToSign("POST", p));
        assertEquals("ks4rv06ZKdDhN1WV/KmZNeAUA3A=", RpcSigner.signature("POST", p, "testsecret"));
        assertEquals("ks4rv06ZKdDhN1WV/KmZNeAUA3A=", RpcSigner.sign("POST",
                domainOwn("12345678", "127.0.0.1", "zh"), TEST, MAY_1, DOMAIN_NONCE).get("Signature"));
    }

    /** D-2: D-1 with special TaskNo, IPv6 and Lang=en (notes/alibaba.md §1.3 D-2, computed with core 4.7.3). */
    @Test
    void domainD2() {
        Map<String, String> p = domain("T 1*2~3/4+5 中文 é", "2001:db8::1", "en");
        assertEquals("POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelTask%26Format%3DJSON%26Lang%3Den"
                + "%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1"
                + "%26SignatureNonce%3Dc0ffee00-0000-4000-8000-000000000002%26SignatureVersion%3D1.0"
                + "%26TaskNo%3DT%25201%252A2~3%252F4%252B5%2520%25E4%25B8%25AD%25E6%2596%2587%2520%25C3%25A9"
                + "%26Timestamp%3D2024-05-01T08%253A00%253A00Z%26UserClientIp%3D2001%253Adb8%253A%253A1"
                + "%26Version%3D2018-01-29", RpcSigner.stringToSign("POST", p));
        assertEquals("4cwjquykz0a1/32OuKvedDwFTt4=", RpcSigner.signature("POST", p, "testsecret"));
        assertEquals("4cwjquykz0a1/32OuKvedDwFTt4=", RpcSigner.sign("POST",
                domainOwn("T 1*2~3/4+5 中文 é", "2001:db8::1", "en"), TEST, MAY_1, DOMAIN_NONCE).get("Signature"));
    }

    // ---------------------------------------------------------------- full-pipeline vectors

    /**
     * ECS CancelTaskRequest through {@code RpcAcsRequest.signRequest}, timestamp and nonce recorded from the SDK
     * (notes/alibaba.md §1.3 "Full-pipeline vectors", first bullet; aliyun-java-sdk-ecs 5.11.7 + core 4.7.3).
     */
    @Test
    void pipelineEcsModel() {
        SortedMap<String, String> signed = RpcSigner.sign("POST", ecsOwn(SPECIAL_TASK_ID), TEST, NOV_23,
                "43a01e466ea5fdd5868deee2b4f21e9a");
        assertEquals("2026-11-23T18:01:32Z", signed.get("Timestamp"));
        assertEquals("e+6VFitbuT2BdsfIJf04UJN4DT8=", signed.get("Signature"));
    }

    /**
     * Domain CancelTaskRequest with STS credentials (notes/alibaba.md §1.3 "Full-pipeline vectors", second bullet;
     * aliyun-java-sdk-domain 3.14.11 + core 4.7.3 with BasicSessionCredentials).
     */
    @Test
    void pipelineDomainModelWithSts() {
        SortedMap<String, String> signed = RpcSigner.sign("POST", domainOwn("T 1*2~3/4+5 中文 é", "127.0.0.1", "en"),
                Credentials.of("testid", "testsecret", STS_TOKEN), NOV_23, "6d4828e6aec877901e5dda9c76bf6144");
        assertEquals(STS_TOKEN, signed.get("SecurityToken"));
        assertEquals("k9LHgdFXC9b5/LJ8RJJhGzVonOs=", signed.get("Signature"));
    }

    /**
     * ECS CancelTask through CommonRequest with TaskId as a form-body parameter: body and query are signed together
     * (notes/alibaba.md §1.3 "Full-pipeline vectors", third bullet; core 4.7.3 live capture).
     */
    @Test
    void pipelineFormBodyParameterIsSigned() {
        Map<String, String> query = params("Action", "CancelTask", "Format", "JSON", "RegionId", "cn-hangzhou",
                "Version", "2014-05-26");
        Map<String, String> bodyAndQuery = with(query, "TaskId", SPECIAL_TASK_ID);
        SortedMap<String, String> signed = RpcSigner.sign("POST", bodyAndQuery, TEST, NOV_23,
                "a1bdcf65c48b821f03bed724c2069229");
        assertEquals("xmbXmiL7+Bvzzs9EKLa2v1d5yvw=", signed.get("Signature"));
    }

    // ---------------------------------------------------------------- behaviour of sign / stringToSign

    @Test
    void signFormatsTimestampInUtcWithoutFractions() {
        SortedMap<String, String> signed = RpcSigner.sign("POST", ecsOwn("t-1"), TEST,
                Instant.parse("2024-05-01T08:00:00.999999999Z"), E_NONCE);
        assertEquals("2024-05-01T08:00:00Z", signed.get("Timestamp"));
        assertEquals("2024-01-02T03:04:05Z", RpcSigner.sign("POST", ecsOwn("t-1"), TEST,
                Instant.parse("2024-01-02T03:04:05.5Z"), E_NONCE).get("Timestamp"));
        assertEquals("1999-12-31T23:59:59Z", RpcSigner.sign("POST", ecsOwn("t-1"), TEST,
                Instant.parse("1999-12-31T23:59:59Z"), E_NONCE).get("Timestamp"));
        // E1 signed at 08:00:00.999 is still E1
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RpcSigner.sign("POST", ecsOwn("t-bp1234567890abcdef"), TEST,
                Instant.parse("2024-05-01T08:00:00.999Z"), E_NONCE).get("Signature"));
    }

    @Test
    void signAddsExactlyTheCommonParameters() {
        SortedMap<String, String> signed = RpcSigner.sign("POST", ecsOwn("t-1"),
                Credentials.of("id-1", "secret-1", "tok"), MAY_1, "nonce-1");
        assertEquals(List.of("AccessKeyId", "Action", "Format", "RegionId", "SecurityToken", "Signature",
                "SignatureMethod", "SignatureNonce", "SignatureVersion", "TaskId", "Timestamp", "Version"),
                new ArrayList<>(signed.keySet()));
        assertEquals("id-1", signed.get("AccessKeyId"));
        assertEquals("HMAC-SHA1", signed.get("SignatureMethod"));
        assertEquals("1.0", signed.get("SignatureVersion"));
        assertEquals("nonce-1", signed.get("SignatureNonce"));
        assertEquals("2024-05-01T08:00:00Z", signed.get("Timestamp"));
        assertEquals("tok", signed.get("SecurityToken"));
        assertEquals(RpcSigner.signature("POST", signed, "secret-1"), signed.get("Signature"));
    }

    @Test
    void signReplacesStaleSignatureAndCommonParameters() {
        Map<String, String> own = with(ecsOwn("t-bp1234567890abcdef"), "Signature", "stale",
                "AccessKeyId", "other", "Timestamp", "2000-01-01T00:00:00Z", "SignatureNonce", "old",
                "SignatureMethod", "HMAC-SHA256", "SignatureVersion", "2.0");
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RpcSigner.sign("POST", own, TEST, MAY_1, E_NONCE)
                .get("Signature"));
    }

    @Test
    void signatureEntryIsIgnoredWhenSigning() {
        Map<String, String> p = e1("t-bp1234567890abcdef");
        Map<String, String> withSignature = with(p, "Signature", "anything");
        assertEquals(RpcSigner.stringToSign("POST", p), RpcSigner.stringToSign("POST", withSignature));
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RpcSigner.signature("POST", withSignature, "testsecret"));
    }

    @Test
    void sortsByNameOrdinallyWhateverTheMapsOrder() {
        Map<String, String> p = e1("t-bp1234567890abcdef");
        String expected = RpcSigner.stringToSign("POST", p);
        // a sorted map with its own comparator must not leak its order into the string to sign
        TreeMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(p);
        assertEquals(expected, RpcSigner.stringToSign("POST", reversed));
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(params("b", "2", "A", "1", "C", "3"));
        assertEquals("GET&%2F&A%3D1%26C%3D3%26b%3D2", RpcSigner.stringToSign("GET", caseInsensitive));
        // upper case before lower case (UTF-16 code-unit order, notes/alibaba.md §1.1 step 2)
        assertEquals("GET&%2F&A%3D1%26b%3D2", RpcSigner.stringToSign("GET", params("b", "2", "A", "1")));
        assertEquals("GET&%2F&Z%3D1%26a%3D2", RpcSigner.stringToSign("GET", params("a", "2", "Z", "1")));
    }

    @Test
    void keyIsSecretPlusAmpersand() {
        // RPC keys HMAC-SHA1 with secret + "&" (notes/alibaba.md §1.1 step 6); ROA uses the bare secret
        String sts = RpcSigner.stringToSign("POST", e1("t-bp1234567890abcdef"));
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RoaSigner.signature(sts, "testsecret&"));
        assertNotEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", RoaSigner.signature(sts, "testsecret"));
    }

    @Test
    void emptyValuesAndEmptyParameterSet() {
        assertEquals("GET&%2F&", RpcSigner.stringToSign("GET", Map.of()));
        assertEquals("GET&%2F&A%3D%26B%3Dx", RpcSigner.stringToSign("GET", params("B", "x", "A", "")));
    }
}
