package io.github.canceltask.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.retry.RetryPolicy;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** What the Domain tests share: a client aimed at a MockWebServer (region left to the default), canned answers, and an independent RPC signer. */
final class DomainTesting {
    static final String ACCESS_KEY_ID = "testid";
    static final String SECRET = "testsecret";
    static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    /** Three tries with waits of a few milliseconds, so retry tests stay fast. */
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
            .baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build();

    private DomainTesting() {
    }

    /** @return a builder for a client of the server, signing at {@link #NOW} with the test key */
    static DomainClient.Builder clientFor(MockWebServer server) {
        return DomainClient.builder()
                .credentialsProvider(StaticCredentialsProvider.of(ACCESS_KEY_ID, SECRET))
                .endpointOverride(server.url("/").uri())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .callTimeout(CALL_TIMEOUT)
                .retryPolicy(FAST_RETRIES);
    }

    static CancelTaskRequest cancel(String taskNo) {
        return CancelTaskRequest.builder().taskNo(taskNo).build();
    }

    static MockResponse ok(String requestId) {
        return json(200, "{\"RequestId\":\"" + requestId + "\"}");
    }

    static MockResponse error(int status, String code, String message, String requestId) {
        return json(status, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"domain.aliyuncs.com\","
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

    /** Recomputes the received signature from the received parameters and compares. */
    static void assertSignedBy(String secret, Map<String, String> params) {
        assertEquals(rpcSignature("POST", params, secret), params.get("Signature"), "Signature of " + params);
    }

    /**
     * Alibaba Cloud RPC signature v1 written from the vendor's description, independent of the SDK's signer:
     * URLEncoder with {@code +}, {@code *} and {@code %7E} fixed up, sorted pairs, the query encoded twice.
     */
    static String rpcSignature(String method, Map<String, String> params, String secret) {
        String canonical = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** A literal {@code +} in a query stays a plus: the SDK encodes a plus as %2B, so none should arrive. */
    private static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
