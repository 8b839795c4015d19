package io.github.canceltask.ecs;

import static io.github.canceltask.ecs.EcsTesting.cancel;
import static io.github.canceltask.ecs.EcsTesting.clientFor;
import static io.github.canceltask.ecs.EcsTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error ECS documents for CancelTask reaches the caller whole, after exactly one try. */
class EcsClientErrorsTest extends EcsMockServerTest {
    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(400, EcsErrorCodes.MISSING_PARAMETER,
                        "An input parameter \\\"RegionId\\\" that is mandatory for processing the request is not supplied.",
                        "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied."),
                Arguments.of(400, EcsErrorCodes.INVALID_REGION_ID_NOT_FOUND, "The specified RegionId does not exist.",
                        "The specified RegionId does not exist."),
                Arguments.of(400, EcsErrorCodes.INVALID_TASK_ID_NOT_FOUND, "The specified \\\"TaskId\\\" is not found.",
                        "The specified \"TaskId\" is not found."),
                Arguments.of(403, EcsErrorCodes.INVALID_TASK_ID_TASK_ACTION_NOT_SUPPORT,
                        "The specified task action not support.", "The specified task action not support."),
                Arguments.of(403, EcsErrorCodes.INVALID_TASK_ID_INCORRECT_TASK_STATUS,
                        "The specified task status is invalid.", "The specified task status is invalid."),
                Arguments.of(403, EcsErrorCodes.CANCEL_TASK_FAILED,
                        "The task is failed to cancel, Please contact the administrator.",
                        "The task is failed to cancel, Please contact the administrator."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedErrors")
    void documentedErrorIsAServiceExceptionAndNotRetried(int status, String code, String jsonMessage, String message)
            throws Exception {
        server.enqueue(error(status, code, jsonMessage, "4BE2C7FE-C7A4-4675-A153-174E032AABFB"));
        try (EcsClient ecs = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> ecs.cancelTask(cancel("t-1")));
            assertEquals(status, e.httpStatus());
            assertEquals(code, e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("4BE2C7FE-C7A4-4675-A153-174E032AABFB", e.requestId());
            assertFalse(e.retryable());
            assertEquals(1, e.attempts());
            assertFalse(e.earlierAttemptMayHaveSucceeded());
            assertTrue(e.getMessage().startsWith(code + ": " + message + " (HTTP " + status
                    + ", request id 4BE2C7FE-C7A4-4675-A153-174E032AABFB)"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }
}
