package io.github.canceltask.ecs;

import static io.github.canceltask.ecs.EcsTesting.SECRET;
import static io.github.canceltask.ecs.EcsTesting.assertSignedBy;
import static io.github.canceltask.ecs.EcsTesting.cancel;
import static io.github.canceltask.ecs.EcsTesting.clientFor;
import static io.github.canceltask.ecs.EcsTesting.error;
import static io.github.canceltask.ecs.EcsTesting.ok;
import static io.github.canceltask.ecs.EcsTesting.query;
import static io.github.canceltask.ecs.EcsTesting.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers EcsClient tries again, how often, how long it waits, and that every try is signed afresh. */
class EcsClientRetryTest extends EcsMockServerTest {
    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({"400, Throttling.User", "429, Throttling.User", "400, Throttling", "400, Throttling.Api"})
    void throttlingIsRetriedWithAFreshNonceAndSignature(int status, String code) throws Exception {
        server.enqueue(error(status, code, "Request was denied due to user flow control.", "R1"));
        server.enqueue(ok("R2"));
        try (EcsClient ecs = clientFor(server).build()) {
            assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
        }
        assertEquals(2, server.getRequestCount());
        Map<String, String> first = query(take(server));
        Map<String, String> second = query(take(server));
        assertNotEquals(first.get("SignatureNonce"), second.get("SignatureNonce"));
        assertNotEquals(first.get("Signature"), second.get("Signature"));
        assertSignedBy(SECRET, first);
        assertSignedBy(SECRET, second);
    }

    @Test
    void serviceUnavailableThreeTimesEndsWithTheLastAnswer() {
        for (int i = 1; i <= 3; i++) {
            server.enqueue(error(503, EcsErrorCodes.SERVICE_UNAVAILABLE, "The request has failed due to a temporary"
                    + " failure of the server.", "R" + i));
        }
        try (EcsClient ecs = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
            assertEquals(503, e.httpStatus());
            assertEquals(EcsErrorCodes.SERVICE_UNAVAILABLE, e.errorCode());
            assertEquals("R3", e.requestId());
            assertEquals(3, e.attempts());
            assertTrue(e.retryable());
            assertFalse(e.earlierAttemptMayHaveSucceeded());
            assertTrue(e.getMessage().contains("after 3 tries"), e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"429, Throttling.User", "503, ServiceUnavailable"})
    void retryAfterDelaysTheSecondTryByAboutASecond(int status, String code) {
        server.enqueue(error(status, code, "busy", "R1").newBuilder().setHeader("Retry-After", "1").build());
        server.enqueue(ok("R2"));
        try (EcsClient ecs = clientFor(server).build()) {
            long start = System.nanoTime();
            assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 950, "second try after " + millis + " ms");
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retryPolicyNoneTriesOnce() {
        server.enqueue(error(503, EcsErrorCodes.SERVICE_UNAVAILABLE, "busy", "R1"));
        try (EcsClient ecs = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
            assertEquals(1, e.attempts());
            assertEquals("R1", e.requestId());
        }
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({"400, SignatureDoesNotMatch", "404, InvalidAccessKeyId.NotFound", "400, SignatureNonceUsed",
        "400, InvalidSecurityToken.Expired"})
    void authenticationErrorsAreNeverRetried(int status, String code) {
        server.enqueue(error(status, code, "denied", "R1"));
        server.enqueue(ok("R2"));
        try (EcsClient ecs = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
            assertEquals(code, e.errorCode());
            assertEquals(status, e.httpStatus());
            assertFalse(e.retryable());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void expiredTimestampIsRetriedOnceAtTheServersTimeAndTheOffsetIsKept() throws Exception {
        server.enqueue(error(400, EcsErrorCodes.INVALID_TIMESTAMP_EXPIRED, "Specified time stamp or date value is"
                + " expired.", "R1").newBuilder().setHeader("Date", "Wed, 01 May 2024 09:30:05 GMT").build());
        server.enqueue(ok("R2"));
        server.enqueue(ok("R3"));
        try (EcsClient ecs = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            assertEquals("R2", ecs.cancelTask(cancel("t-1")).requestId());
            assertEquals("R3", ecs.cancelTask(cancel("t-2")).requestId());
        }
        assertEquals("2024-05-01T08:00:00Z", query(take(server)).get("Timestamp"));
        Map<String, String> corrected = query(take(server));
        assertEquals("2024-05-01T09:30:05Z", corrected.get("Timestamp"));
        assertSignedBy(SECRET, corrected);
        Map<String, String> nextCall = query(take(server));
        assertEquals("2024-05-01T09:30:05Z", nextCall.get("Timestamp"));
        assertEquals("t-2", nextCall.get("TaskId"));
    }

    @Test
    void expiredTimestampWithoutADateHeaderIsFinal() {
        MockResponse expired = error(400, EcsErrorCodes.INVALID_TIMESTAMP_EXPIRED, "expired", "R1");
        server.enqueue(expired);
        server.enqueue(ok("R2"));
        try (EcsClient ecs = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
            assertEquals(EcsErrorCodes.INVALID_TIMESTAMP_EXPIRED, e.errorCode());
        }
        assertEquals(1, server.getRequestCount());
    }
}
