package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.canceltask.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ROA signature (HMAC-SHA1, {@code Authorization: acs id:signature}). Vectors from /work/shared/notes/alibaba.md §2.2 and
 * §2.3: R1/R2 computed with the classic {@code RoaSignatureComposer} of aliyun-java-sdk-core 4.7.3, R3-R5 captured live
 * from the tea SDK elasticsearch20170613 1.1.5 (tea-openapi 0.2.8, openapiutil 0.2.0) and reproduced, and the two
 * classic captures of §2.2.
 */
class RoaSignerTest {
    private static final Credentials TEST = Credentials.of("testid", "testsecret");
    private static final String PATH = "/openapi/instances/es-cn-abc123/actions/cancel-task";
    private static final String CLIENT_TOKEN = "tok-123 abc/+=";

    private static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** The header set of R1/R3/R4 (notes/alibaba.md §2.3), in wire spelling. */
    private static Map<String, String> esHeaders(String date, String nonce) {
        return map("Accept", "application/json", "Date", date, "x-acs-action", "CancelTask",
                "x-acs-signature-method", "HMAC-SHA1", "x-acs-signature-nonce", nonce,
                "x-acs-signature-version", "1.0", "x-acs-version", "2017-06-13");
    }

    /** The operation's own headers, as a client hands them to {@link RoaSigner#sign}. */
    private static Map<String, String> esOwnHeaders() {
        return map("Accept", "application/json", "x-acs-action", "CancelTask", "x-acs-version", "2017-06-13");
    }

    // ---------------------------------------------------------------- R1, R2: classic composer

    /** R1 (notes/alibaba.md §2.3, classic RoaSignatureComposer of aliyun-java-sdk-core 4.7.3): no clientToken. */
    @Test
    void r1FullStringToSign() {
        Map<String, String> headers = esHeaders("Wed, 01 May 2024 08:00:00 GMT", "c0ffee00000040008000000000000003");
        Map<String, String> query = map("taskType", "MigrateData");
        assertEquals("POST\napplication/json\n\n\nWed, 01 May 2024 08:00:00 GMT\n"
                + "x-acs-action:CancelTask\nx-acs-signature-method:HMAC-SHA1\n"
                + "x-acs-signature-nonce:c0ffee00000040008000000000000003\nx-acs-signature-version:1.0\n"
                + "x-acs-version:2017-06-13\n"
                + "/openapi/instances/es-cn-abc123/actions/cancel-task?taskType=MigrateData",
                RoaSigner.stringToSign("POST", PATH, query, headers));
        assertEquals("acs testid:wvHpx+jmy5RSGso/4AiVvjaWihg=",
                RoaSigner.authorization("POST", PATH, query, headers, TEST));
    }

