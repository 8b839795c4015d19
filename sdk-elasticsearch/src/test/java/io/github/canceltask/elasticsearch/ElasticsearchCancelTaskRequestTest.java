package io.github.canceltask.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** CancelTaskRequest and CancelTaskResponse are values: equal by content, printable, rebuildable. */
class ElasticsearchCancelTaskRequestTest {
    private final CancelTaskRequest request = CancelTaskRequest.builder()
            .instanceId("es-cn-nif1q9o8r0008").clientToken("5A2CFF0E-5718-45B5-9D4D-70B3FF").build();

    @Test
    void requestAccessorsAndDefaults() {
        assertEquals("es-cn-nif1q9o8r0008", request.instanceId());
        assertEquals(CancelTaskRequest.MIGRATE_DATA, request.taskType());
        assertEquals("MigrateData", request.taskType());
        assertEquals("5A2CFF0E-5718-45B5-9D4D-70B3FF", request.clientToken());
        assertNull(CancelTaskRequest.builder().instanceId("es-1").build().clientToken(),
                "a token is generated per call, not per request");
    }

    @Test
    void requestIsAValue() {
        CancelTaskRequest same = CancelTaskRequest.builder().instanceId("es-cn-nif1q9o8r0008")
                .taskType("MigrateData").clientToken("5A2CFF0E-5718-45B5-9D4D-70B3FF").build();
        assertEquals(request, same);
        assertEquals(request.hashCode(), same.hashCode());
        assertEquals(request, request.toBuilder().build());
        assertNotEquals(request, request.toBuilder().instanceId("es-other").build());
        assertNotEquals(request, request.toBuilder().taskType("Other").build());
        assertNotEquals(request, request.toBuilder().clientToken(null).build());
        assertNotEquals(request, request.toBuilder().clientToken("other").build());
        assertNotEquals(request, null);
        assertEquals("CancelTaskRequest{instanceId=es-cn-nif1q9o8r0008, taskType=MigrateData, "
                + "clientToken=5A2CFF0E-5718-45B5-9D4D-70B3FF}", request.toString());
    }

    @Test
    void toBuilderLeavesTheOriginalUnchanged() {
        CancelTaskRequest changed = request.toBuilder().clientToken("t2").build();
        assertEquals("t2", changed.clientToken());
        assertEquals("es-cn-nif1q9o8r0008", changed.instanceId());
        assertEquals("5A2CFF0E-5718-45B5-9D4D-70B3FF", request.clientToken());
    }

    @Test
    void responseIsAValue() {
        CancelTaskResponse response = CancelTaskResponse.builder().requestId("R1").result(true).build();
        assertEquals("R1", response.requestId());
        assertEquals(true, response.result());
        assertFalse(CancelTaskResponse.builder().requestId("R1").build().result());
        assertEquals(response, CancelTaskResponse.builder().requestId("R1").result(true).build());
        assertEquals(response.hashCode(), CancelTaskResponse.builder().requestId("R1").result(true).build().hashCode());
        assertEquals(response, response.toBuilder().build());
        assertNotEquals(response, response.toBuilder().result(false).build());
        assertNotEquals(response, response.toBuilder().requestId("R2").build());
        assertEquals("CancelTaskResponse{requestId=R1, result=true}", response.toString());
    }
}
