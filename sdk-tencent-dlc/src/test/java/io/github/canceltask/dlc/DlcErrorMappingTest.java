package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.canceltask.core.exception.ServiceException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How DLC's answers become a response or a {@link ServiceException}, and which errors are tried again. */
class DlcErrorMappingTest {
    private final MockWebServer server = DlcTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTheRequestIdOfASuccessAndIgnoresUnknownFields() {
        server.enqueue(DlcTestServer.json("{\"Response\":{\"RequestId\":\"48d09166-9ddc-4734-8cea-0cdf69c7d685\","
                + "\"NewField\":[1,2]},\"Other\":true}"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals(CancelTaskResponse.builder().requestId("48d09166-9ddc-4734-8cea-0cdf69c7d685").build(),
                    client.cancelTask(REQUEST));
        }
        assertEquals(1, server.getRequestCount());
    }

    /** Every code of the CancelTask page (seed 004); the retried ones are answered on each of the three tries. */
    @ParameterizedTest
    @CsvSource({
        "FailedOperation,                             false, 1",
        "FailedOperation.AnotherRequestProcessing,    true,  3",
        "FailedOperation.HttpClientDoRequestFailed,   false, 1",
        "InternalError,                               true,  3",
        "InvalidParameter.InvalidTaskId,              false, 1",
        "InvalidParameter.TaskAlreadyFinished,        false, 1",
        "ResourceNotFound.TaskAlreadyFinished,        false, 1",
        "RequestLimitExceeded,                        true,  3",
        "RequestLimitExceeded.UinLimitExceeded,       true,  3",
    })
    void mapsEachDocumentedCode(String code, boolean retryable, int requests) {
        for (int i = 0; i < requests; i++) {
            server.enqueue(DlcTestServer.error(code, "message of " + code, "rid-" + i));
        }
        ServiceException e;
        try (DlcClient client = DlcTestServer.client(server).build()) {
            e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
        }
        assertAll(
                () -> assertEquals(200, e.httpStatus()),
                () -> assertEquals(code, e.errorCode()),
                () -> assertEquals("message of " + code, e.errorMessage()),
                () -> assertEquals("rid-" + (requests - 1), e.requestId()),
                () -> assertEquals(retryable, e.retryable()),
                () -> assertEquals(requests, e.attempts()),
                () -> assertFalse(e.earlierAttemptMayHaveSucceeded()),
                () -> assertEquals(requests, server.getRequestCount()));
    }

    @ParameterizedTest
    @CsvSource({
        "AuthFailure.SignatureFailure",
        "AuthFailure.SecretIdNotFound",
        "AuthFailure.InvalidSecretId",
        "AuthFailure.TokenFailure",
        "AuthFailure.InvalidAuthorization",
        "AuthFailure.UnauthorizedOperation",
        "AuthFailure.MFAFailure",
        "AuthFailure.SignatureExpire",
    })
    void neverRetriesAnAuthenticationFailure(String code) {
        server.enqueue(DlcTestServer.error(code, "no", "rid-auth"));
        server.enqueue(DlcTestServer.success("must-not-be-reached"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals(code, e.errorCode());
            assertFalse(e.retryable());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theExceptionMessageTellsCodeMessageStatusAndRequestId() {
        server.enqueue(DlcTestServer.error("InvalidParameter.InvalidTaskId", "The taskid is invalid.", "rid-9"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.cancelTask(REQUEST));
            assertEquals("InvalidParameter.InvalidTaskId: The taskid is invalid. (HTTP 200, request id rid-9)",
                    e.getMessage());
        }
    }
}
