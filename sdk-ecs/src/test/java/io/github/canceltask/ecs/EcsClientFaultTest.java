package io.github.canceltask.ecs;

import static io.github.canceltask.ecs.EcsTesting.CALL_TIMEOUT;
import static io.github.canceltask.ecs.EcsTesting.cancel;
import static io.github.canceltask.ecs.EcsTesting.clientFor;
import static io.github.canceltask.ecs.EcsTesting.error;
import static io.github.canceltask.ecs.EcsTesting.json;
import static io.github.canceltask.ecs.EcsTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "Hardening" fault matrix against EcsClient: broken connections, silent or slow servers, odd bodies. */
class EcsClientFaultTest extends EcsMockServerTest {
    private static final String PADDED_OK = "{\"RequestId\":\"R2\",\"Padding\":\"" + "x".repeat(200) + "\"}";
    private static final String HTML = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

    private EcsClient ecs;

    @BeforeEach
    void buildClient() {
        ecs = clientFor(server).build();
    }

    @AfterEach
    void closeClient() {
        ecs.close();
    }

    @Test
    void connectionClosedAtStartIsRetried() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("R2"));
        assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void connectionClosedAtStartOnEveryTryIsAClientErrorAfterThreeTries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        }
        SdkClientException e = assertThrows(SdkClientException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertTrue(e.getMessage().contains("after 3 tries"), e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void connectionClosedMidBodyIsRetried() {
        server.enqueue(json(200, PADDED_OK).newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("R2"));
        assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void serverThatNeverAnswersTimesOutWithinTheCallTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        assertTimesOutAfterOneTry();
    }

    @Test
    void slowBodyWithinTheDeadlineSucceeds() {
        server.enqueue(json(200, PADDED_OK).newBuilder().throttleBody(64, 50, TimeUnit.MILLISECONDS).build());
        assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void bodySlowerThanTheDeadlineTimesOut() {
        server.enqueue(json(200, PADDED_OK).newBuilder().bodyDelay(10, TimeUnit.SECONDS).build());
        assertTimesOutAfterOneTry();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreRetriedUntilSuccess(int status) {
        server.enqueue(error(status, EcsErrorCodes.INTERNAL_ERROR, "The request processing has failed.", "R0"));
        server.enqueue(json(status, HTML));
        server.enqueue(ok("R2"));
        assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
        assertEquals(3, server.getRequestCount());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void unreadableServerErrorsEndAsServiceExceptionAfterThreeTries(int status) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(status, HTML));
        }
        ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertEquals(status, e.httpStatus());
        assertNull(e.errorCode());
        assertEquals(3, e.attempts());
        assertTrue(e.errorMessage().contains(HTML), e.errorMessage());
        assertEquals(3, server.getRequestCount());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", HTML, "{\"RequestId\":\"R1", "[]", "\"x\"", "42", "null"})
    void unreadableSuccessBodyIsAClientErrorQuotingStatusAndBody(String body) {
        server.enqueue(json(200, body));
        SdkClientException e = assertThrows(SdkClientException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains(body.isEmpty() ? "(empty body)" : "\"" + body + "\""), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void unreadableSuccessBodyIsQuotedUpTo256Characters() {
        String body = "<html>" + "0123456789".repeat(100) + "</html>";
        server.enqueue(json(200, body));
        SdkClientException e = assertThrows(SdkClientException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertTrue(e.getMessage().contains("\"" + body.substring(0, 256) + "...\""), e.getMessage());
        assertFalse(e.getMessage().contains(body.substring(0, 257)), e.getMessage());
    }

    @Test
    void tenMegabyteSuccessBodyIsRefusedWithoutRetry() {
        server.enqueue(json(200, "{\"RequestId\":\"R1\",\"Padding\":\"" + "x".repeat(10 << 20) + "\"}"));
        SdkClientException e = assertThrows(SdkClientException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("{\"RequestId\":\"R1\""), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void tenMegabyteServerErrorBodyIsRetriedAndEndsAsServiceException() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "<html>" + "x".repeat(10 << 20) + "</html>"));
        }
        ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertEquals(503, e.httpStatus());
        assertEquals(3, e.attempts());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void answerLostAfterSendingIsReportedWhenTheRetryFails() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(error(403, EcsErrorCodes.INVALID_TASK_ID_INCORRECT_TASK_STATUS,
                "The specified task status is invalid.", "R2"));
        ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
        assertEquals(EcsErrorCodes.INVALID_TASK_ID_INCORRECT_TASK_STATUS, e.errorCode());
        assertEquals(2, e.attempts());
        assertTrue(e.earlierAttemptMayHaveSucceeded());
        assertTrue(e.getMessage().contains("an earlier try may have reached the service and taken effect"),
                e.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    /** The deadline leaves room for one try only: the call ends as a timeout, soon after the call timeout. */
    private void assertTimesOutAfterOneTry() {
        long start = System.nanoTime();
        SdkClientException e = assertThrows(SdkClientException.class, () -> ecs.cancelTask(cancel("t-1")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < CALL_TIMEOUT.toMillis() + 3000, "ended after " + millis + " ms");
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }
}
