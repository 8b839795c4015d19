package io.github.canceltask.dlc;

import static io.github.canceltask.dlc.DlcTestServer.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.exception.ServiceException;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The asynchronous call, input that must never be sent, and a closed client. */
class DlcAsyncAndInputTest {
    private final MockWebServer server = DlcTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAsyncCallCompletesWithTheResponse() throws Exception {
        server.enqueue(DlcTestServer.success("rid-async"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertEquals("rid-async", client.cancelTaskAsync(REQUEST).get(5, TimeUnit.SECONDS).requestId());
        }
        assertEquals("CancelTask", server.takeRequest().getHeaders().get("X-TC-Action"));
    }

    @Test
    void anAsyncCallRetriesThenFailsWithTheServiceError() {
        for (int i = 1; i <= 3; i++) {
            server.enqueue(DlcTestServer.error("InternalError", "boom", "rid-" + i));
        }
        try (DlcClient client = DlcTestServer.client(server).build()) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> client.cancelTaskAsync(REQUEST).get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals("rid-3", cause.requestId());
            assertEquals(3, cause.attempts());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void cancellingTheFutureCancelsTheCallAndLeavesTheClientUsable() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(DlcTestServer.success("rid-after-cancel"));
        try (DlcClient client = DlcTestServer.client(server).build()) {
            CompletableFuture<CancelTaskResponse> stalled = client.cancelTaskAsync(REQUEST);
            server.takeRequest(5, TimeUnit.SECONDS);
            assertTrue(stalled.cancel(true));
            assertThrows(CancellationException.class, stalled::join);
            assertEquals("rid-after-cancel", client.cancelTaskAsync(REQUEST).get(5, TimeUnit.SECONDS).requestId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "task\r\nX-Injected: 1", "task\n", "tab\there", "nul\u0000"})
    void aBlankOrControlCharacterTaskIdIsRefusedByBuild(String taskId) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CancelTaskRequest.builder().taskId(taskId).build());
        assertTrue(e.getMessage().startsWith("taskId "), e.getMessage());
        assertTrue(!e.getMessage().contains("X-Injected"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void aMissingOrOverlongTaskIdIsRefusedByBuild() {
        assertEquals("taskId is required", assertThrows(IllegalArgumentException.class,
                () -> CancelTaskRequest.builder().build()).getMessage());
        assertEquals("taskId must be at most 256 characters, was 10000", assertThrows(IllegalArgumentException.class,
                () -> CancelTaskRequest.builder().taskId("a".repeat(10_000)).build()).getMessage());
    }

    @Test
    void aNullRequestIsRefusedAndNothingIsSent() {
        try (DlcClient client = DlcTestServer.client(server).build()) {
            assertThrows(IllegalArgumentException.class, () -> client.cancelTask(null));
            assertThrows(IllegalArgumentException.class, () -> client.cancelTaskAsync(null));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUnknownRegionIsRefusedEvenWhenTheEndpointIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DlcClient.builder()
                .region("ap-mars").credentialsProvider(StaticCredentialsProvider.of("id", "secret")).build());
        assertEquals("region 'ap-mars' is not a region of Tencent Cloud DLC", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DlcTestServer.client(server).region("ap-mars").build());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1", "localhost:8080", "http://user:pw@127.0.0.1", "http://127.0.0.1/v1",
        "http://127.0.0.1/?a=b", "http:///nohost", "file:///etc/passwd"})
    void aMalformedEndpointOverrideIsRefused(String endpoint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DlcTestServer.client(server)
                .endpointOverride(URI.create(endpoint)).build());
        assertTrue(e.getMessage().startsWith("endpointOverride "), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMissingRegionIsRefused() {
        assertEquals("region is required for Tencent Cloud DLC", assertThrows(IllegalArgumentException.class,
                () -> DlcClient.builder().credentialsProvider(StaticCredentialsProvider.of("id", "s")).build())
                .getMessage());
    }

    @Test
    void aClosedClientRefusesCallsAndClosesTwiceHarmlessly() {
        DlcClient client = DlcTestServer.client(server).build();
        client.close();
        client.close();
        assertEquals("client is closed",
                assertThrows(IllegalStateException.class, () -> client.cancelTask(REQUEST)).getMessage());
        assertEquals("client is closed",
                assertThrows(IllegalStateException.class, () -> client.cancelTaskAsync(REQUEST)).getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
