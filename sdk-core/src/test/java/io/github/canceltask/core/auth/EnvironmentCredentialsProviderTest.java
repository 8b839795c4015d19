package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentCredentialsProviderTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    @Test
    void alibabaReadsKeyPair() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertEquals(Credentials.of("LTAI-id", SECRET), EnvironmentCredentialsProvider.alibaba(env).resolveCredentials());
    }

    @Test
    void alibabaReadsSecurityToken() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN);
        assertEquals(Credentials.of("STS.id", SECRET, TOKEN),
                EnvironmentCredentialsProvider.alibaba(env).resolveCredentials());
    }

    @Test
    void tencentReadsKeyPairAndSessionToken() {
        Map<String, String> env = Map.of(
                "TENCENTCLOUD_SECRET_ID", "AKID-id",
                "TENCENTCLOUD_SECRET_KEY", SECRET,
                "TENCENTCLOUD_SESSION_TOKEN", TOKEN);
        assertEquals(Credentials.of("AKID-id", SECRET, TOKEN),
                EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
    }

    @Test
    void tencentDoesNotReadAlibabaVariables() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
        assertEquals("environment variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (not set)", e.getMessage());
    }

    @Test
    void emptyTokenMeansNoToken() {
        Map<String, String> env = Map.of(
                "TENCENTCLOUD_SECRET_ID", "AKID-id",
                "TENCENTCLOUD_SECRET_KEY", SECRET,
                "TENCENTCLOUD_SESSION_TOKEN", "");
        assertEquals(Credentials.of("AKID-id", SECRET), EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
    }

    @Test
    void noVariablesNamesBoth() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.alibaba(Map.of()).resolveCredentials());
        assertEquals("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set)",
                e.getMessage());
    }

    @Test
    void missingSecretIsNamed() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> EnvironmentCredentialsProvider
                .alibaba(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id")).resolveCredentials());
        assertEquals("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET"
                + " (ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set)", e.getMessage());
    }

    @Test
    void missingIdIsNamed() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> EnvironmentCredentialsProvider
                .tencent(Map.of("TENCENTCLOUD_SECRET_KEY", SECRET)).resolveCredentials());
        assertTrue(e.getMessage().endsWith("(TENCENTCLOUD_SECRET_ID is not set)"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void emptyOrBlankSecretIsAnError(String value) {
        Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_ID", "AKID-id", "TENCENTCLOUD_SECRET_KEY", value);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
        String expected = value.isEmpty() ? "TENCENTCLOUD_SECRET_KEY is empty" : "TENCENTCLOUD_SECRET_KEY is blank";
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {" " + SECRET, SECRET + " ", SECRET + "\n", "\t" + SECRET})
    void whitespaceAroundSecretIsAnErrorThatNamesTheVariableNotTheValue(String value) {
        Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_ID", "AKID-id", "TENCENTCLOUD_SECRET_KEY", value);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.tencent(env).resolveCredentials());
        assertTrue(e.getMessage().contains("TENCENTCLOUD_SECRET_KEY has leading or trailing whitespace"),
                e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void whitespaceAroundIdIsAnError() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id ", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.alibaba(env).resolveCredentials());
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_ID has leading or trailing whitespace"),
                e.getMessage());
    }

    @Test
    void whitespaceAroundTokenIsAnErrorThatHidesTheToken() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN + "\r");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EnvironmentCredentialsProvider.alibaba(env).resolveCredentials());
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_SECURITY_TOKEN has leading or trailing whitespace"),
                e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
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

    @Test
    void toStringNamesVariablesOnly() {
        Map<String, String> env = Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN);
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.alibaba(env);
        provider.resolveCredentials();
        String text = provider.toString();
        assertTrue(text.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
        assertFalse(text.contains("LTAI-id"), text);
    }
}
