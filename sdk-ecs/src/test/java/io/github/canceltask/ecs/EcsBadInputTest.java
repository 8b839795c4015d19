package io.github.canceltask.ecs;

import static io.github.canceltask.ecs.EcsTesting.clientFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import java.net.URI;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is refused by build() with a message naming the field; the server never sees a request. */
class EcsBadInputTest extends EcsMockServerTest {
    @AfterEach
    void nothingWasSent() {
        assertEquals(0, server.getRequestCount());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("taskId", b -> b.taskId(null)),
                bad("taskId", b -> b.taskId("")),
                bad("taskId", b -> b.taskId(" \t ")),
                bad("taskId", b -> b.taskId("t".repeat(10_000))),
                bad("taskId", b -> b.taskId("t-1\r")),
                bad("taskId", b -> b.taskId("t-1\nInjected: yes")),
                bad("taskId", b -> b.taskId("t-\u00001")),
                bad("taskId", b -> b.taskId("t-\u20281")),
                bad("regionId", b -> b.taskId("t-1").regionId("")),
                bad("regionId", b -> b.taskId("t-1").regionId("CN_HANGZHOU")),
                bad("regionId", b -> b.taskId("t-1").regionId("cn-hangzhou\n")),
                bad("regionId", b -> b.taskId("t-1").regionId("cn-hangzhou\u0000")));
    }

    private static Arguments bad(String field, Function<CancelTaskRequest.Builder, CancelTaskRequest.Builder> set) {
        return Arguments.of(field, set);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badRequests")
    void badRequestIsRefusedNamingTheField(String field,
                                           Function<CancelTaskRequest.Builder, CancelTaskRequest.Builder> set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.apply(CancelTaskRequest.builder()).build());
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    static Stream<Arguments> badClients() {
        return Stream.of(
                badClient("region", b -> b.region("mars-1")),
                badClient("region", b -> b.region("CN_HANGZHOU")),
                badClient("region", b -> b.region("cn-hangzhou\n")),
                badClient("region", b -> b.region(null)),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://u:p@127.0.0.1:1"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("//127.0.0.1:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("localhost:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("ftp://127.0.0.1:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080/api"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080?x=1"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080/#f"))),
                badClient("userAgentSuffix", b -> b.userAgentSuffix("app\r\nX-Injected: 1")));
    }

    private static Arguments badClient(String field, Function<EcsClient.Builder, EcsClient.Builder> set) {
        return Arguments.of(field, set);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badClients")
    void badClientOptionIsRefusedNamingTheOption(String field, Function<EcsClient.Builder, EcsClient.Builder> set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.apply(
                EcsClient.builder().region("cn-hangzhou")
                        .credentialsProvider(StaticCredentialsProvider.of("id", "secret"))).build());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void unknownRegionIsRefusedEvenWithAnEndpointOverride() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clientFor(server).region("mars-1").build());
        assertEquals("region 'mars-1' is not a region of Alibaba Cloud ECS", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void nullRequestIsRefused() {
        try (EcsClient ecs = clientFor(server).build()) {
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> ecs.cancelTask(null)).getMessage());
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> ecs.cancelTaskAsync(null)).getMessage());
        }
    }
}
