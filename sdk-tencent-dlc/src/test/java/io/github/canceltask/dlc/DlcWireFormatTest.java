package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static io.github.canceltask.dlc.DlcTestServer.SECRET_ID;
import static io.github.canceltask.dlc.DlcTestServer.SECRET_KEY;
import static io.github.canceltask.dlc.DlcTestServer.TASK_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a CancelTask looks like on the wire, byte for byte, against the vectors the official SDK produced. */
class DlcWireFormatTest {
    private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);
    private final MockWebServer server = DlcTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheDocumentedRequestSignedOverTheHostItReallySent() throws Exception {
        server.enqueue(DlcTestServer.success("req-1"));
        try (DlcClient client = DlcTestServer.client(server).clock(AT_1700000000).build()) {
            assertEquals("req-1", client.cancelTask(REQUEST).requestId());
        }
        RecordedRequest sent = server.takeRequest();
        assertEquals("POST", sent.getMethod());
        assertEquals("/", sent.getTarget());
        byte[] body = sent.getBody().toByteArray();
        assertEquals("{\"TaskId\":\"" + TASK_ID + "\"}", new String(body, StandardCharsets.UTF_8));
        assertEquals("application/json; charset=utf-8", sent.getHeaders().get("Content-Type"));
        assertEquals("CancelTask", sent.getHeaders().get("X-TC-Action"));
        assertEquals("2021-01-25", sent.getHeaders().get("X-TC-Version"));
        assertEquals("1700000000", sent.getHeaders().get("X-TC-Timestamp"));
        assertEquals("ap-guangzhou", sent.getHeaders().get("X-TC-Region"));
        assertNull(sent.getHeaders().get("X-TC-Token"));
        String host = sent.getHeaders().get("Host");
        assertEquals("127.0.0.1:" + server.getPort(), host);
        // The scope's service is the operation's, not the first label of 127.0.0.1 as the official SDK would take.
        assertEquals(ReferenceTc3.authorization(SECRET_ID, SECRET_KEY, "dlc", host,
                        "application/json; charset=utf-8", body, 1700000000L),
                sent.getHeaders().get("Authorization"));
        String scopeAndHeaders = "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2023-11-14/dlc/tc3_request, "
                + "SignedHeaders=content-type;host, Signature=";
        assertEquals(scopeAndHeaders, sent.getHeaders().get("Authorization")
                .substring(0, scopeAndHeaders.length()));
    }

    @Test
    void matchesTheOfficialSdkVectorV1ForTheRealHost() throws Exception {
        server.enqueue(DlcTestServer.success("req-v1"));
        OkHttpClient viaProxy = new OkHttpClient.Builder().proxy(server.getProxyAddress()).build();
        try (DlcClient client = DlcTestServer.client(server)
                .endpointOverride(URI.create("http://dlc.tencentcloudapi.com"))
                .httpClient(viaProxy)
                .clock(AT_1700000000)
                .build()) {
            assertEquals("req-v1", client.cancelTask(REQUEST).requestId());
        } finally {
            viaProxy.dispatcher().executorService().shutdown();
            viaProxy.connectionPool().evictAll();
        }
        RecordedRequest sent = server.takeRequest();
        assertEquals("dlc.tencentcloudapi.com", sent.getHeaders().get("Host"));
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000/2023-11-14/dlc/tc3_request, "
                        + "SignedHeaders=content-type;host, "
                        + "Signature=62b6bf57a56ad747b9505b73d606d3aca85abcdedac9f9e8c6193edc37b3ec35",
                sent.getHeaders().get("Authorization"));
    }

    @Test
    void sendsTheSessionTokenUnsignedAsInVectorV3() throws Exception {
        server.enqueue(DlcTestServer.success("req-v3"));
        OkHttpClient viaProxy = new OkHttpClient.Builder().proxy(server.getProxyAddress()).build();
        try (DlcClient client = DlcClient.builder()
                .region("ap-shanghai")
                .credentialsProvider(StaticCredentialsProvider.of("AKIDtmpSessionEXAMPLE000000000000000",
                        "TmpSecretKeyEXAMPLE0000000000000000", "tokenEXAMPLE_abc123+/=session.token"))
                .endpointOverride(URI.create("http://dlc.tencentcloudapi.com"))
                .httpClient(viaProxy)
                .clock(Clock.fixed(Instant.ofEpochSecond(1735689600), ZoneOffset.UTC))
                .build()) {
            client.cancelTask(CancelTaskRequest.builder().taskId("task-session-0001").build());
        } finally {
            viaProxy.dispatcher().executorService().shutdown();
            viaProxy.connectionPool().evictAll();
        }
        RecordedRequest sent = server.takeRequest();
        assertEquals("{\"TaskId\":\"task-session-0001\"}", sent.getBody().utf8());
        assertEquals("tokenEXAMPLE_abc123+/=session.token", sent.getHeaders().get("X-TC-Token"));
        assertEquals("ap-shanghai", sent.getHeaders().get("X-TC-Region"));
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDtmpSessionEXAMPLE000000000000000/2025-01-01/dlc/tc3_request, "
                        + "SignedHeaders=content-type;host, "
                        + "Signature=ef1b12efa0dce0b63e7bab2d2af47a9728cb2fd1e2dd270d071befeea1663633",
                sent.getHeaders().get("Authorization"));
    }

    @Test
    void aTaskIdWithUnicodeQuotesAndBackslashesRoundTripsThroughTheJsonBody() throws Exception {
        String taskId = "\u4efb\u52a1-\u00fc-\ud83d\ude00 \"quote\" back\\slash /slash <lt>&amp='apos'";
        server.enqueue(DlcTestServer.success("req-u"));
        try (DlcClient client = DlcTestServer.client(server).clock(AT_1700000000).build()) {
            client.cancelTask(CancelTaskRequest.builder().taskId(taskId).build());
        }
        RecordedRequest sent = server.takeRequest();
        byte[] body = sent.getBody().toByteArray();
        assertEquals(taskId, new ObjectMapper().readTree(body).get("TaskId").textValue());
        assertEquals(1, new ObjectMapper().readTree(body).size());
        assertEquals(ReferenceTc3.authorization(SECRET_ID, SECRET_KEY, "dlc", sent.getHeaders().get("Host"),
                        "application/json; charset=utf-8", body, 1700000000L),
                sent.getHeaders().get("Authorization"));
    }

    @Test
    void theRegionalEndpointOptionCallsTheRegionsHost() {
        try (DlcClient client = DlcClient.builder().region("ap-shanghai").regionalEndpoint(true)
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY)).build();
             DlcClient nearest = DlcClient.builder().region("ap-shanghai")
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY)).build()) {
            assertEquals("DlcClient{region=ap-shanghai, endpoint=https://dlc.ap-shanghai.tencentcloudapi.com/}",
                    client.toString());
            assertEquals("DlcClient{region=ap-shanghai, endpoint=https://dlc.tencentcloudapi.com/}",
                    nearest.toString());
        }
    }
}
