package io.github.canceltask.domain;

import static io.github.canceltask.domain.DomainTesting.cancel;
import static io.github.canceltask.domain.DomainTesting.clientFor;
import static io.github.canceltask.domain.DomainTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every parameter error Domain answers CancelTask with reaches the caller whole, after exactly one try. */
class DomainClientErrorsTest extends DomainMockServerTest {
    /** Domain's page documents no codes of its own; these are the parameter errors it answers with. */
    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(400, DomainErrorCodes.MISSING_PARAMETER,
                        "An input parameter \\\"TaskNo\\\" that is mandatory for processing the request is not supplied.",
                        "An input parameter \"TaskNo\" that is mandatory for processing the request is not supplied."),
                Arguments.of(400, DomainErrorCodes.INVALID_PARAMETER, "The specified parameter TaskNo is not valid.",
                        "The specified parameter TaskNo is not valid."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedErrors")
    void documentedErrorIsAServiceExceptionAndNotRetried(int status, String code, String jsonMessage, String message)
            throws Exception {
        server.enqueue(error(status, code, jsonMessage, "4BE2C7FE-C7A4-4675-A153-174E032AABFB"));
        try (DomainClient domain = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> domain.cancelTask(cancel("t-1")));
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
