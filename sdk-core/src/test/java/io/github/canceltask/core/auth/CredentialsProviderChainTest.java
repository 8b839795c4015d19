package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialsProviderChainTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final Credentials FIRST = Credentials.of("id-first", SECRET);
    private static final Credentials SECOND = Credentials.of("id-second", SECRET);

    /** A provider that counts its calls and answers while {@code works} is set. */
    private static final class Probe implements CredentialsProvider {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean works;
        final Credentials credentials;
        final String place;

        Probe(String place, Credentials credentials, boolean works) {
            this.place = place;
            this.credentials = credentials;
            this.works = new AtomicBoolean(works);
        }

        @Override
        public Credentials resolveCredentials() {
            calls.incrementAndGet();
            if (!works.get()) {
                throw new SdkClientException(place + " (not there)");
            }
            return credentials;
        }
    }

    @Test
    void answersTheFirstProviderThatWorks() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        Probe c = new Probe("c", FIRST, true);
        assertSame(SECOND, CredentialsProviderChain.of(a, b, c).resolveCredentials());
        assertEquals(1, a.calls.get());
        assertEquals(1, b.calls.get());
        assertEquals(0, c.calls.get());
    }

    @Test
    void earlierProviderWins() {
        Probe a = new Probe("a", FIRST, true);
        Probe b = new Probe("b", SECOND, true);
        assertSame(FIRST, CredentialsProviderChain.of(a, b).resolveCredentials());
        assertEquals(0, b.calls.get());
    }

    @Test
    void failureListsEveryPlaceInOrderAndKeepsEachCause() {
        Probe a = new Probe("env A, B", FIRST, false);
        Probe b = new Probe("/home/x/file", SECOND, false);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> CredentialsProviderChain.of(a, b).resolveCredentials());
        assertEquals("No credentials found. Looked at: env A, B (not there); /home/x/file (not there)",
                e.getMessage());
        assertEquals(2, e.getSuppressed().length);
        assertEquals("env A, B (not there)", e.getSuppressed()[0].getMessage());
    }

    @Test
    void providerAnsweringNullCountsAsNoCredentials() {
        CredentialsProvider nothing = new CredentialsProvider() {
            @Override
            public Credentials resolveCredentials() {
                return null;
            }

            @Override
            public String toString() {
                return "NullProvider";
            }
        };
        assertSame(SECOND, CredentialsProviderChain.of(nothing, new Probe("b", SECOND, true)).resolveCredentials());
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> CredentialsProviderChain.of(nothing).resolveCredentials());
        assertEquals("No credentials found. Looked at: NullProvider (answered no credentials)", e.getMessage());
    }

    @Test
    void otherExceptionsAreFaultsAndStopTheSearch() {
        Probe b = new Probe("b", SECOND, true);
        CredentialsProvider broken = () -> {
            throw new IllegalStateException("bug");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CredentialsProviderChain.of(broken, b).resolveCredentials());
        assertEquals("bug", e.getMessage());
        assertEquals(0, b.calls.get());
    }

    @Test
    void remembersTheProviderThatWorked() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        CredentialsProviderChain chain = CredentialsProviderChain.of(a, b);
        chain.resolveCredentials();
        a.works.set(true);
        assertSame(SECOND, chain.resolveCredentials(), "the remembered provider is asked first");
        assertEquals(1, a.calls.get());
        assertEquals(2, b.calls.get());
    }

    @Test
    void withoutReuseEveryCallWalksTheChain() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        CredentialsProviderChain chain = CredentialsProviderChain.builder()
                .providers(a, b).reuseLastProvider(false).build();
        chain.resolveCredentials();
        a.works.set(true);
        assertSame(FIRST, chain.resolveCredentials());
        assertEquals(2, a.calls.get());
        assertEquals(1, b.calls.get());
    }

    @Test
    void rememberedProviderThatStopsWorkingIsForgottenAndTheChainWalkedAgain() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        CredentialsProviderChain chain = CredentialsProviderChain.of(a, b);
        chain.resolveCredentials();
        b.works.set(false);
        a.works.set(true);
        assertSame(FIRST, chain.resolveCredentials());
        assertEquals(2, b.calls.get(), "b is not asked twice in one call");
        b.works.set(true);
        assertSame(FIRST, chain.resolveCredentials(), "a is remembered now");
        assertEquals(2, b.calls.get());
    }

    @Test
    void rememberedProviderThatFailsIsListedOnceInTheFailure() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        CredentialsProviderChain chain = CredentialsProviderChain.of(a, b);
        chain.resolveCredentials();
        b.works.set(false);
        SdkClientException e = assertThrows(SdkClientException.class, chain::resolveCredentials);
        assertEquals("No credentials found. Looked at: a (not there); b (not there)", e.getMessage());
        assertEquals(2, b.calls.get());
    }

    @Test
    void builderAddsInOrder() {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, false);
        SdkClientException e = assertThrows(SdkClientException.class, () -> CredentialsProviderChain.builder()
                .addProvider(a).addProvider(b).build().resolveCredentials());
        assertEquals("No credentials found. Looked at: a (not there); b (not there)", e.getMessage());
    }

    @Test
    void needsAtLeastOneProviderAndNoNull() {
        assertThrows(IllegalArgumentException.class, CredentialsProviderChain::of);
        assertThrows(IllegalArgumentException.class, () -> CredentialsProviderChain.builder().build());
        assertThrows(NullPointerException.class, () -> CredentialsProviderChain.of(new Probe("a", FIRST, true), null));
        assertThrows(NullPointerException.class, () -> CredentialsProviderChain.builder().addProvider(null));
    }

    @Test
    void laterChangesToTheArrayDoNotChangeTheChain() {
        CredentialsProvider[] providers = {new Probe("a", FIRST, true)};
        CredentialsProviderChain chain = CredentialsProviderChain.of(providers);
        providers[0] = new Probe("b", SECOND, true);
        assertSame(FIRST, chain.resolveCredentials());
    }

    @Test
    void toStringListsProvidersButNoSecret() {
        CredentialsProviderChain chain = CredentialsProviderChain.of(
                StaticCredentialsProvider.of("id-static", SECRET), EnvironmentCredentialsProvider.tencent(Map.of()));
        chain.resolveCredentials();
        String text = chain.toString();
        assertTrue(text.contains("StaticCredentialsProvider"), text);
        assertTrue(text.contains("TENCENTCLOUD_SECRET_ID"), text);
        assertFalse(text.contains(SECRET), text);
    }

    @Test
    void concurrentCallsAllGetCredentials() throws Exception {
        Probe a = new Probe("a", FIRST, false);
        Probe b = new Probe("b", SECOND, true);
        CredentialsProviderChain chain = CredentialsProviderChain.of(a, b);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Credentials>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return chain.resolveCredentials();
                }));
            }
            start.countDown();
            for (Future<Credentials> result : results) {
                assertSame(SECOND, result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(64, b.calls.get());
    }
}
