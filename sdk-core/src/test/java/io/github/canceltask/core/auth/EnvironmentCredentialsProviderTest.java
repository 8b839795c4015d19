package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvironmentCredentialsProviderTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    /** One vendor's factory and variable names; every test runs for both. */
    record Vendor(String name, Function<Map<String, String>, EnvironmentCredentialsProvider> factory,
            String idVariable, String secretVariable, String tokenVariable) {
        @Override
        public String toString() {
            return name;
        }

        Credentials resolve(Map<String, String> env) {
            return factory.apply(env).resolveCredentials();
        }

        String failure(Map<String, String> env) {
            String message = assertThrows(SdkClientException.class, () -> resolve(env)).getMessage();
            assertFalse(message.contains(SECRET), message);
            assertFalse(message.contains(TOKEN), message);
            return message;
        }

        String place() {
            return "environment variables " + idVariable + ", " + secretVariable;
        }

        Map<String, String> env(String id, String secret, String token) {
            Map<String, String> env = new HashMap<>();
            env.put(idVariable, id);
            env.put(secretVariable, secret);
            env.put(tokenVariable, token);
            env.values().removeIf(value -> value == null);
            return env;
        }
    }

    static Stream<Vendor> vendors() {
        return Stream.of(
                new Vendor("alibaba", EnvironmentCredentialsProvider::alibaba,
                        "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"),
                new Vendor("tencent", EnvironmentCredentialsProvider::tencent,
                        "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN"));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void readsKeyPair(Vendor v) {
        assertEquals(Credentials.of("key-id", SECRET), v.resolve(v.env("key-id", SECRET, null)));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void readsSessionToken(Vendor v) {
        assertEquals(Credentials.of("key-id", SECRET, TOKEN), v.resolve(v.env("key-id", SECRET, TOKEN)));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void emptyTokenMeansNoToken(Vendor v) {
        assertEquals(Credentials.of("key-id", SECRET), v.resolve(v.env("key-id", SECRET, "")));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void noVariablesNamesBoth(Vendor v) {
        assertEquals(v.place() + " (not set)", v.failure(Map.of()));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void onlyATokenIsNotEnough(Vendor v) {
        assertEquals(v.place() + " (not set)", v.failure(v.env(null, null, TOKEN)));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void missingSecretIsNamed(Vendor v) {
        assertEquals(v.place() + " (" + v.secretVariable() + " is not set)", v.failure(v.env("key-id", null, null)));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void missingIdIsNamed(Vendor v) {
        assertEquals(v.place() + " (" + v.idVariable() + " is not set)", v.failure(v.env(null, SECRET, null)));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void emptyOrBlankValuesAreErrors(Vendor v) {
        assertEquals(v.place() + " (" + v.idVariable() + " is empty)", v.failure(v.env("", SECRET, null)));
        assertEquals(v.place() + " (" + v.secretVariable() + " is blank)", v.failure(v.env("key-id", "  \t", null)));
        assertEquals(v.place() + " (" + v.tokenVariable() + " is blank)", v.failure(v.env("key-id", SECRET, " ")));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void whitespaceAroundAnyValueIsAnErrorThatNamesTheVariableNotTheValue(Vendor v) {
        String reason = " has leading or trailing whitespace, which breaks request signing; remove it)";
        assertEquals(v.place() + " (" + v.idVariable() + reason, v.failure(v.env("key-id ", SECRET, null)));
        assertEquals(v.place() + " (" + v.secretVariable() + reason, v.failure(v.env("key-id", " " + SECRET, null)));
        assertEquals(v.place() + " (" + v.secretVariable() + reason, v.failure(v.env("key-id", SECRET + "\n", null)));
        assertEquals(v.place() + " (" + v.tokenVariable() + reason, v.failure(v.env("key-id", SECRET, TOKEN + "\r")));
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void toStringNamesVariablesOnly(Vendor v) {
        EnvironmentCredentialsProvider provider = v.factory().apply(v.env("key-id", SECRET, TOKEN));
        provider.resolveCredentials();
        String text = provider.toString();
        assertTrue(text.contains(v.idVariable()), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
        assertFalse(text.contains("key-id"), text);
    }

    @Test
    void vendorsDoNotReadEachOthersVariables() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "TENCENTCLOUD_SECRET_ID", "AKID-id", "TENCENTCLOUD_SECRET_KEY", SECRET + "-t");
        assertEquals(Credentials.of("LTAI-id", SECRET), EnvironmentCredentialsProvider.alibaba(env).resolveCredentials());
        assertEquals(Credentials.of("AKID-id", SECRET + "-t"),
                EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
    }

    @Test
    void readsTheEnvironmentAtEachCallNotAtConstruction() {
        Map<String, String> env = new HashMap<>();
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.alibaba(env);
        assertThrows(SdkClientException.class, provider::resolveCredentials);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertEquals(Credentials.of("LTAI-id", SECRET), provider.resolveCredentials());
    }
}