    /** R1 through {@link RoaSigner#sign}: it must add Date, the x-acs-signature-* headers and Authorization only. */
    @Test
    void r1ThroughSign() {
        Map<String, String> signed = RoaSigner.sign("POST", PATH, map("taskType", "MigrateData"), esOwnHeaders(), TEST,
                Instant.parse("2024-05-01T08:00:00Z"), "c0ffee00000040008000000000000003");
        Map<String, String> expected = map(
                "Accept", "application/json",
                "Authorization", "acs testid:wvHpx+jmy5RSGso/4AiVvjaWihg=",
                "Date", "Wed, 01 May 2024 08:00:00 GMT",
                "x-acs-action", "CancelTask",
                "x-acs-signature-method", "HMAC-SHA1",
                "x-acs-signature-nonce", "c0ffee00000040008000000000000003",
                "x-acs-signature-version", "1.0",
                "x-acs-version", "2017-06-13");
        assertEquals(expected, signed);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(signed.keySet()), "names and their spelling");
        assertFalse(signed.containsKey("x-acs-accesskey-id"));
        assertFalse(signed.containsKey("x-acs-security-token"));
    }

    /** R2: R1 with clientToken, raw and sorted in the resource (notes/alibaba.md §2.3, classic composer, core 4.7.3). */
    @Test
    void r2ClientTokenIsRawInTheResource() {
        Map<String, String> headers = esHeaders("Wed, 01 May 2024 08:00:00 GMT", "c0ffee00000040008000000000000003");
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", CLIENT_TOKEN);
        String sts = RoaSigner.stringToSign("POST", PATH, query, headers);
        assertEquals(PATH + "?clientToken=tok-123 abc/+=&taskType=MigrateData",
                sts.substring(sts.lastIndexOf('\n') + 1));
        assertEquals("acs testid:Tv28JUU6NlAOytE9D+FPSRfH52M=",
                RoaSigner.authorization("POST", PATH, query, headers, TEST));
        assertEquals("acs testid:Tv28JUU6NlAOytE9D+FPSRfH52M=", RoaSigner.sign("POST", PATH, query, esOwnHeaders(),
                TEST, Instant.parse("2024-05-01T08:00:00Z"), "c0ffee00000040008000000000000003").get("Authorization"));
    }

    // ---------------------------------------------------------------- R3-R5: tea SDK live captures

    /** R3 (notes/alibaba.md §2.3, tea elasticsearch20170613 1.1.5 live capture, reproduced): no clientToken. */
    @Test
    void r3TeaLive() {
        String nonce = "0eab226f-dd83-4283-90bf-2e882c5e8e5917954569389491";
        Map<String, String> query = map("taskType", "MigrateData");
        assertEquals("acs testid:lW4tBqJedtrgCjYTyodDWr5NxcQ=", RoaSigner.authorization("POST", PATH, query,
                esHeaders("Mon, 23 Nov 2026 18:02:18 GMT", nonce), TEST));
        assertEquals("acs testid:lW4tBqJedtrgCjYTyodDWr5NxcQ=", RoaSigner.sign("POST", PATH, query, esOwnHeaders(),
                TEST, Instant.parse("2026-11-23T18:02:18Z"), nonce).get("Authorization"));
    }

    /** R4 (notes/alibaba.md §2.2 and §2.3, tea elasticsearch20170613 1.1.5 live capture, reproduced). */
    @Test
    void r4TeaLiveWithClientToken() {
        String nonce = "a7ca8188-fe04-418c-a486-4deff665062317954569392151";
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", CLIENT_TOKEN);
        assertEquals("acs testid:Xvry/56/aK1ZMoZsswdlFSfYolk=", RoaSigner.authorization("POST", PATH, query,
                esHeaders("Mon, 23 Nov 2026 18:02:19 GMT", nonce), TEST));
        assertEquals("acs testid:Xvry/56/aK1ZMoZsswdlFSfYolk=", RoaSigner.sign("POST", PATH, query, esOwnHeaders(),
                TEST, Instant.parse("2026-11-23T18:02:19Z"), nonce).get("Authorization"));
    }

    /** R5 (notes/alibaba.md §2.3, tea elasticsearch20170613 1.1.5 live capture with STS, reproduced). */
    @Test
    void r5TeaLiveSts() {
        Credentials sts = Credentials.of("STS.testid", "testsecret", "CAIS+sts/token==");
        String nonce = "994e7609-395b-435e-8c05-97570228829217954569392221";
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", "tok-1");
        Map<String, String> signed = RoaSigner.sign("POST", PATH, query, esOwnHeaders(), sts,
                Instant.parse("2026-11-23T18:02:19Z"), nonce);

        assertEquals("STS.testid", signed.get("x-acs-accesskey-id"));
        assertEquals("CAIS+sts/token==", signed.get("x-acs-security-token"));
        assertEquals("POST\napplication/json\n\n\nMon, 23 Nov 2026 18:02:19 GMT\n"
                + "x-acs-accesskey-id:STS.testid\nx-acs-action:CancelTask\nx-acs-security-token:CAIS+sts/token==\n"
                + "x-acs-signature-method:HMAC-SHA1\n"
                + "x-acs-signature-nonce:994e7609-395b-435e-8c05-97570228829217954569392221\n"
                + "x-acs-signature-version:1.0\nx-acs-version:2017-06-13\n"
                + "/openapi/instances/es-cn-abc123/actions/cancel-task?clientToken=tok-1&taskType=MigrateData",
                RoaSigner.stringToSign("POST", PATH, query, signed));
        assertEquals("acs STS.testid:FXKfJ3iPjcIN0vkGBaMEBh//qMs=", signed.get("Authorization"));
        assertEquals(List.of("Accept", "Authorization", "Date", "x-acs-accesskey-id", "x-acs-action",
                "x-acs-security-token", "x-acs-signature-method", "x-acs-signature-nonce", "x-acs-signature-version",
                "x-acs-version"), new ArrayList<>(signed.keySet()));
    }

    // ---------------------------------------------------------------- classic captures with a body (§2.2)

    /**
     * Classic core 4.7.3 CommonRequest, ES CancelTask, POST with no body: Content-MD5 of the empty body and the form
     * Content-Type are sent and signed; RegionId, User-Agent and x-sdk-* are not (notes/alibaba.md §2.2 live capture).
     */
    @Test
    void classicCaptureSignsContentMd5AndContentType() {
        Map<String, String> headers = map("Accept", "application/json",
                "Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==",
                "Content-Type", "application/x-www-form-urlencoded",
                "Date", "Mon, 23 Nov 2026 18:02:04 GMT",
                "RegionId", "cn-hangzhou",
                "User-Agent", "AlibabaCloud (Linux; amd64) Java/17.0.15+6-Debian-1deb12u1 Core/4.7.3 "
                        + "HTTPClient/ApacheHttpClient",
                "x-acs-action", "CancelTask",
                "x-acs-signature-method", "HMAC-SHA1",
                "x-acs-signature-nonce", "e548351f20588faf0920ad8c2e90b109",
                "x-acs-signature-version", "1.0",
                "x-acs-version", "2017-06-13",
                "x-sdk-client", "Java/2.0.0",
                "x-sdk-invoke-type", "common");
        Map<String, String> query = map("taskType", "MigrateData", "clientToken", CLIENT_TOKEN);
        assertEquals("POST\napplication/json\n1B2M2Y8AsgTpgAmY7PhCfg==\napplication/x-www-form-urlencoded\n"
                + "Mon, 23 Nov 2026 18:02:04 GMT\n"
                + "x-acs-action:CancelTask\nx-acs-signature-method:HMAC-SHA1\n"
                + "x-acs-signature-nonce:e548351f20588faf0920ad8c2e90b109\nx-acs-signature-version:1.0\n"
                + "x-acs-version:2017-06-13\n"
                + "/openapi/instances/es-cn-abc123/actions/cancel-task?clientToken=tok-123 abc/+=&taskType=MigrateData",
                RoaSigner.stringToSign("POST", PATH, query, headers));
        assertEquals("acs testid:FXr41TQp/LtBGses/13aAtvR8Po=",
                RoaSigner.authorization("POST", PATH, query, headers, TEST));

        Map<String, String> own = map("Accept", "application/json", "Content-MD5", contentMd5(""),
                "Content-Type", "application/x-www-form-urlencoded", "RegionId", "cn-hangzhou",
                "x-acs-action", "CancelTask", "x-acs-version", "2017-06-13");
        assertEquals("acs testid:FXr41TQp/LtBGses/13aAtvR8Po=", RoaSigner.sign("POST", PATH, query, own, TEST,
                Instant.parse("2026-11-23T18:02:04Z"), "e548351f20588faf0920ad8c2e90b109").get("Authorization"));
    }

    /** Classic core 4.7.3 with JSON body {@code {}} (notes/alibaba.md §2.2 live capture, reproduced). */
    @Test
    void classicCaptureWithJsonBody() {
        assertEquals("mZFLkyvTelC5g8XnyQrpOw==", contentMd5("{}"));
        Map<String, String> own = map("Accept", "application/json", "Content-MD5", contentMd5("{}"),
                "Content-Type", "application/json", "x-acs-action", "CancelTask", "x-acs-version", "2017-06-13");
        Map<String, String> signed = RoaSigner.sign("POST", PATH, map("taskType", "MigrateData"), own, TEST,
                Instant.parse("2026-11-23T18:02:04Z"), "c8a03107a8b9f0d075fd912d5c80ec04");
        assertEquals("acs testid:6tS7bjJyyfuDOl2ZL5yzPJsWXTQ=", signed.get("Authorization"));
        assertEquals("POST\napplication/json\nmZFLkyvTelC5g8XnyQrpOw==\napplication/json\n"
                + "Mon, 23 Nov 2026 18:02:04 GMT\n"
                + "x-acs-action:CancelTask\nx-acs-signature-method:HMAC-SHA1\n"
                + "x-acs-signature-nonce:c8a03107a8b9f0d075fd912d5c80ec04\nx-acs-signature-version:1.0\n"
                + "x-acs-version:2017-06-13\n" + PATH + "?taskType=MigrateData",
                RoaSigner.stringToSign("POST", PATH, map("taskType", "MigrateData"), signed));
    }

    // ---------------------------------------------------------------- date and canonicalisation

    /** RFC 1123 in GMT, English names, two-digit day (notes/alibaba.md §2.1 "Date"). */
    @Test
    void dateFormat() {
        assertEquals("Wed, 01 May 2024 08:00:00 GMT", Timestamps.rfc1123(Instant.parse("2024-05-01T08:00:00Z")));
        assertEquals("Wed, 01 May 2024 08:00:00 GMT", Timestamps.rfc1123(Instant.parse("2024-05-01T08:00:00.999Z")));
        assertEquals("Mon, 23 Nov 2026 18:02:19 GMT", Timestamps.rfc1123(Instant.parse("2026-11-23T18:02:19Z")));
        assertEquals("Sun, 31 Dec 2023 23:59:59 GMT", Timestamps.rfc1123(Instant.parse("2023-12-31T23:59:59Z")));
        assertEquals("Thu, 29 Feb 2024 00:00:00 GMT", Timestamps.rfc1123(Instant.parse("2024-02-29T00:00:00Z")));
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.CHINA, Locale.GERMANY, Locale.forLanguageTag("ar-SA")}) {
                Locale.setDefault(l);
                assertEquals("Wed, 01 May 2024 08:00:00 GMT",
                        Timestamps.rfc1123(Instant.parse("2024-05-01T08:00:00Z")), l.toString());
                assertEquals("Wed, 01 May 2024 08:00:00 GMT", RoaSigner.sign("GET", "/", Map.of(), Map.of(), TEST,
                        Instant.parse("2024-05-01T08:00:00Z"), "n").get("Date"), l.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void headerNamesAreLowerCasedAndSortedValuesKeptAsIs() {
        Map<String, String> headers = map("X-Acs-Version", "2017-06-13", "ACCEPT", "application/json",
                "x-ACS-action", "CancelTask", "content-type", "text/plain", "date", "D",
                "x-acsnot", "ignored", "acs-x", "ignored", "X-Acs-B-C", "2", "x-acs-b", "1");
        assertEquals("GET\napplication/json\n\ntext/plain\nD\n"
                + "x-acs-action:CancelTask\nx-acs-b:1\nx-acs-b-c:2\nx-acs-version:2017-06-13\n/p",
                RoaSigner.stringToSign("GET", "/p", Map.of(), headers));
    }

    @Test
    void queryWithoutValueIsJustTheName() {
        Map<String, String> query = new HashMap<>();
        query.put("b", "");
        query.put("a", null);
        query.put("c", "1");
        query.put("B", "中 文");
        assertEquals("GET\n\n\n\n\n/p?B=中 文&a&b&c=1", RoaSigner.stringToSign("GET", "/p", query, Map.of()));
        assertEquals("GET\n\n\n\n\n/p%20q", RoaSigner.stringToSign("GET", "/p%20q", Map.of(), Map.of()));
    }

    @Test
    void keyIsTheBareSecret() {
        // ROA keys HMAC-SHA1 with the secret itself (notes/alibaba.md §2.1); with RPC's "&" R1 would not match
        String sts = RoaSigner.stringToSign("POST", PATH, map("taskType", "MigrateData"),
                esHeaders("Wed, 01 May 2024 08:00:00 GMT", "c0ffee00000040008000000000000003"));
        assertEquals("wvHpx+jmy5RSGso/4AiVvjaWihg=", RoaSigner.signature(sts, "testsecret"));
        assertFalse("wvHpx+jmy5RSGso/4AiVvjaWihg=".equals(RoaSigner.signature(sts, "testsecret&")));
    }

    @Test
    void signLeavesTheCallersHeadersAlone() {
        Map<String, String> own = esOwnHeaders();
        RoaSigner.sign("POST", PATH, Map.of(), own, TEST, Instant.parse("2024-05-01T08:00:00Z"), "n");
        assertEquals(esOwnHeaders(), own);
    }

    private static String contentMd5(String body) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
