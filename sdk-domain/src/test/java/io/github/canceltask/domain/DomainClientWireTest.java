package io.github.canceltask.domain;

import static io.github.canceltask.domain.DomainTesting.ACCESS_KEY_ID;
import static io.github.canceltask.domain.DomainTesting.SECRET;
import static io.github.canceltask.domain.DomainTesting.assertSignedBy;
import static io.github.canceltask.domain.DomainTesting.cancel;
import static io.github.canceltask.domain.DomainTesting.clientFor;
import static io.github.canceltask.domain.DomainTesting.json;
import static io.github.canceltask.domain.DomainTesting.ok;
import static io.github.canceltask.domain.DomainTesting.query;
import static io.github.canceltask.domain.DomainTesting.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What DomainClient puts on the wire, and how it reads both success shapes. */
class DomainClientWireTest extends DomainMockServerTest {
    @Test
    void sendsEveryRpcParameterAndHeaderSignedWithTheVendorsAlgorithm() throws Exception {
        server.enqueue(ok("010E55C9-C64C-4C85-9BB2-7C225ADA6C86"));
        try (DomainClient domain = clientFor(server).userAgentSuffix("my-app/1.0").build()) {
            domain.cancelTask(CancelTaskRequest.builder().taskNo("7f217ae0-61f5-42e2-a1c3-42bad0124")
                    .userClientIp("127.0.0.1").lang("zh").build());
        }
        RecordedRequest request = take(server);
        assertEquals("POST", request.getMethod());
        assertEquals("/", request.getUrl().encodedPath());
        Map<String, String> params = query(request);
        String nonce = params.get("SignatureNonce");
        UUID.fromString(nonce);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "Action", "CancelTask", "Version", "2018-01-29", "Format", "JSON", "RegionId", "cn-hangzhou",
                "AccessKeyId", ACCESS_KEY_ID, "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0",
                "SignatureNonce", nonce, "Timestamp", "2024-05-01T08:00:00Z",
                "TaskNo", "7f217ae0-61f5-42e2-a1c3-42bad0124"));
        expected.put("UserClientIp", "127.0.0.1");
        expected.put("Lang", "zh");
        expected.put("Signature", DomainTesting.rpcSignature("POST", expected, SECRET));
        assertEquals(expected, params);
        assertSignedBy(SECRET, params);

        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertEquals("CancelTask", request.getHeaders().get("x-acs-action"));
        assertEquals("2018-01-29", request.getHeaders().get("x-acs-version"));
        assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
        assertEquals("0", request.getHeaders().get("Content-Length"));
        assertNull(request.getHeaders().get("Authorization"));
        String userAgent = request.getHeaders().get("User-Agent");
        assertTrue(Pattern.matches("canceltask-sdk-java/\\d[^ ]* Java/" + Pattern.quote(System.getProperty("java.version"))
                + " " + Pattern.quote(System.getProperty("os.name").replace(' ', '_')) + "/"
                + Pattern.quote(System.getProperty("os.arch")) + " my-app/1\\.0", userAgent), userAgent);
    }

    @Test
    void optionalFieldsAreLeftOutWhenNotSet() throws Exception {
        server.enqueue(ok("R1"));
        try (DomainClient domain = clientFor(server).build()) {
            domain.cancelTask(cancel("12345678"));
        }
        Map<String, String> params = query(take(server));
        assertEquals("12345678", params.get("TaskNo"));
        assertNull(params.get("UserClientIp"));
        assertNull(params.get("Lang"));
        assertEquals(11, params.size(), params.toString());
        assertSignedBy(SECRET, params);
    }

    @Test
    void stsTokenIsSentAndSignedAsSecurityToken() throws Exception {
        server.enqueue(ok("R1"));
        try (DomainClient domain = clientFor(server)
                .credentialsProvider(StaticCredentialsProvider.of("STS.testid", SECRET, "CAIS+sts/token=="))
                .build()) {
            domain.cancelTask(cancel("12345678"));
        }
        Map<String, String> params = query(take(server));
        assertEquals("STS.testid", params.get("AccessKeyId"));
        assertEquals("CAIS+sts/token==", params.get("SecurityToken"));
        assertSignedBy(SECRET, params);
    }

    @Test
    void valuesThatNeedEncodingArriveIntactAndSigned() throws Exception {
        server.enqueue(ok("R1"));
        CancelTaskRequest tricky = CancelTaskRequest.builder().taskNo("T 1*2~3/4+5 中文 é")
                .userClientIp("2001:db8::1").lang("en").build();
        try (DomainClient domain = clientFor(server).build()) {
            domain.cancelTask(tricky);
        }
        RecordedRequest request = take(server);
        assertTrue(request.getTarget().contains("TaskNo=T%201%2A2~3%2F4%2B5%20%E4%B8%AD%E6%96%87%20%C3%A9"),
                request.getTarget());
        assertTrue(request.getTarget().contains("UserClientIp=2001%3Adb8%3A%3A1"), request.getTarget());
        Map<String, String> params = query(request);
        assertEquals(tricky.taskNo(), params.get("TaskNo"));
        assertEquals("2001:db8::1", params.get("UserClientIp"));
        assertEquals("en", params.get("Lang"));
        assertSignedBy(SECRET, params);
    }

    /** The reference signer in {@link DomainTesting} must itself reproduce the vendor's vector D-1. */
    @Test
    void referenceSignerReproducesTheOfficialVector() {
        Map<String, String> d1 = new TreeMap<>(Map.of("AccessKeyId", "testid", "Action", "CancelTask",
                "Format", "JSON", "Lang", "zh", "RegionId", "cn-hangzhou", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "c0ffee00-0000-4000-8000-000000000002", "SignatureVersion", "1.0",
                "TaskNo", "12345678", "Timestamp", "2024-05-01T08:00:00Z"));
        d1.put("UserClientIp", "127.0.0.1");
        d1.put("Version", "2018-01-29");
        assertEquals("ks4rv06ZKdDhN1WV/KmZNeAUA3A=", DomainTesting.rpcSignature("POST", d1, "testsecret"));
    }

    @ParameterizedTest
    @CsvSource({"cn-hangzhou", "cn-shanghai", "ap-southeast-1", "us-west-1"})
    void isACentralServiceWhateverTheRegion(String region) {
        try (DomainClient domain = DomainClient.builder().region(region)
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET)).build()) {
            assertEquals("DomainClient{region=" + region + ", endpoint=https://domain.aliyuncs.com/}",
                    domain.toString());
        }
    }

    @Test
    void regionDefaultsToHangzhou() {
        try (DomainClient domain = DomainClient.builder()
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET)).build()) {
            assertEquals("DomainClient{region=cn-hangzhou, endpoint=https://domain.aliyuncs.com/}", domain.toString());
        }
    }

    @Test
    void readsThePlainAnswerAndIgnoresUnknownFields() {
        server.enqueue(json(200, "{\"RequestId\":\"010E55C9-C64C-4C85-9BB2-7C225ADA6C86\",\"New\":[1,2]}"));
        try (DomainClient domain = clientFor(server).build()) {
            assertEquals(CancelTaskResponse.builder().requestId("010E55C9-C64C-4C85-9BB2-7C225ADA6C86").build(),
                    domain.cancelTask(cancel("12345678")));
        }
    }

    /** The sample answer on the vendor's page (seed 002) wraps the request id in {@code data}. */
    @Test
    void readsTheDocumentedWrapper() {
        server.enqueue(json(200, "{\"code\":\"200\",\"data\":{\"RequestId\":\"010E55C9-C64C-4C85-9BB2-7C225ADA6C86\","
                + "\"HostId\":\"domain.aliyuncs.com\",\"Code\":\"200\",\"Message\":\"success\"},"
                + "\"name\":\"TaskCancellSuccess\",\"message\":\"success\",\"url\":\"http://127.0.0.1/?Action=CancelTask\"}"));
        try (DomainClient domain = clientFor(server).build()) {
            assertEquals("010E55C9-C64C-4C85-9BB2-7C225ADA6C86", domain.cancelTask(cancel("12345678")).requestId());
        }
    }
}
