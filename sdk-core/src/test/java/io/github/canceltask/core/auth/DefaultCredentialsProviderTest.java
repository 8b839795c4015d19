package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCredentialsProviderTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String FILE_SECRET = "FILE-SECRET-CANARY-44c1";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    @TempDir
    Path home;

    private Path aliyunConfig(String id) throws IOException {
        Path file = home.resolve(".aliyun").resolve("config.json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"" + id + "\",\"access_key_secret\":\"" + FILE_SECRET + "\"}]}");
    }

    private Path tencentCredentials(String id) throws IOException {
        Path file = home.resolve(".tencentcloud").resolve("credentials");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "[default]\nsecret_id = " + id + "\nsecret_key = " + FILE_SECRET + "\n");
    }

    private static Map<String, String> alibabaEnv() {
        return Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN);
    }

    private static Map<String, String> tencentEnv() {
        return Map.of("TENCENTCLOUD_SECRET_ID", "AKID-env", "TENCENTCLOUD_SECRET_KEY", SECRET);
    }

    @Test
    void alibabaEnvironmentWinsOverTheCliProfile() throws IOException {
        aliyunConfig("LTAI-file");
        assertEquals(Credentials.of("LTAI-env", SECRET, TOKEN),
                DefaultCredentialsProvider.alibaba(alibabaEnv(), home).resolveCredentials());
    }

    @Test
    void alibabaFallsBackToTheCliProfile() throws IOException {
        aliyunConfig("LTAI-file");
        assertEquals(Credentials.of("LTAI-file", FILE_SECRET),
                DefaultCredentialsProvider.alibaba(Map.of(), home).resolveCredentials());
    }

    @Test
    void alibabaProfileVariableReachesTheCliProfile() throws IOException {
        aliyunConfig("LTAI-file");
        SdkClientException e = assertThrows(SdkClientException.class, () -> DefaultCredentialsProvider
                .alibaba(Map.of("ALIBABA_CLOUD_PROFILE", "prod"), home).resolveCredentials());
        assertTrue(e.getMessage().contains("no profile 'prod' (from ALIBABA_CLOUD_PROFILE)"), e.getMessage());
    }

    @Test
    void alibabaFailureNamesEveryPlace() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> DefaultCredentialsProvider.alibaba(Map.of(), home).resolveCredentials());
        assertEquals("No credentials found. Looked at: environment variables ALIBABA_CLOUD_ACCESS_KEY_ID,"
                + " ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set); " + home.resolve(".aliyun").resolve("config.json")
                + " (no such file)", e.getMessage());
    }

    @Test
    void tencentEnvironmentWinsOverTheProfileFile() throws IOException {
        tencentCredentials("AKID-file");
        assertEquals(Credentials.of("AKID-env", SECRET),
                DefaultCredentialsProvider.tencent(tencentEnv(), home).resolveCredentials());
    }

    @Test
    void tencentFallsBackToTheProfileFile() throws IOException {
        tencentCredentials("AKID-file");
        assertEquals(Credentials.of("AKID-file", FILE_SECRET),
                DefaultCredentialsProvider.tencent(Map.of(), home).resolveCredentials());
    }

    @Test
    void tencentFailureNamesEveryPlaceAndEveryReason() throws IOException {
        Path file = home.resolve(".tencentcloud").resolve("credentials");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[prod]\nsecret_id = AKID-file\n");
        Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_ID", "AKID-env", "TENCENTCLOUD_SECRET_KEY", SECRET + " ");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> DefaultCredentialsProvider.tencent(env, home).resolveCredentials());
        assertEquals("No credentials found. Looked at: environment variables TENCENTCLOUD_SECRET_ID,"
                + " TENCENTCLOUD_SECRET_KEY (TENCENTCLOUD_SECRET_KEY has leading or trailing whitespace, which breaks"
                + " request signing; remove it); " + file + " (no [default] section)", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void nothingIsReadAtConstruction() throws IOException {
        Map<String, String> env = new HashMap<>();
        DefaultCredentialsProvider alibaba = DefaultCredentialsProvider.alibaba(env, home);
        DefaultCredentialsProvider tencent = DefaultCredentialsProvider.tencent(env, home);
        aliyunConfig("LTAI-file");
        tencentCredentials("AKID-file");
        env.putAll(tencentEnv());
        assertEquals("LTAI-file", alibaba.resolveCredentials().id());
        assertEquals("AKID-env", tencent.resolveCredentials().id());
    }

    @Test
    void constructionWithoutAnythingConfiguredDoesNotFail() {
        DefaultCredentialsProvider provider = DefaultCredentialsProvider.alibaba(Map.of(), home.resolve("missing"));
        assertThrows(SdkClientException.class, provider::resolveCredentials);
    }

    @Test
    void toStringNamesPlacesButNoSecretOrToken() throws IOException {
        aliyunConfig("LTAI-file");
        tencentCredentials("AKID-file");
        DefaultCredentialsProvider alibaba = DefaultCredentialsProvider.alibaba(alibabaEnv(), home);
        DefaultCredentialsProvider tencent = DefaultCredentialsProvider.tencent(Map.of(), home);
        alibaba.resolveCredentials();
        tencent.resolveCredentials();
        for (String text : new String[] {alibaba.toString(), tencent.toString()}) {
            assertTrue(text.startsWith("DefaultCredentialsProvider{"), text);
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains(FILE_SECRET), text);
            assertFalse(text.contains(TOKEN), text);
        }
        assertTrue(alibaba.toString().contains("config.json"), alibaba.toString());
        assertTrue(tencent.toString().contains(".tencentcloud"), tencent.toString());
    }
}
