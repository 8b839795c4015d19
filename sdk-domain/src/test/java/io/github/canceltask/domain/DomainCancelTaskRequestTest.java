package io.github.canceltask.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** CancelTaskRequest and CancelTaskResponse are values: equal by content, printable, rebuildable. */
class DomainCancelTaskRequestTest {
    private final CancelTaskRequest request = CancelTaskRequest.builder()
            .taskNo("7f217ae0-61f5-42e2-a1c3-42bad0124").userClientIp("127.0.0.1").lang("en").build();

    @Test
    void requestAccessors() {
        assertEquals("7f217ae0-61f5-42e2-a1c3-42bad0124", request.taskNo());
        assertEquals("127.0.0.1", request.userClientIp());
        assertEquals("en", request.lang());
        CancelTaskRequest minimal = CancelTaskRequest.builder().taskNo("1").build();
        assertNull(minimal.userClientIp());
        assertNull(minimal.lang());
    }

    @Test
    void requestIsAValue() {
        CancelTaskRequest same = CancelTaskRequest.builder()
                .taskNo("7f217ae0-61f5-42e2-a1c3-42bad0124").userClientIp("127.0.0.1").lang("en").build();
        assertEquals(request, same);
        assertEquals(request.hashCode(), same.hashCode());
        assertEquals(request, request.toBuilder().build());
        assertNotEquals(request, request.toBuilder().taskNo("other").build());
        assertNotEquals(request, request.toBuilder().userClientIp("::1").build());
        assertNotEquals(request, request.toBuilder().userClientIp(null).build());
        assertNotEquals(request, request.toBuilder().lang("zh").build());
        assertNotEquals(request, request.toBuilder().lang(null).build());
        assertNotEquals(request, null);
        assertEquals("CancelTaskRequest{taskNo=7f217ae0-61f5-42e2-a1c3-42bad0124, userClientIp=127.0.0.1, lang=en}",
                request.toString());
    }

    @Test
    void toBuilderLeavesTheOriginalUnchanged() {
        CancelTaskRequest changed = request.toBuilder().lang("zh").build();
        assertEquals("zh", changed.lang());
        assertEquals("127.0.0.1", changed.userClientIp());
        assertEquals("en", request.lang());
    }

    @Test
    void responseIsAValue() {
        CancelTaskResponse response = CancelTaskResponse.builder().requestId("R1").build();
        assertEquals("R1", response.requestId());
        assertEquals(response, CancelTaskResponse.builder().requestId("R1").build());
        assertEquals(response.hashCode(), CancelTaskResponse.builder().requestId("R1").build().hashCode());
        assertEquals(response, response.toBuilder().build());
        assertNotEquals(response, response.toBuilder().requestId("R2").build());
        assertNotEquals(response, CancelTaskResponse.builder().build());
        assertEquals("CancelTaskResponse{requestId=R1}", response.toString());
    }
}
