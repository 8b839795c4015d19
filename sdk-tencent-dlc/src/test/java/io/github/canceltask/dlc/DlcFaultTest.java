package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken connections and broken answers: each ends in the right outcome after the right number of requests. */
class DlcFaultTest {
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(800);
    /** How late past its deadline a call may end on a busy two-core machine. */
    private static final long SLACK_MILLIS = 1_500;
    private final MockWebServer server = DlcTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse dropAtRequestStart() {
        return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
    }

    private static MockResponse dropBeforeAnswering() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    @Test
    void aConnectionDroppedAtTheStartIsRetried() {
        server.enqueue(dropAtRequestStart());
        server.enqueue(DlcTestServer.success("rid-after-drop"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals("rid-after-drop", client.cancelTask(REQUEST).requestId());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aConnectionDroppedEveryTimeEndsAsAClientErrorAfterThreeTries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(dropBeforeAnswering());
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.cancelTask(REQUEST));
            assertTrue(e.getMessage().startsWith("CancelTask to 127.0.0.1 failed: "), e.getMessage());
            assertTrue(e.getMessage().contains("(after 3 tries); the request may have reached the service"),
                    e.getMessage());
            assertTrue(e.getCause() instanceof java.io.IOException, String.valueOf(e.getCause()));
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aConnectionDroppedInTheMiddleOfTheBodyIsRetried() {
        String padded = "{\"Response\":{\"RequestId\":\"lost\",\"Pad\":\"" + "x".repeat(64 * 1024) + "\"}}";
        server.enqueue(new MockResponse.Builder().body(padded).onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(DlcTestServer.success("rid-whole"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals("rid-whole", client.cancelTask(REQUEST).requestId());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void noAnswerEndsAtTheCallTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (DlcClient client = DlcTestServer.client(server).callTimeout(CALL_TIMEOUT).build()) {
            long start = System.nanoTime();
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.cancelTask(REQUEST));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < CALL_TIMEOUT.toMillis() + SLACK_MILLIS, "ended after " + millis + " ms");
            assertTrue(e.getMessage().startsWith("CancelTask to 127.0.0.1 timed out (callTimeout PT0.8S)"),
                    e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aBodyTooSlowForTheDeadlineEndsAtTheCallTimeout() {
        // About 2 s to send the whole body: well past the deadline, and short enough not to hold the server's close.
        MockResponse slow = new MockResponse.Builder(DlcTestServer.success("rid-slow"))
                .throttleBody(8, 300, TimeUnit.MILLISECONDS).build();
        // The server records a request only once its answer is written, which outlives the call: count dispatches.
        AtomicInteger dispatched = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                dispatched.incrementAndGet();
                return slow;
            }
        });
        try (DlcClient client = DlcTestServer.client(server).callTimeout(CALL_TIMEOUT).build()) {
            long start = System.nanoTime();
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.cancelTask(REQUEST));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < CALL_TIMEOUT.toMillis() + SLACK_MILLIS, "ended after " + millis + " ms");
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
        assertEquals(1, dispatched.get());
    }

    @Test
    void aSlowButTimelyBodyIsRead() {
        server.enqueue(new MockResponse.Builder(DlcTestServer.success("rid-slow"))
                .throttleBody(16, 20, TimeUnit.MILLISECONDS).build());
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals("rid-slow", client.cancelTask(REQUEST).requestId());
        }
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreTriedThreeTimes(int status) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(status).body("upstream failed " + i).build());
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals(status, e.httpStatus());
            assertNull(e.errorCode());
            assertTrue(e.retryable());
            assertEquals(3, e.attempts());
            assertTrue(e.errorMessage().endsWith("\"upstream failed 2\""), e.errorMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void retryAfterIsWaitedFor(int status) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Retry-After", "1").build());
        server.enqueue(DlcTestServer.success("rid-later"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            long start = System.nanoTime();
            assertEquals("rid-later", client.cancelTask(REQUEST).requestId());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 950, "retried after " + millis + " ms, before Retry-After: 1");
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnce() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "120").build());
        try (DlcClient client = DlcTestServer.client(server).callTimeout(Duration.ofSeconds(5)).build()) {
            long start = System.nanoTime();
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertTrue((System.nanoTime() - start) / 1_000_000 < SLACK_MILLIS);
            assertEquals(503, e.httpStatus());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<html><body>Service Unavailable</body></html>",
        "{\"Response\":{\"RequestId\":\"trunc",
        "{\"Response\":[]}",
        "{}",
        "[]",
        "null",
        "{\"Response\":\"text\"}",
    })
    void anUnreadableSuccessIsAClientErrorAndNotRetried(String body) {
        server.enqueue(DlcTestServer.json(body));
        server.enqueue(DlcTestServer.success("must-not-be-reached"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.cancelTask(REQUEST));
            String quoted = body.isEmpty() ? "(empty body)" : "\"" + body + "\"";
            assertEquals("The service answered HTTP 200 with a body that is not {\"Response\":{...}}: " + quoted,
                    e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aTenMegabyteBodyIsRefusedWithoutReadingItAll() {
        Buffer huge = new Buffer();
        huge.writeUtf8("{\"Response\":{\"RequestId\":\"big\",\"Pad\":\"");
        huge.writeUtf8("y".repeat(10 * 1024 * 1024));
        huge.writeUtf8("\"}}");
        server.enqueue(new MockResponse.Builder().body(huge).build());
        try (DlcClient client = DlcTestServer.client(server).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.cancelTask(REQUEST));
            assertTrue(e.getMessage().startsWith("The service answered HTTP 200 with a body larger than 1048576"
                    + " bytes, which no CancelTask answer is: \"{\"Response\":{\"RequestId\":\"big\",\"Pad\":\"yyy"),
                    e.getMessage());
            assertTrue(e.getMessage().length() < 400, "quotes only the start of the body");
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aLostAnswerFollowedByTaskAlreadyFinishedSaysAnEarlierTryMayHaveWorked() {
        server.enqueue(dropBeforeAnswering());
        server.enqueue(DlcTestServer.error("InvalidParameter.TaskAlreadyFinished",
                "The task has ended and cannot be canceled.", "rid-finished"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals("InvalidParameter.TaskAlreadyFinished", e.errorCode());
            assertEquals("rid-finished", e.requestId());
            assertTrue(e.earlierAttemptMayHaveSucceeded());
            assertEquals(2, e.attempts());
            assertTrue(e.getMessage().contains("an earlier try may have reached the service"), e.getMessage());
        }
        assertEquals(2, server.getRequestCount());
    }
}
