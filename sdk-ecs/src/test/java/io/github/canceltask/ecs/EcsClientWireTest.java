package io.github.canceltask.ecs;

import static io.github.canceltask.ecs.EcsTesting.ACCESS_KEY_ID;
import static io.github.canceltask.ecs.EcsTesting.SECRET;
import static io.github.canceltask.ecs.EcsTesting.assertSignedBy;
import static io.github.canceltask.ecs.EcsTesting.cancel;
import static io.github.canceltask.ecs.EcsTesting.clientFor;
import static io.github.canceltask.ecs.EcsTesting.json;
import static io.github.canceltask.ecs.EcsTesting.ok;
import static io.github.canceltask.ecs.EcsTesting.query;
import static io.github.canceltask.ecs.EcsTesting.take;
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

/** What EcsClient puts on the wire, byte for byte where it matters, and how it reads a success. */
class EcsClientWireTest extends EcsMockServerTest {
    @Test
    void sendsEveryRpcParameterAndHeaderSignedWithTheVendorsAlgorithm() throws Exception {
        server.enqueue(ok("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"));
        try (EcsClient ecs = clientFor(server).userAgentSuffix("my-app/1.0").build()) {
            ecs.cancelTask(cancel("t-bp198jigq7l0h5ac"));
        }
        RecordedRequest request = take(server);
        assertEquals("POST", request.getMethod());
        assertEquals("/", request.getUrl().encodedPath());
        Map<String, String> params = query(request);
        String nonce = params.get("SignatureNonce");
        UUID.fromString(nonce);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "Action", "CancelTask", "Version", "2014-05-26", "Format", "JSON", "RegionId", "cn-hangzhou",
                "AccessKeyId", ACCESS_KEY_ID, "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0",
                "SignatureNonce", nonce, "Timestamp", "2024-05-01T08:00:00Z", "TaskId", "t-bp198jigq7l0h5ac"));
        expected.put("Signature", EcsTesting.rpcSignature("POST", expected, SECRET));
        assertEquals(expected, params);
        assertSignedBy(SECRET, params);

        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertEquals("CancelTask", request.getHeaders().get("x-acs-action"));
        assertEquals("2014-05-26", request.getHeaders().get("x-acs-version"));
        assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
        assertEquals("0", request.getHeaders().get("Content-Length"));
        assertNull(request.getHeaders().get("Authorization"));
        String userAgent = request.getHeaders().get("User-Agent");
        assertTrue(Pattern.matches("canceltask-sdk-java/\\d[^ ]* Java/" + Pattern.quote(System.getProperty("java.version"))
                + " " + Pattern.quote(System.getProperty("os.name").replace(' ', '_')) + "/"
                + Pattern.quote(System.getProperty("os.arch")) + " my-app/1\\.0", userAgent), userAgent);
    }

    @Test
    void stsTokenIsSentAndSignedAsSecurityToken() throws Exception {
        server.enqueue(ok("R1"));
        try (EcsClient ecs = clientFor(server)
                .credentialsProvider(StaticCredentialsProvider.of("STS.testid", SECRET, "CAIS+sts/token=="))
                .build()) {
            ecs.cancelTask(cancel("t-1"));
        }
        Map<String, String> params = query(take(server));
        assertEquals("STS.testid", params.get("AccessKeyId"));
        assertEquals("CAIS+sts/token==", params.get("SecurityToken"));
        assertSignedBy(SECRET, params);
    }

    @Test
    void valuesThatNeedEncodingArriveIntactAndSigned() throws Exception {
        server.enqueue(ok("R1"));
        String taskId = "t-a b*c~d/e+f=g&h:中文";
        try (EcsClient ecs = clientFor(server).build()) {
            ecs.cancelTask(cancel(taskId));
        }
        RecordedRequest request = take(server);
        assertTrue(request.getTarget().contains("TaskId=t-a%20b%2Ac~d%2Fe%2Bf%3Dg%26h%3A%E4%B8%AD%E6%96%87"),
                request.getTarget());
        Map<String, String> params = query(request);
        assertEquals(taskId, params.get("TaskId"));
        assertSignedBy(SECRET, params);
    }

    @Test
    void aRequestsOwnRegionIdWinsOverTheClients() throws Exception {
        server.enqueue(ok("R1"));
        try (EcsClient ecs = clientFor(server).build()) {
            ecs.cancelTask(CancelTaskRequest.builder().taskId("t-1").regionId("cn-beijing").build());
        }
        Map<String, String> params = query(take(server));
        assertEquals("cn-beijing", params.get("RegionId"));
        assertSignedBy(SECRET, params);
    }

    /** The reference signer in {@link EcsTesting} must itself reproduce the vendor's vector E1. */
    @Test
    void referenceSignerReproducesTheOfficialVector() {
        Map<String, String> e1 = new TreeMap<>(Map.of("AccessKeyId", "testid", "Action", "CancelTask",
                "Format", "JSON", "RegionId", "cn-hangzhou", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "c0ffee00-0000-4000-8000-000000000001", "SignatureVersion", "1.0",
                "TaskId", "t-bp1234567890abcdef", "Timestamp", "2024-05-01T08:00:00Z", "Version", "2014-05-26"));
        assertEquals("XzYK8d9eUF95UwbHWR1pZFCKUas=", EcsTesting.rpcSignature("POST", e1, "testsecret"));
    }

    @ParameterizedTest
    @CsvSource({
        "cn-hangzhou, https://ecs-cn-hangzhou.aliyuncs.com/",
        "cn-shanghai, https://ecs.cn-shanghai.aliyuncs.com/",
        "ap-southeast-1, https://ecs.ap-southeast-1.aliyuncs.com/",
        "cn-wuhan, https://ecs.aliyuncs.com/",
    })
    void resolvesTheEndpointTheOfficialSdkUses(String region, String endpoint) {
        try (EcsClient ecs = EcsClient.builder().region(region)
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET)).build()) {
            assertEquals("EcsClient{region=" + region + ", endpoint=" + endpoint + "}", ecs.toString());
        }
    }

    @Test
    void readsTheRequestIdAndIgnoresUnknownFields() {
        server.enqueue(json(200, "{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\",\"New\":{\"x\":[1]},"
                + "\"Other\":null}"));
        try (EcsClient ecs = clientFor(server).build()) {
            assertEquals(CancelTaskResponse.builder().requestId("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E").build(),
                    ecs.cancelTask(cancel("t-1")));
        }
    }
}
