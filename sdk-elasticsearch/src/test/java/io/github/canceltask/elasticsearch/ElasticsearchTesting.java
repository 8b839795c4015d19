package io.github.canceltask.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.retry.RetryPolicy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** What the Elasticsearch tests share: a client aimed at a MockWebServer, canned answers, an independent ROA signer. */
final class ElasticsearchTesting {
    static final String ACCESS_KEY_ID = "testid";
    static final String SECRET = "testsecret";
    static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
    static final String NOW_RFC_1123 = "Wed, 01 May 2024 08:00:00 GMT";
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    /** Three tries with waits of a few milliseconds, so retry tests stay fast. */
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
            .baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build();

    private ElasticsearchTesting() {
    }

    /** @return a builder for a client of the server, signing at {@link #NOW} with the test key */
    static ElasticsearchClient.Builder clientFor(MockWebServer server) {
        return ElasticsearchClient.builder()
                .region("cn-hangzhou")
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET))
                .endpointOverride(server.url("/").uri())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .callTimeout(CALL_TIMEOUT)
                .retryPolicy(FAST_RETRIES);
    }

    static CancelTaskRequest cancel(String instanceId) {
        return CancelTaskRequest.builder().instanceId(instanceId).build();
    }

    static MockResponse ok(String requestId) {
        return json(200, "{\"RequestId\":\"" + requestId + "\",\"Result\":true}");
    }

    static MockResponse error(int status, String code, String message, String requestId) {
        return json(status, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"elasticsearch.cn-hangzhou.aliyuncs.com\","
                + "\"Code\":\"" + code + "\",\"Message\":\"" + message + "\","
                + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json;charset=utf-8")
                .body(body).build();
    }

    /** @return the next request the server received, failing the test when none came within 5 s */
    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "the server received no request");
        return request;
    }

    /** @return the path exactly as received, still percent-encoded */
    static String rawPath(RecordedRequest request) {
        String target = request.getTarget();
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** @return the query parameters as received, decoded; a parameter sent twice fails the test */
    static Map<String, String> query(RecordedRequest request) {
        String target = request.getTarget();
        Map<String, String> params = new TreeMap<>();
        int start = target.indexOf('?');
        if (start < 0) {
            return params;
        }
        for (String pair : target.substring(start + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            assertNull(params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1))), "sent twice: " + name);
        }
        return params;
    }

    /** @return the request's headers, names lower-cased */
    static Map<String, String> headers(RecordedRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : request.getHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeaders().get(name));
        }
        return headers;
    }

    /** Recomputes the received request's ROA signature and compares it with its Authorization header. */
    static void assertSignedBy(String accessKeyId, String secret, RecordedRequest request) {
        String expected = "acs " + accessKeyId + ":"
                + roaSignature(request.getMethod(), headers(request), rawPath(request), query(request), secret);
        assertEquals(expected, request.getHeaders().get("Authorization"), "Authorization of " + request);
    }

    /**
     * Alibaba Cloud ROA HMAC-SHA1 written from the vendor's description, independent of the SDK's signer: method,
     * Accept, Content-MD5, Content-Type and Date lines, the sorted x-acs-* headers, the path and the sorted raw query.
     */
    static String roaSignature(String method, Map<String, String> lowerCaseHeaders, String path,
                               Map<String, String> query, String secret) {
        StringBuilder stringToSign = new StringBuilder(method).append('\n');
        for (String name : new String[] {"accept", "content-md5", "content-type", "date"}) {
            stringToSign.append(lowerCaseHeaders.getOrDefault(name, "")).append('\n');
        }
        new TreeMap<>(lowerCaseHeaders).forEach((name, value) -> {
            if (name.startsWith("x-acs-")) {
                stringToSign.append(name).append(':').append(value).append('\n');
            }
        });
        stringToSign.append(path);
        if (!query.isEmpty()) {
            stringToSign.append('?').append(new TreeMap<>(query).entrySet().stream()
                    .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&")));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(stringToSign.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A literal {@code +} in a query stays a plus: the SDK encodes a plus as %2B, so none should arrive. */
    private static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
