package io.github.canceltask.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.internal.http.HttpClients;
import java.time.Duration;
import mockwebserver3.MockResponse;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import okhttp3.internal.tls.OkHostnameVerifier;
import org.junit.jupiter.api.Test;

/** The User-Agent, HTTPS by default, and TLS verification that is never weakened. */
class TransportDefaultsTest {
    private static final String UA = "canceltask-sdk-java/0\\.1\\.0-SNAPSHOT Java/[^ ]+ [^ /]+/[^ /]+";

    @Test
    void theUserAgentNamesSdkJavaAndPlatformThenTheSuffix() {
        assertTrue(UserAgent.of(null).matches(UA), UserAgent.of(null));
        assertEquals(UserAgent.of(null), UserAgent.of(""));
        assertEquals(UserAgent.of(null) + " my-app/1.2 (batch)", UserAgent.of("my-app/1.2 (batch)"));
        assertEquals("canceltask-sdk-java/0.1.0-SNAPSHOT Java/" + System.getProperty("java.version") + " "
                + System.getProperty("os.name").replace(' ', '_') + "/" + System.getProperty("os.arch"),
                UserAgent.of(null));
    }

    @Test
    void theUserAgentGoesOnTheWireAndABadSuffixIsRefused() throws Exception {
        LoopbackServer loopback = new LoopbackServer();
        loopback.server.enqueue(new MockResponse.Builder().body("{\"Response\":{\"RequestId\":\"r\"}}").build());
        try (TestClient client = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                .endpointOverride(loopback.endpoint()).userAgentSuffix("my-app/1.2").build()) {
            client.cancel("t");
            assertEquals(UserAgent.of("my-app/1.2"), loopback.server.takeRequest().getHeaders().get("User-Agent"));
        } finally {
            loopback.server.close();
        }
        assertThrows(IllegalArgumentException.class, () -> TestClient.tencent().userAgentSuffix("a\r\nX-Evil: 1"));
        assertThrows(IllegalArgumentException.class, () -> TestClient.tencent().userAgentSuffix("caf\u00e9"));
        assertThrows(IllegalArgumentException.class, () -> TestClient.tencent().userAgentSuffix(""));
        assertThrows(IllegalArgumentException.class, () -> TestClient.tencent().userAgentSuffix("x".repeat(257)));
    }

    @Test
    void withoutAnOverrideTheEndpointIsHttpsOnTheDefaultPort() {
        try (TestClient tencent = TestClient.tencent().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                .build();
             TestClient alibaba = TestClient.alibaba().credentialsProvider(StaticCredentialsProvider.of("id", "s"))
                .region("cn-shanghai").build()) {
            assertEquals("https://svc.tencentcloudapi.com/", tencent.runtime().configuration().endpoint().toString());
            assertEquals("https://svc.cn-shanghai.aliyuncs.com/",
                    alibaba.runtime().configuration().endpoint().toString());
        }
    }

    @Test
    void aPlainHttpEndpointGetsAClientThatCannotSpeakTlsAtAll() {
        OkHttpClient built = HttpClients.create(null, Duration.ofSeconds(5), true);
        try {
            assertEquals(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT), built.connectionSpecs());
            assertThrows(IllegalStateException.class, built::sslSocketFactory);
        } finally {
            HttpClients.shutdown(built);
        }
    }

    @Test
    void theSdksHttpClientVerifiesCertificatesAndHostnamesAsOkHttpDoes() {
        OkHttpClient platformDefault = new OkHttpClient();
        for (OkHttpClient built : new OkHttpClient[] {HttpClients.create(null, Duration.ofSeconds(5), false),
            HttpClients.create(platformDefault, Duration.ofSeconds(5), false),
            HttpClients.create(platformDefault, Duration.ofSeconds(5), true)}) {
            try {
                assertSame(OkHostnameVerifier.INSTANCE, built.hostnameVerifier());
                assertEquals(CertificatePinner.DEFAULT.getPins(), built.certificatePinner().getPins());
                assertEquals(platformDefault.x509TrustManager().getClass(), built.x509TrustManager().getClass());
                assertEquals(platformDefault.sslSocketFactory().getClass(), built.sslSocketFactory().getClass());
                assertTrue(built.connectionSpecs().stream().allMatch(spec -> spec.isTls()
                        || spec == okhttp3.ConnectionSpec.CLEARTEXT));
                // Neither redirects nor silent re-sends: either would replay a signed request.
                assertFalse(built.followRedirects());
                assertFalse(built.followSslRedirects());
                assertFalse(built.retryOnConnectionFailure());
            } finally {
                if (built.dispatcher() != platformDefault.dispatcher()) {
                    HttpClients.shutdown(built);
                }
            }
        }
    }
}
