package io.github.canceltask.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import io.github.canceltask.core.signer.PercentEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Canary credentials go through success and every failure path with DEBUG logging on; neither the secret nor the
 * token may come out, raw or percent-encoded, in a log line, an exception or a {@code toString()}. The server
 * quotes them back only in the forms the SDK promises to mask (raw, percent-encoded once and twice).
 */
class SecretCanaryTest {
    private static final String ID = "AKIDcanaryid";
    private static final String SECRET = "SECRETcanary-9f8e7d";
    private static final String TOKEN = "TOKENcanary+/=x";
    private static final String TOKEN_ONCE = PercentEncoder.encode(TOKEN);
    private static final String TOKEN_TWICE = PercentEncoder.encode(TOKEN_ONCE);
    /** Every form of both secrets starts with one of these, so any leak of any form contains one. */
    private static final List<String> CANARIES = List.of("SECRETcanary", "TOKENcanary");
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one would lose its level. */
    private static final Logger SDK_LOG = Logger.getLogger("io.github.canceltask");
    private static final Logger OKHTTP_LOG = Logger.getLogger("okhttp3");

    private final LoopbackServer loopback = new LoopbackServer();
    private final CredentialsProvider provider = StaticCredentialsProvider.of(ID, SECRET, TOKEN);
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logLines.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureDebugLogs() {
        capture.setLevel(Level.ALL);
        for (Logger logger : List.of(SDK_LOG, OKHTTP_LOG)) {
            logger.setLevel(Level.ALL);
            logger.addHandler(capture);
        }
    }

    @AfterEach
    void stop() {
        for (Logger logger : List.of(SDK_LOG, OKHTTP_LOG)) {
            logger.removeHandler(capture);
            logger.setLevel(null);
        }
        loopback.server.close();
    }

    private TestClient.Builder tencent() {
        return TestClient.tencent().credentialsProvider(provider).endpointOverride(loopback.endpoint())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2))
                        .build());
    }

    private static MockResponse tencentError(String code, String message) {
        return new MockResponse.Builder().body("{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\""
                + message + "\"},\"RequestId\":\"rid\"}}").build();
    }

    @Test
    void noPathOfATencentStyleClientShowsTheSecrets() throws Exception {
        loopback.server.enqueue(new MockResponse.Builder().body("{\"Response\":{\"RequestId\":\"ok\"}}").build());
        loopback.server.enqueue(tencentError("AuthFailure.TokenFailure", "token " + TOKEN + " is invalid"));
        loopback.server.enqueue(tencentError("AuthFailure.SignatureFailure", "secret " + SECRET + " / " + TOKEN_ONCE));
        for (int i = 0; i < 3; i++) {
            loopback.server.enqueue(tencentError("InternalError", "retry " + TOKEN_TWICE));
        }
        for (int i = 0; i < 3; i++) {
            loopback.server.enqueue(new MockResponse.Builder().code(502).body("<html>" + TOKEN + SECRET).build());
        }
        loopback.server.enqueue(new MockResponse.Builder().body("not json " + TOKEN_ONCE + " " + SECRET).build());
        for (int i = 0; i < 3; i++) {
            loopback.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
                    .build());
        }
        loopback.server.enqueue(tencentError("AuthFailure.TokenFailure", "async " + TOKEN));
        loopback.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (TestClient client = tencent().build()) {
            assertEquals("ok", client.cancel("task-1"));
            ServiceException tokenFailure = assertThrows(ServiceException.class, () -> client.cancel("task-2"));
            assertEquals("token *** is invalid", tokenFailure.errorMessage());
            for (int i = 0; i < 5; i++) {
                record(assertThrows(RuntimeException.class, () -> client.cancel("task-x")));
            }
            record(tokenFailure);
            CompletableFuture<String> failed = client.cancelAsync("task-async");
            assertThrows(Exception.class, () -> failed.get(5, TimeUnit.SECONDS));
            outputs.add(failed.toString());
            record(failed.handle((r, e) -> e).get());
            try (TestClient timingOut = tencent().callTimeout(Duration.ofMillis(300)).build()) {
                record(assertThrows(RuntimeException.class, () -> timingOut.cancel("task-stall")));
                outputs.add(timingOut.toString());
            }
            outputs.add(client.toString());
            outputs.add(client.runtime().configuration().toString());
        }
        assertNoCanary();
    }

    @Test
    void anAlibabaSignatureMismatchQuotingTheStringToSignComesBackWithOnlyTheTokenMasked() throws Exception {
        String stringToSign = "POST&%2F&AccessKeyId%3D" + ID + "%26Action%3DCancelTask%26Format%3DJSON%26RegionId%3D"
                + "cn-hangzhou%26SecurityToken%3D" + TOKEN_TWICE + "%26SignatureMethod%3DHMAC-SHA1%26TaskId%3Dt-1";
        String message = "Specified signature is not matched with our calculation. server string to sign is:"
                + stringToSign;
        loopback.server.enqueue(new MockResponse.Builder().code(400).body("{\"RequestId\":\"rid-sig\",\"HostId\":"
                + "\"ecs.aliyuncs.com\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"" + message
                + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch\"}").build());
        loopback.server.enqueue(new MockResponse.Builder().code(500).body("{\"RequestId\":\"rid-500\",\"Code\":"
                + "\"InternalError\",\"Message\":\"key " + SECRET + "\"}").build());
        loopback.server.enqueue(new MockResponse.Builder().code(500).body("{\"Code\":\"InternalError\"}").build());
        loopback.server.enqueue(new MockResponse.Builder().code(500).body("{\"Code\":\"InternalError\"}").build());
        loopback.server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"rid-ok\"}").build());
        try (TestClient client = TestClient.alibaba().credentialsProvider(provider)
                .endpointOverride(loopback.endpoint()).retryPolicy(RetryPolicy.builder()
                        .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancel("t-1"));
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertEquals(400, e.httpStatus());
            assertEquals(message.replace(TOKEN_TWICE, "***"), e.errorMessage());
            assertFalse(e.retryable());
            record(e);
            record(assertThrows(ServiceException.class, () -> client.cancel("t-2")));
            assertEquals("rid-ok", client.cancel("t-3"));
            // The token really went out (it must, to be signed), so masking had something to do.
            assertEquals(TOKEN, loopback.server.takeRequest().getUrl().queryParameter("SecurityToken"));
        }
        assertNoCanary();
    }

    @Test
    void credentialsAndProvidersNeverPrintTheSecrets() {
        outputs.add(Credentials.of(ID, SECRET, TOKEN).toString());
        outputs.add(provider.toString());
        outputs.add(provider.resolveCredentials().toString());
        assertNoCanaryIn(outputs);
        assertTrue(Credentials.of(ID, SECRET, TOKEN).toString().contains(ID), "the id is not a secret");
    }

    private void record(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            outputs.add(t.toString());
            outputs.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                record(suppressed);
            }
        }
    }

    private void assertNoCanary() {
        assertFalse(logLines.isEmpty(), "DEBUG lines were captured, so the log check means something");
        List<String> everything = new ArrayList<>(outputs);
        everything.addAll(logLines);
        assertNoCanaryIn(everything);
    }

    private static void assertNoCanaryIn(List<String> texts) {
        for (String text : texts) {
            for (String canary : CANARIES) {
                assertFalse(text.contains(canary), "a secret leaked: " + text);
            }
        }
    }
}
