package io.github.canceltask.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** CancelTaskRequest and CancelTaskResponse are values: equal by content, printable, rebuildable. */
class EcsCancelTaskRequestTest {
    private final CancelTaskRequest request = CancelTaskRequest.builder()
            .taskId("t-bp198jigq7l0h5ac").regionId("cn-beijing").build();

    @Test
    void requestAccessors() {
        assertEquals("t-bp198jigq7l0h5ac", request.taskId());
        assertEquals("cn-beijing", request.regionId());
        assertNull(CancelTaskRequest.builder().taskId("t-1").build().regionId());
    }

    @Test
    void requestIsAValue() {
        CancelTaskRequest same = CancelTaskRequest.builder().taskId("t-bp198jigq7l0h5ac").regionId("cn-beijing").build();
        assertEquals(request, same);
        assertEquals(request.hashCode(), same.hashCode());
        assertEquals(request, request.toBuilder().build());
        assertNotEquals(request, request.toBuilder().taskId("t-other").build());
        assertNotEquals(request, request.toBuilder().regionId(null).build());
        assertNotEquals(request, request.toBuilder().regionId("cn-hangzhou").build());
        assertNotEquals(request, null);
        assertNotEquals(request, "t-bp198jigq7l0h5ac");
        assertEquals("CancelTaskRequest{taskId=t-bp198jigq7l0h5ac, regionId=cn-beijing}", request.toString());
    }

    @Test
    void toBuilderLeavesTheOriginalUnchanged() {
        CancelTaskRequest changed = request.toBuilder().taskId("t-2").build();
        assertEquals("t-2", changed.taskId());
        assertEquals("cn-beijing", changed.regionId());
        assertEquals("t-bp198jigq7l0h5ac", request.taskId());
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
        assertEquals(CancelTaskResponse.builder().build(), CancelTaskResponse.builder().build());
        assertEquals("CancelTaskResponse{requestId=R1}", response.toString());
    }
}
