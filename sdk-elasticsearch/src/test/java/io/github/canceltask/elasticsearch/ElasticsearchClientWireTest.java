package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ACCESS_KEY_ID;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.NOW_RFC_1123;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.SECRET;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.assertSignedBy;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.cancel;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.headers;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.json;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ok;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.query;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.rawPath;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.roaSignature;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What ElasticsearchClient puts on the wire (ROA), byte for byte where it matters, and how it reads an answer. */
class ElasticsearchClientWireTest extends ElasticsearchMockServerTest {
    private static final String PATH = "/openapi/instances/es-cn-nif1q9o8r0008/actions/cancel-task";

    @Test
    void sendsPathQueryAndEveryHeaderSignedWithTheVendorsAlgorithm() throws Exception {
        server.enqueue(ok("C82758DD-282F-4D48-934F-92170A33"));
        try (ElasticsearchClient es = clientFor(server).userAgentSuffix("my-app/1.0").build()) {
            es.cancelTask(cancel("es-cn-nif1q9o8r0008"));
        }
        RecordedRequest request = take(server);
        assertEquals("POST", request.getMethod());
        assertEquals(PATH, rawPath(request));
        Map<String, String> query = query(request);
        String clientToken = query.get("clientToken");
        assertEquals(clientToken, UUID.fromString(clientToken).toString());
        assertEquals(Map.of("taskType", "MigrateData", "clientToken", clientToken), query);

        Map<String, String> headers = headers(request);
        String nonce = headers.get("x-acs-signature-nonce");
        UUID.fromString(nonce);
        String userAgent = headers.get("user-agent");
        assertTrue(Pattern.matches("canceltask-sdk-java/\\d[^ ]* Java/" + Pattern.quote(System.getProperty("java.version"))
                + " " + Pattern.quote(System.getProperty("os.name").replace(' ', '_')) + "/"
                + Pattern.quote(System.getProperty("os.arch")) + " my-app/1\\.0", userAgent), userAgent);
        Map<String, String> signed = new TreeMap<>(Map.of("accept", "application/json", "date", NOW_RFC_1123,
                "x-acs-action", "CancelTask", "x-acs-version", "2017-06-13", "x-acs-signature-method", "HMAC-SHA1",
                "x-acs-signature-version", "1.0", "x-acs-signature-nonce", nonce));
        String authorization = "acs " + ACCESS_KEY_ID + ":" + roaSignature("POST", signed, PATH, query, SECRET);
        Map<String, String> expected = new TreeMap<>(signed);
        expected.put("authorization", authorization);
        expected.put("user-agent", userAgent);
        expected.put("content-length", "0");
        headers.keySet().removeAll(Set.of("host", "connection", "accept-encoding"));
        assertEquals(expected, headers, "no Content-Type, Content-MD5, RegionId or token headers");
        assertSignedBy(ACCESS_KEY_ID, SECRET, request);
    }

    @Test
    void stsCredentialsAddAccessKeyIdAndSecurityTokenHeadersToTheSignature() throws Exception {
        server.enqueue(ok("R1"));
        try (ElasticsearchClient es = clientFor(server)
                .credentialsProvider(StaticCredentialsProvider.of("STS.testid", SECRET, "CAIS+sts/token=="))
                .build()) {
            es.cancelTask(CancelTaskRequest.builder().instanceId("es-cn-abc123").clientToken("tok-1").build());
        }
        RecordedRequest request = take(server);
        assertEquals("STS.testid", request.getHeaders().get("x-acs-accesskey-id"));
        assertEquals("CAIS+sts/token==", request.getHeaders().get("x-acs-security-token"));
        assertTrue(request.getHeaders().get("Authorization").startsWith("acs STS.testid:"));
        assertSignedBy("STS.testid", SECRET, request);
    }

    @Test
    void instanceIdIsOnePercentEncodedPathSegment() throws Exception {
        server.enqueue(ok("R1"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            es.cancelTask(cancel("es-cn+ab*c:é@!"));
        }
        RecordedRequest request = take(server);
        assertEquals("/openapi/instances/es-cn%2Bab%2Ac%3A%C3%A9%40%21/actions/cancel-task", rawPath(request));
        assertSignedBy(ACCESS_KEY_ID, SECRET, request);
    }

    @Test
    void aGivenClientTokenIsSentAsIsAndSignedRaw() throws Exception {
        server.enqueue(ok("R1"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            es.cancelTask(CancelTaskRequest.builder().instanceId("es-cn-abc123").clientToken("tok-123 abc/+=").build());
        }
        RecordedRequest request = take(server);
        assertTrue(request.getTarget().contains("clientToken=tok-123%20abc%2F%2B%3D"), request.getTarget());
        assertEquals("tok-123 abc/+=", query(request).get("clientToken"));
        assertSignedBy(ACCESS_KEY_ID, SECRET, request);
    }

    @Test
    void generatedClientTokenDiffersPerCall() throws Exception {
        server.enqueue(ok("R1"));
        server.enqueue(ok("R2"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            CancelTaskRequest request = cancel("es-cn-abc123");
            es.cancelTask(request);
            es.cancelTask(request);
        }
        assertNotEquals(query(take(server)).get("clientToken"), query(take(server)).get("clientToken"));
    }

    @Test
    void givenTaskTypeIsSent() throws Exception {
        server.enqueue(ok("R1"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            es.cancelTask(CancelTaskRequest.builder().instanceId("es-1").taskType("OtherType").build());
        }
        assertEquals("OtherType", query(take(server)).get("taskType"));
    }

    /** The reference signer in {@link ElasticsearchTesting} must itself reproduce the vendor's vectors R1 and R2. */
    @Test
    void referenceSignerReproducesTheOfficialVectors() {
        Map<String, String> r1 = Map.of("accept", "application/json", "date", NOW_RFC_1123,
                "x-acs-action", "CancelTask", "x-acs-signature-method", "HMAC-SHA1",
                "x-acs-signature-nonce", "c0ffee00000040008000000000000003", "x-acs-signature-version", "1.0",
                "x-acs-version", "2017-06-13");
        String path = "/openapi/instances/es-cn-abc123/actions/cancel-task";
        assertEquals("wvHpx+jmy5RSGso/4AiVvjaWihg=",
                roaSignature("POST", r1, path, Map.of("taskType", "MigrateData"), "testsecret"));
        assertEquals("Tv28JUU6NlAOytE9D+FPSRfH52M=", roaSignature("POST", r1, path,
                Map.of("taskType", "MigrateData", "clientToken", "tok-123 abc/+="), "testsecret"));
    }

    @ParameterizedTest
    @CsvSource({"cn-hangzhou", "cn-shanghai", "ap-southeast-1", "eu-central-1"})
    void resolvesTheRegionalEndpoint(String region) {
        try (ElasticsearchClient es = ElasticsearchClient.builder().region(region)
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET)).build()) {
            assertEquals("ElasticsearchClient{region=" + region + ", endpoint=https://elasticsearch." + region
                    + ".aliyuncs.com/}", es.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false"})
    void readsRequestIdAndResultIgnoringUnknownFields(String result, boolean expected) {
        server.enqueue(json(200, "{\"Result\":" + result + ",\"RequestId\":\"C82758DD\",\"Unknown\":{\"a\":1}}"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            assertEquals(CancelTaskResponse.builder().requestId("C82758DD").result(expected).build(),
                    es.cancelTask(cancel("es-1")));
        }
    }
}
