package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ACCESS_KEY_ID;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.SECRET;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.assertSignedBy;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.cancel;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.error;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.ok;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.query;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import mockwebserver3.RecordedRequest;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers ElasticsearchClient tries again, how often, how long it waits, and that every try is signed afresh. */
class ElasticsearchClientRetryTest extends ElasticsearchMockServerTest {
    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({"400, Throttling.User", "429, Throttling.User", "400, Throttling", "400, Throttling.Api"})
    void throttlingIsRetriedWithAFreshNonceAndSignature(int status, String code) throws Exception {
        server.enqueue(error(status, code, "Request was denied due to user flow control.", "R1"));
        server.enqueue(ok("R2"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            assertEquals("R2", es.cancelTask(cancel("t-1")).requestId());
        }
        assertEquals(2, server.getRequestCount());
        RecordedRequest first = take(server);
        RecordedRequest second = take(server);
        assertNotEquals(first.getHeaders().get("x-acs-signature-nonce"), second.getHeaders().get("x-acs-signature-nonce"));
        assertNotEquals(first.getHeaders().get("Authorization"), second.getHeaders().get("Authorization"));
        assertSignedBy(ACCESS_KEY_ID, SECRET, first);
        assertSignedBy(ACCESS_KEY_ID, SECRET, second);
        assertEquals(query(first).get("clientToken"), query(second).get("clientToken"), "one token for all tries");
    }

    @Test
    void serviceUnavailableThreeTimesEndsWithTheLastAnswer() throws Exception {
        for (int i = 1; i <= 3; i++) {
            server.enqueue(error(503, ElasticsearchErrorCodes.SERVICE_UNAVAILABLE, "The request has failed due to a temporary"
                    + " failure of the server.", "R" + i));
        }
        try (ElasticsearchClient es = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> es.cancelTask(cancel("t-1")));
            assertEquals(503, e.httpStatus());
            assertEquals(ElasticsearchErrorCodes.SERVICE_UNAVAILABLE, e.errorCode());
            assertEquals("R3", e.requestId());
            assertEquals(3, e.attempts());
            assertTrue(e.retryable());
            assertFalse(e.earlierAttemptMayHaveSucceeded());
            assertTrue(e.getMessage().contains("after 3 tries"), e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
        String token = query(take(server)).get("clientToken");
        assertEquals(token, query(take(server)).get("clientToken"));
        assertEquals(token, query(take(server)).get("clientToken"));
    }

    @Test
    void aGivenClientTokenIsKeptOnEveryTry() throws Exception {
        server.enqueue(error(503, ElasticsearchErrorCodes.SERVICE_UNAVAILABLE, "busy", "R1"));
        server.enqueue(ok("R2"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            es.cancelTask(CancelTaskRequest.builder().instanceId("es-1").clientToken("my-token").build());
        }
        assertEquals("my-token", query(take(server)).get("clientToken"));
        assertEquals("my-token", query(take(server)).get("clientToken"));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"429, Throttling.User", "503, ServiceUnavailable"})
    void retryAfterDelaysTheSecondTryByAboutASecond(int status, String code) {
        server.enqueue(error(status, code, "busy", "R1").newBuilder().setHeader("Retry-After", "1").build());
        server.enqueue(ok("R2"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            long start = System.nanoTime();
            assertEquals("R2", es.cancelTask(cancel("t-1")).requestId());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 950, "second try after " + millis + " ms");
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retryPolicyNoneTriesOnce() {
        server.enqueue(error(503, ElasticsearchErrorCodes.SERVICE_UNAVAILABLE, "busy", "R1"));
        try (ElasticsearchClient es = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> es.cancelTask(cancel("t-1")));
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
        try (ElasticsearchClient es = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> es.cancelTask(cancel("t-1")));
            assertEquals(code, e.errorCode());
            assertEquals(status, e.httpStatus());
            assertFalse(e.retryable());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void expiredTimestampIsRetriedOnceAtTheServersTimeAndTheOffsetIsKept() throws Exception {
        server.enqueue(error(400, ElasticsearchErrorCodes.INVALID_TIMESTAMP_EXPIRED, "Specified time stamp or date value is"
                + " expired.", "R1").newBuilder().setHeader("Date", "Wed, 01 May 2024 09:30:05 GMT").build());
        server.enqueue(ok("R2"));
        server.enqueue(ok("R3"));
        try (ElasticsearchClient es = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            assertEquals("R2", es.cancelTask(cancel("t-1")).requestId());
            assertEquals("R3", es.cancelTask(cancel("t-2")).requestId());
        }
        assertEquals("Wed, 01 May 2024 08:00:00 GMT", take(server).getHeaders().get("Date"));
        RecordedRequest corrected = take(server);
        assertEquals("Wed, 01 May 2024 09:30:05 GMT", corrected.getHeaders().get("Date"));
        assertSignedBy(ACCESS_KEY_ID, SECRET, corrected);
        RecordedRequest nextCall = take(server);
        assertEquals("Wed, 01 May 2024 09:30:05 GMT", nextCall.getHeaders().get("Date"));
        assertEquals("/openapi/instances/t-2/actions/cancel-task", nextCall.getUrl().encodedPath());
    }

    @Test
    void expiredTimestampWithoutADateHeaderIsFinal() {
        MockResponse expired = error(400, ElasticsearchErrorCodes.INVALID_TIMESTAMP_EXPIRED, "expired", "R1");
        server.enqueue(expired);
        server.enqueue(ok("R2"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> es.cancelTask(cancel("t-1")));
            assertEquals(ElasticsearchErrorCodes.INVALID_TIMESTAMP_EXPIRED, e.errorCode());
        }
        assertEquals(1, server.getRequestCount());
    }
}
