package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which answers are tried again, how often, and what the caller learns at the end. */
class DlcRetryTest {
    private final MockWebServer server = DlcTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void throttlingThenSuccessTakesTwoRequests() throws Exception {
        server.enqueue(DlcTestServer.error("RequestLimitExceeded", "slow down", "rid-1"));
        server.enqueue(DlcTestServer.success("rid-2"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals("rid-2", client.cancelTask(REQUEST).requestId());
        }
        assertEquals(2, server.getRequestCount());
        long first = Long.parseLong(server.takeRequest().getHeaders().get("X-TC-Timestamp"));
        long second = Long.parseLong(server.takeRequest().getHeaders().get("X-TC-Timestamp"));
        assertTrue(second >= first, "each try is signed afresh");
    }

    @Test
    void threeInternalErrorsEndWithTheLastOne() {
        for (int i = 1; i <= 3; i++) {
            server.enqueue(DlcTestServer.error("InternalError", "boom " + i, "rid-" + i));
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals(3, e.attempts());
            assertEquals("rid-3", e.requestId());
            assertEquals("boom 3", e.errorMessage());
            assertEquals("InternalError: boom 3 (HTTP 200, request id rid-3, after 3 tries)", e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aProxyErrorPageIsRetriedThenQuoted() {
        String page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                    .body(page).build());
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals(502, e.httpStatus());
            assertNull(e.errorCode());
            assertNull(e.requestId());
            assertTrue(e.retryable());
            assertEquals(3, e.attempts());
            assertTrue(e.errorMessage().contains("\"" + page + "\""), e.errorMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aSkewedClockIsCorrectedFromTheDateHeaderOnceAndRemembered() throws Exception {
        Clock slow = Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);
        String serverDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Instant.ofEpochSecond(1700003600), ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder(DlcTestServer.error("AuthFailure.SignatureExpire",
                "Timestamp and server time cannot differ by more than five minutes", "rid-skew"))
                .setHeader("Date", serverDate).build());
        server.enqueue(DlcTestServer.success("rid-ok"));
        server.enqueue(DlcTestServer.success("rid-next"));
        try (DlcClient client = DlcTestServer.client(server).clock(slow).build()) {
            assertEquals("rid-ok", client.cancelTask(REQUEST).requestId());
            assertEquals("rid-next", client.cancelTask(REQUEST).requestId());
        }
        assertEquals(3, server.getRequestCount());
        assertEquals("1700000000", server.takeRequest().getHeaders().get("X-TC-Timestamp"));
        assertEquals("1700003600", server.takeRequest().getHeaders().get("X-TC-Timestamp"));
        assertEquals("1700003600", server.takeRequest().getHeaders().get("X-TC-Timestamp"));
    }

    @Test
    void aSecondSkewRefusalInTheSameCallIsFinal() {
        String serverDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Instant.ofEpochSecond(1700003600), ZoneOffset.UTC));
        for (int i = 1; i <= 3; i++) {
            server.enqueue(new MockResponse.Builder(DlcTestServer.error("AuthFailure.SignatureExpire", "expired",
                    "rid-" + i)).setHeader("Date", serverDate).build());
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals("rid-2", e.requestId());
            assertEquals(2, e.attempts());
        }
        assertEquals(2, server.getRequestCount());
    }
}
