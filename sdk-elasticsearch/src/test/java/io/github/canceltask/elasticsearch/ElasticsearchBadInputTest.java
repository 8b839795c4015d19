package io.github.canceltask.elasticsearch;

import static io.github.canceltask.elasticsearch.ElasticsearchTesting.clientFor;
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
class ElasticsearchBadInputTest extends ElasticsearchMockServerTest {
    @AfterEach
    void nothingWasSent() {
        assertEquals(0, server.getRequestCount());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("instanceId", b -> b.instanceId(null)),
                bad("instanceId", b -> b.instanceId("")),
                bad("instanceId", b -> b.instanceId(" \t ")),
                bad("instanceId", b -> b.instanceId("e".repeat(10_000))),
                bad("instanceId", b -> b.instanceId("es-1\r")),
                bad("instanceId", b -> b.instanceId("es-1\nInjected: yes")),
                bad("instanceId", b -> b.instanceId("es-\u00001")),
                bad("instanceId", b -> b.instanceId("es-\u20281")),
                bad("instanceId", b -> b.instanceId("/")),
                bad("instanceId", b -> b.instanceId("es-1/../../other")),
                bad("instanceId", b -> b.instanceId("..")),
                bad("instanceId", b -> b.instanceId(".")),
                bad("instanceId", b -> b.instanceId("es%2F1")),
                bad("instanceId", b -> b.instanceId("es-1?taskType=Other")),
                bad("instanceId", b -> b.instanceId("es-1#frag")),
                bad("instanceId", b -> b.instanceId("es\\1")),
                bad("instanceId", b -> b.instanceId("es 1")),
                bad("taskType", b -> b.instanceId("es-1").taskType("")),
                bad("taskType", b -> b.instanceId("es-1").taskType("MigrateData\n")),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("jeton-é")),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("令牌")),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("t".repeat(65))),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("")),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("tok\r\n")),
                bad("clientToken", b -> b.instanceId("es-1").clientToken("tok\u0000")));
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

    private static Arguments badClient(String field, Function<ElasticsearchClient.Builder, ElasticsearchClient.Builder> set) {
        return Arguments.of(field, set);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badClients")
    void badClientOptionIsRefusedNamingTheOption(String field, Function<ElasticsearchClient.Builder, ElasticsearchClient.Builder> set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.apply(
                ElasticsearchClient.builder().region("cn-hangzhou")
                        .credentialsProvider(StaticCredentialsProvider.of("id", "secret"))).build());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void clientTokenOfSixtyFourPrintableAsciiCharactersIsAccepted() {
        String token = "!~ 0123456789abcdef".repeat(4).substring(0, 64);
        assertEquals(token, CancelTaskRequest.builder().instanceId("es-1").clientToken(token).build().clientToken());
    }

    @Test
    void unknownRegionIsRefusedEvenWithAnEndpointOverride() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clientFor(server).region("mars-1").build());
        assertEquals("region 'mars-1' is not a region of Alibaba Cloud Elasticsearch", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void nullRequestIsRefused() {
        try (ElasticsearchClient es = clientFor(server).build()) {
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> es.cancelTask(null)).getMessage());
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> es.cancelTaskAsync(null)).getMessage());
        }
    }
}
