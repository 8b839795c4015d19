package io.github.canceltask.domain;

import static io.github.canceltask.domain.DomainTesting.clientFor;
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
class DomainBadInputTest extends DomainMockServerTest {
    @AfterEach
    void nothingWasSent() {
        assertEquals(0, server.getRequestCount());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("taskNo", b -> b.taskNo(null)),
                bad("taskNo", b -> b.taskNo("")),
                bad("taskNo", b -> b.taskNo(" \t ")),
                bad("taskNo", b -> b.taskNo("1".repeat(10_000))),
                bad("taskNo", b -> b.taskNo("123\r")),
                bad("taskNo", b -> b.taskNo("123\nInjected: yes")),
                bad("taskNo", b -> b.taskNo("12\u00003")),
                bad("taskNo", b -> b.taskNo("12\u20283")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("999.1.1.1")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("example.com")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("1.2.3")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("01.2.3.4")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("1.2.3.4\n")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("::1\u2028")),
                bad("userClientIp", b -> b.taskNo("1").userClientIp("2001:db8::g")),
                bad("lang", b -> b.taskNo("1").lang("fr")),
                bad("lang", b -> b.taskNo("1").lang("EN")),
                bad("lang", b -> b.taskNo("1").lang("")),
                bad("lang", b -> b.taskNo("1").lang("en\r\n")));
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
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://u:p@127.0.0.1:1"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("//127.0.0.1:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("localhost:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("ftp://127.0.0.1:8080"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080/api"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080?x=1"))),
                badClient("endpointOverride", b -> b.endpointOverride(URI.create("http://127.0.0.1:8080/#f"))),
                badClient("userAgentSuffix", b -> b.userAgentSuffix("app\r\nX-Injected: 1")));
    }

    private static Arguments badClient(String field, Function<DomainClient.Builder, DomainClient.Builder> set) {
        return Arguments.of(field, set);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badClients")
    void badClientOptionIsRefusedNamingTheOption(String field, Function<DomainClient.Builder, DomainClient.Builder> set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.apply(
                DomainClient.builder().region("cn-hangzhou")
                        .credentialsProvider(StaticCredentialsProvider.of("id", "secret"))).build());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void ipv4AndIpv6LiteralsAreAccepted() {
        for (String ip : new String[] {"127.0.0.1", "255.255.255.255", "::1", "2001:db8::1", "::ffff:10.0.0.1"}) {
            assertEquals(ip, CancelTaskRequest.builder().taskNo("1").userClientIp(ip).build().userClientIp());
        }
    }

    @Test
    void unknownRegionIsRefusedEvenWithAnEndpointOverride() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clientFor(server).region("mars-1").build());
        assertEquals("region 'mars-1' is not a region of Alibaba Cloud Domain", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void nullRequestIsRefused() {
        try (DomainClient domain = clientFor(server).build()) {
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> domain.cancelTask(null)).getMessage());
            assertEquals("request must not be null",
                    assertThrows(IllegalArgumentException.class, () -> domain.cancelTaskAsync(null)).getMessage());
        }
    }
}
