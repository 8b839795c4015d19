package io.github.canceltask.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.PercentEncoder;
import io.github.canceltask.core.signer.RpcSigner;
import io.github.canceltask.core.signer.Tc3Signer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * LocalCloud on the wire: requests exactly as the vendors' official SDKs sent them (the captures and vectors in
 * shared/notes, signed by the official jars, with their fixed keys, times and nonces), replayed byte for byte, and
 * hand-made requests for the checks our SDK never trips (replayed nonces, missing parameters, unknown routes).
 */
class LocalCloudWireTest {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final Credentials TEST_KEY = Credentials.of("testid", "testsecret");

    @AfterAll
    static void release() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    /** A cloud whose clock stands at a capture's time and that accepts the capture's key. */
    private static LocalCloud cloudAt(String instant, Credentials key) {
        return LocalCloud.builder().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).addCredentials(key)
                .start();
    }

    private record Reply(int status, String date, String contentType, JsonNode json, String text) {
    }

    private static Reply send(LocalCloud cloud, String pathAndQuery, Map<String, String> headers, byte[] body,
                              MediaType type) throws IOException {
        Request.Builder request = new Request.Builder().url(cloud.endpoint() + pathAndQuery)
                .post(RequestBody.create(body, type));
        headers.forEach(request::header);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String text = response.body().string();
            JsonNode json = text.startsWith("{") ? JSON.readTree(text) : null;
            return new Reply(response.code(), response.header("Date"), response.header("Content-Type"), json, text);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Map<String, String> classicRpcHeaders(String version) {
        return Map.of("Accept", "application/json", "x-acs-action", "CancelTask", "x-acs-version", version,
                "x-sdk-client", "Java/2.0.0", "x-sdk-invoke-type", "normal",
                "User-Agent", "AlibabaCloud (Linux; amd64) Java/17.0.15+6-Debian-1deb12u1 Core/4.7.3");
    }

    @Test
    void servesTheClassicEcsSdksRequestWithRawStarAndTildeInTheQuery() throws IOException {
        try (LocalCloud cloud = cloudAt("2026-11-23T18:01:40Z", TEST_KEY)) {
            cloud.ecs().addTask("t-a b*c~d/e+f=g&h:中文", TaskState.RUNNING);

            Reply reply = send(cloud, "/?SignatureVersion=1.0&Action=CancelTask&Format=JSON"
                            + "&TaskId=t-a%20b*c%7Ed%2Fe%2Bf%3Dg%26h%3A%E4%B8%AD%E6%96%87"
                            + "&SignatureNonce=43a01e466ea5fdd5868deee2b4f21e9a&Version=2014-05-26&AccessKeyId=testid"
                            + "&Signature=e%2B6VFitbuT2BdsfIJf04UJN4DT8%3D&SignatureMethod=HMAC-SHA1"
                            + "&RegionId=cn-hangzhou&Timestamp=2026-11-23T18%3A01%3A32Z",
                    classicRpcHeaders("2014-05-26"), new byte[0], FORM);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(List.of("RequestId"), fieldNames(reply.json()));
            assertEquals("Mon, 23 Nov 2026 18:01:40 GMT", reply.date());
            assertEquals(TaskState.CANCELED, cloud.ecs().state("t-a b*c~d/e+f=g&h:中文"));
        }
    }

    @Test
    void servesTheClassicSdksRpcPostWithTheTaskIdInTheFormBody() throws IOException {
        try (LocalCloud cloud = cloudAt("2026-11-23T18:01:32Z", TEST_KEY)) {
            cloud.ecs().addTask("t-a b*c~d/e+f=g&h:中文", TaskState.RUNNING);
            Map<String, String> headers = new LinkedHashMap<>(classicRpcHeaders("2014-05-26"));
            headers.put("Content-MD5", "2Bf8hDdTYpYFrbxFfBLo+g==");

            Reply reply = send(cloud, "/?AccessKeyId=testid&Action=CancelTask&Format=JSON&RegionId=cn-hangzhou"
                            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=a1bdcf65c48b821f03bed724c2069229"
                            + "&SignatureVersion=1.0&Timestamp=2026-11-23T18%3A01%3A32Z&Version=2014-05-26"
                            + "&Signature=xmbXmiL7%2BBvzzs9EKLa2v1d5yvw%3D",
                    headers, "TaskId=t-a+b*c%7Ed%2Fe%2Bf%3Dg%26h%3A%E4%B8%AD%E6%96%87".getBytes(StandardCharsets.UTF_8),
                    FORM);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(TaskState.CANCELED, cloud.ecs().state("t-a b*c~d/e+f=g&h:中文"));
            assertEquals("TaskId=t-a+b*c%7Ed%2Fe%2Bf%3Dg%26h%3A%E4%B8%AD%E6%96%87", cloud.requests().get(0).body());
        }
    }

    @Test
    void servesTheClassicDomainSdksStsRequest() throws IOException {
        Credentials sts = Credentials.of("testid", "testsecret", "CAIS+sts/token==");
        try (LocalCloud cloud = cloudAt("2026-11-23T18:01:32Z", sts)) {
            cloud.domain().addTask("T 1*2~3/4+5 中文 é", TaskState.RUNNING);

            Reply reply = send(cloud, "/?AccessKeyId=testid&Action=CancelTask&Format=JSON&Lang=en"
                            + "&RegionId=cn-hangzhou&SecurityToken=CAIS%2Bsts%2Ftoken%3D%3D&SignatureMethod=HMAC-SHA1"
                            + "&SignatureNonce=6d4828e6aec877901e5dda9c76bf6144&SignatureVersion=1.0"
                            + "&TaskNo=T%201*2%7E3%2F4%2B5%20%E4%B8%AD%E6%96%87%20%C3%A9"
                            + "&Timestamp=2026-11-23T18%3A01%3A32Z&UserClientIp=127.0.0.1&Version=2018-01-29"
                            + "&Signature=k9LHgdFXC9b5%2FLJ8RJJhGzVonOs%3D",
                    classicRpcHeaders("2018-01-29"), new byte[0], FORM);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(TaskState.CANCELED, cloud.domain().state("T 1*2~3/4+5 中文 é"));
        }
    }

    @Test
    void servesTheClassicRoaRequestWithContentMd5AndContentType() throws IOException {
        try (LocalCloud cloud = cloudAt("2026-11-23T18:02:04Z", TEST_KEY)) {
            cloud.elasticsearch().addTask("es-cn-abc123", TaskState.RUNNING);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/json");
            headers.put("Authorization", "acs testid:FXr41TQp/LtBGses/13aAtvR8Po=");
            headers.put("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==");
            headers.put("Date", "Mon, 23 Nov 2026 18:02:04 GMT");
            headers.put("RegionId", "cn-hangzhou");
            headers.put("x-acs-action", "CancelTask");
            headers.put("x-acs-signature-method", "HMAC-SHA1");
            headers.put("x-acs-signature-nonce", "e548351f20588faf0920ad8c2e90b109");
            headers.put("x-acs-signature-version", "1.0");
            headers.put("x-acs-version", "2017-06-13");
            headers.put("x-sdk-client", "Java/2.0.0");
            headers.put("x-sdk-invoke-type", "common");

            Reply reply = send(cloud, "/openapi/instances/es-cn-abc123/actions/cancel-task"
                    + "?taskType=MigrateData&clientToken=tok-123%20abc%2F%2B%3D", headers, new byte[0], FORM);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(List.of("RequestId", "Result"), fieldNames(reply.json()));
            assertTrue(reply.json().get("Result").booleanValue());
            assertEquals("tok-123 abc/+=", cloud.requests().get(0).query().get("clientToken"));
        }
    }

    private static Map<String, String> teaRoaHeaders(String authorization, String nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("authorization", authorization);
        headers.put("date", "Mon, 23 Nov 2026 18:02:19 GMT");
        headers.put("x-acs-action", "CancelTask");
        headers.put("x-acs-signature-method", "HMAC-SHA1");
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-signature-version", "1.0");
        headers.put("x-acs-version", "2017-06-13");
        return headers;
    }

    @Test
    void servesTheTeaElasticsearchSdksRequestWithPlusForSpaceInTheQuery() throws IOException {
        try (LocalCloud cloud = cloudAt("2026-11-23T18:02:19Z", TEST_KEY)) {
            cloud.elasticsearch().addTask("es-cn-abc123", TaskState.RUNNING);

            Reply reply = send(cloud, "/openapi/instances/es-cn-abc123/actions/cancel-task"
                            + "?taskType=MigrateData&clientToken=tok-123+abc%2F%2B%3D",
                    teaRoaHeaders("acs testid:Xvry/56/aK1ZMoZsswdlFSfYolk=",
                            "a7ca8188-fe04-418c-a486-4deff665062317954569392151"), new byte[0], null);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(TaskState.CANCELED, cloud.elasticsearch().state("es-cn-abc123"));
        }
    }

    @Test
    void servesTheTeaElasticsearchSdksStsRequest() throws IOException {
        Credentials sts = Credentials.of("STS.testid", "testsecret", "CAIS+sts/token==");
        try (LocalCloud cloud = cloudAt("2026-11-23T18:02:19Z", sts)) {
            cloud.elasticsearch().addTask("es-cn-abc123", TaskState.RUNNING);
            Map<String, String> headers = teaRoaHeaders("acs STS.testid:FXKfJ3iPjcIN0vkGBaMEBh//qMs=",
                    "994e7609-395b-435e-8c05-97570228829217954569392221");
            headers.put("x-acs-accesskey-id", "STS.testid");
            headers.put("x-acs-security-token", "CAIS+sts/token==");

            Reply reply = send(cloud, "/openapi/instances/es-cn-abc123/actions/cancel-task"
                    + "?taskType=MigrateData&clientToken=tok-1", headers, new byte[0], null);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(TaskState.CANCELED, cloud.elasticsearch().state("es-cn-abc123"));
        }
    }

    private static Map<String, String> tencentHeaders(String authorization, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "dlc.tencentcloudapi.com");
        headers.put("Authorization", authorization);
        headers.put("X-TC-Action", "CancelTask");
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        headers.put("X-TC-Version", "2021-01-25");
        headers.put("X-TC-RequestClient", "SDK_JAVA_3.1.1000");
        headers.put("X-TC-Region", "ap-guangzhou");
        return headers;
    }

    private static final MediaType TENCENT_JSON = MediaType.get("application/json; charset=utf-8");
    private static final Credentials TENCENT_KEY =
            Credentials.of("AKIDEXAMPLEdlcCancelTask0000000000000", "EXAMPLEdlcSecretKey0123456789abcdef");
    private static final byte[] TENCENT_BODY =
            "{\"TaskId\":\"2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void servesTheTencentSdksRequest() throws IOException {
        try (LocalCloud cloud = cloudAt("2023-11-14T22:13:20Z", TENCENT_KEY)) {
            cloud.dlc().addTask("2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b", TaskState.RUNNING);

            Reply reply = send(cloud, "/", tencentHeaders("TC3-HMAC-SHA256 Credential=AKIDEXAMPLEdlcCancelTask0000000000000"
                            + "/2023-11-14/dlc/tc3_request, SignedHeaders=content-type;host, "
                            + "Signature=62b6bf57a56ad747b9505b73d606d3aca85abcdedac9f9e8c6193edc37b3ec35", 1700000000L),
                    TENCENT_BODY, TENCENT_JSON);

            assertEquals(200, reply.status(), reply.text());
            assertEquals(List.of("Response"), fieldNames(reply.json()));
            assertEquals(List.of("RequestId"), fieldNames(reply.json().get("Response")));
            assertEquals(TaskState.CANCELED, cloud.dlc().state("2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b"));
        }
    }

    /** Signs the DLC request over {@code content-type;host;x-tc-action}, the documented three-header form. */
    private static String signWithAction(Credentials key, String service, long timestamp) {
        Map<String, String> signed = Map.of("content-type", "application/json; charset=utf-8",
                "host", "dlc.tencentcloudapi.com", "x-tc-action", "canceltask");
        return new Tc3Signer().authorization(key, service, "POST", "/", "", signed,
                Tc3Signer.hashPayload(TENCENT_BODY), timestamp);
    }

    @Test
    void acceptsTheActionAmongTheSignedHeadersAndChecksTheScopesService() throws IOException {
        try (LocalCloud cloud = cloudAt("2023-11-14T22:13:20Z", TENCENT_KEY)) {
            cloud.dlc().addTask("2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b", TaskState.RUNNING);

            Reply wrongService = send(cloud, "/", tencentHeaders(signWithAction(TENCENT_KEY, "cvm", 1700000000L),
                    1700000000L), TENCENT_BODY, TENCENT_JSON);
            Reply accepted = send(cloud, "/", tencentHeaders(signWithAction(TENCENT_KEY, "dlc", 1700000000L),
                    1700000000L), TENCENT_BODY, TENCENT_JSON);

            assertEquals("AuthFailure.SignatureFailure",
                    wrongService.json().at("/Response/Error/Code").asText(), wrongService.text());
            assertEquals(200, accepted.status());
            assertTrue(accepted.json().at("/Response/Error").isMissingNode(), accepted.text());
            assertEquals(TaskState.CANCELED, cloud.dlc().state("2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b"));
        }
    }

    private static String rpcQuery(SortedMap<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                .append(PercentEncoder.encode(name)).append('=').append(PercentEncoder.encode(value)));
        return query.toString();
    }

    private static SortedMap<String, String> signedEcsCancel(LocalCloud cloud, String taskId, String nonce) {
        Map<String, String> parameters = new TreeMap<>(Map.of("Action", "CancelTask", "Version", "2014-05-26",
                "Format", "JSON", "RegionId", "cn-hangzhou", "TaskId", taskId));
        return RpcSigner.sign("POST", parameters, cloud.credentials().resolveCredentials(), Instant.now(), nonce);
    }

    @Test
    void refusesAReusedNonce() throws IOException {
        try (LocalCloud cloud = LocalCloud.start()) {
            cloud.ecs().addTask("t-1", TaskState.RUNNING);
            String query = rpcQuery(signedEcsCancel(cloud, "t-1", "nonce-1"));

            Reply first = send(cloud, query, Map.of(), new byte[0], FORM);
            Reply replay = send(cloud, query, Map.of(), new byte[0], FORM);

            assertEquals(200, first.status(), first.text());
            assertEquals(400, replay.status());
            assertEquals(List.of("RequestId", "HostId", "Code", "Message", "Recommend"), fieldNames(replay.json()));
            assertEquals("SignatureNonceUsed", replay.json().get("Code").asText());
            assertEquals("ecs.aliyuncs.com", replay.json().get("HostId").asText());
            assertEquals(replay.json().get("RequestId").asText(), cloud.requests().get(1).requestId());
            assertTrue(replay.contentType().startsWith("application/json"), replay.contentType());
        }
    }

    @Test
    void answersXmlWhenAskedForIt() throws IOException {
        try (LocalCloud cloud = LocalCloud.start()) {
            cloud.ecs().addTask("t-1", TaskState.RUNNING);
            Map<String, String> parameters = new TreeMap<>(Map.of("Action", "CancelTask", "Version", "2014-05-26",
                    "Format", "XML", "RegionId", "cn-hangzhou", "TaskId", "t-2"));
            String query = rpcQuery(RpcSigner.sign("POST", parameters, cloud.credentials().resolveCredentials(),
                    Instant.now(), "nonce-xml"));

            Reply reply = send(cloud, query, Map.of(), new byte[0], FORM);

            assertEquals(400, reply.status());
            assertTrue(reply.text().matches("<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?><Error><RequestId>[0-9A-F-]{36}"
                    + "</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>InvalidTaskId.NotFound</Code>"
                    + "<Message>The specified &quot;TaskId&quot; is not found.</Message><Recommend>.*</Recommend>"
                    + "</Error>"), reply.text());
        }
    }

    @Test
    void refusesMissingCommonParametersAndUnknownRoutes() throws IOException {
        try (LocalCloud cloud = LocalCloud.start()) {
            SortedMap<String, String> noNonce = signedEcsCancel(cloud, "t-1", "nonce-2");
            noNonce.remove("SignatureNonce");
            Map<String, String> dlcHeaders = tencentHeaders("TC3-HMAC-SHA256 Credential=x/2023-11-14/dlc/tc3_request,"
                    + " SignedHeaders=content-type;host, Signature=" + "0".repeat(64), Instant.now().getEpochSecond());
            dlcHeaders.remove("X-TC-Region");
            Map<String, String> otherVersion = new LinkedHashMap<>(dlcHeaders);
            otherVersion.put("X-TC-Region", "ap-guangzhou");
            otherVersion.put("X-TC-Version", "2019-01-01");

            Reply missingNonce = send(cloud, rpcQuery(noNonce), Map.of(), new byte[0], FORM);
            Reply unknownVersion = send(cloud, "/?Action=CancelTask&Version=2099-01-01", Map.of(), new byte[0], FORM);
            Reply unknownPath = send(cloud, "/nowhere", Map.of(), new byte[0], FORM);
            Reply missingRegion = send(cloud, "/", dlcHeaders, TENCENT_BODY, TENCENT_JSON);
            Reply wrongVersion = send(cloud, "/", otherVersion, TENCENT_BODY, TENCENT_JSON);

            assertEquals("MissingParameter", missingNonce.json().get("Code").asText());
            assertEquals("An input parameter \"SignatureNonce\" that is mandatory for processing the request is not"
                    + " supplied.", missingNonce.json().get("Message").asText());
            assertEquals("InvalidParameter", unknownVersion.json().get("Code").asText());
            assertEquals(404, unknownPath.status());
            assertEquals("InvalidAction.NotFound", unknownPath.json().get("Code").asText());
            assertEquals(200, missingRegion.status());
            assertEquals("MissingParameter", missingRegion.json().at("/Response/Error/Code").asText());
            assertEquals("NoSuchVersion", wrongVersion.json().at("/Response/Error/Code").asText());
            assertEquals(List.of(RecordedCall.Service.ECS, RecordedCall.Service.UNKNOWN, RecordedCall.Service.UNKNOWN,
                    RecordedCall.Service.DLC, RecordedCall.Service.DLC),
                    cloud.requests().stream().map(RecordedCall::service).toList());
        }
    }

    @Test
    void answersRetryAfterWithTheVendorsBody() throws IOException {
        try (LocalCloud cloud = LocalCloud.start()) {
            cloud.failNextWithRetryAfter(1, 7);
            Request request = new Request.Builder().url(cloud.endpoint() + "/openapi/instances/es-1/actions/cancel-task")
                    .post(RequestBody.create(new byte[0], null)).build();

            try (Response response = HTTP.newCall(request).execute()) {
                JsonNode body = JSON.readTree(response.body().string());
                assertEquals(503, response.code());
                assertEquals("7", response.header("Retry-After"));
                assertEquals("ServiceUnavailable", body.get("Code").asText());
                assertEquals(body.get("RequestId").asText(), response.header("x-acs-request-id"));
            }
        }
    }
}
