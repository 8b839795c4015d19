package io.github.canceltask.core.exception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ServiceExceptionTest {
    private static final ServiceException THROTTLED = ServiceException.builder().httpStatus(200)
            .errorCode("RequestLimitExceeded").errorMessage("too fast").requestId("rid-1").retryable(true).build();

    @Test
    void theMessageCarriesCodeTextStatusAndRequestId() {
        assertEquals("RequestLimitExceeded: too fast (HTTP 200, request id rid-1)", THROTTLED.getMessage());
        assertEquals(1, THROTTLED.attempts());
        assertNull(THROTTLED.getCause());
    }

    @Test
    void aCodelessAnswerWithoutRequestIdSaysSo() {
        ServiceException e = ServiceException.builder().httpStatus(502).errorMessage(null).build();
        assertEquals("Error:  (HTTP 502, request id none)", e.getMessage());
        assertEquals("", e.errorMessage());
        assertNull(e.errorCode());
    }

    @Test
    void toBuilderKeepsEveryValueAndAddsTriesAndTheLostAnswerWarning() {
        ServiceException e = THROTTLED.toBuilder().attempts(3).earlierAttemptMayHaveSucceeded(true).build();
        assertEquals(THROTTLED.httpStatus(), e.httpStatus());
        assertEquals(THROTTLED.errorCode(), e.errorCode());
        assertEquals(THROTTLED.errorMessage(), e.errorMessage());
        assertEquals(THROTTLED.requestId(), e.requestId());
        assertEquals(THROTTLED.retryable(), e.retryable());
        assertEquals("RequestLimitExceeded: too fast (HTTP 200, request id rid-1, after 3 tries); an earlier try may"
                + " have reached the service and taken effect before its answer was lost: check the task's state"
                + " before acting on this error", e.getMessage());
    }

    @Test
    void bothKindsAreSdkExceptions() {
        SdkException service = THROTTLED;
        SdkException client = new SdkClientException("no answer", new java.io.IOException("reset"));
        assertEquals("no answer", client.getMessage());
        assertEquals("reset", client.getCause().getMessage());
        assertEquals(RuntimeException.class, service.getClass().getSuperclass().getSuperclass());
    }
}
