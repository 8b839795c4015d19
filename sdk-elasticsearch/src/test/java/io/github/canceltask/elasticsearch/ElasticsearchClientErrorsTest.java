package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.cancel;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
import static io.github.canceltask.elasticsearch.ElasticsearchTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.ServiceException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error Elasticsearch documents for CancelTask reaches the caller whole, after exactly one try. */
class ElasticsearchClientErrorsTest extends ElasticsearchMockServerTest {
    static Stream<Arguments> documentedErrors() {
        return Stream.of(Arguments.of(400, ElasticsearchErrorCodes.INSTANCE_NOT_FOUND,
                "The instanceId provided does not exist.", "The instanceId provided does not exist."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedErrors")
    void documentedErrorIsAServiceExceptionAndNotRetried(int status, String code, String jsonMessage, String message)
            throws Exception {
        server.enqueue(error(status, code, jsonMessage, "4BE2C7FE-C7A4-4675-A153-174E032AABFB"));
        try (ElasticsearchClient es = clientFor(server).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> es.cancelTask(cancel("t-1")));
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
