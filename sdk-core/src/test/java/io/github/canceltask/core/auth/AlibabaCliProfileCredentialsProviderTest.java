package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlibabaCliProfileCredentialsProviderTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("config.json"), json);
    }

    private static String profile(String name, String mode, String id) {
        return "{\"name\":\"" + name + "\",\"mode\":\"" + mode + "\",\"access_key_id\":\"" + id
                + "\",\"access_key_secret\":\"" + SECRET + "\",\"region_id\":\"cn-hangzhou\"}";
    }

    private static String config(String current, String... profiles) {
        return "{\"current\":\"" + current + "\",\"profiles\":[" + String.join(",", profiles) + "]}";
    }

    private Credentials resolve(Path file, Map<String, String> env) {
        return AlibabaCliProfileCredentialsProvider.create(file, env).resolveCredentials();
    }

    private SdkClientException failure(Path file, Map<String, String> env) {
        return assertThrows(SdkClientException.class,
                () -> AlibabaCliProfileCredentialsProvider.create(file, env).resolveCredentials());
    }

    static Stream<Arguments> readableFiles() {
        return Stream.of(
                Arguments.of(config("default", profile("default", "AK", "LTAI-id")), Credentials.of("LTAI-id", SECRET)),
                Arguments.of("{\"current\":\"sts\",\"profiles\":[{\"name\":\"sts\",\"mode\":\"StsToken\","
                        + "\"access_key_id\":\"STS.id\",\"access_key_secret\":\"" + SECRET + "\",\"sts_token\":\""
                        + TOKEN + "\"}]}", Credentials.of("STS.id", SECRET, TOKEN)),
                // AK mode ignores an sts_token
                Arguments.of("{\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"LTAI-id\","
                        + "\"access_key_secret\":\"" + SECRET + "\",\"sts_token\":\"" + TOKEN + "\"}]}",
                        Credentials.of("LTAI-id", SECRET)),
                // no mode, or an empty one, with keys is AK
                Arguments.of("{\"profiles\":[{\"name\":\"default\",\"access_key_id\":\"LTAI-id\","
                        + "\"access_key_secret\":\"" + SECRET + "\"}]}", Credentials.of("LTAI-id", SECRET)),
                Arguments.of(config("default", profile("default", "", "LTAI-id")), Credentials.of("LTAI-id", SECRET)));
    }

    @ParameterizedTest
    @MethodSource("readableFiles")
    void readsTheProfile(String json, Credentials expected) throws IOException {
        assertEquals(expected, resolve(write(json), Map.of()));
    }

    @Test
    void currentChoosesTheProfile() throws IOException {
        Path file = write(config("dev", profile("default", "AK", "LTAI-default"), profile("dev", "AK", "LTAI-dev")));
        assertEquals("LTAI-dev", resolve(file, Map.of()).id());
    }

    @Test
    void environmentVariableOverridesCurrent() throws IOException {
        Path file = write(config("dev", profile("default", "AK", "LTAI-default"), profile("dev", "AK", "LTAI-dev"),
                profile("prod", "AK", "LTAI-prod")));
        assertEquals("LTAI-prod", resolve(file, Map.of("ALIBABA_CLOUD_PROFILE", "prod")).id());
    }

    @Test
    void withoutCurrentTheProfileIsDefault() throws IOException {
        Path file = write("{\"profiles\":[" + profile("dev", "AK", "LTAI-dev") + ","
                + profile("default", "AK", "LTAI-default") + "]}");
        assertEquals("LTAI-default", resolve(file, Map.of()).id());
    }

    @Test
    void blankEnvironmentVariableFallsBackToCurrent() throws IOException {
        Path file = write(config("dev", profile("default", "AK", "LTAI-default"), profile("dev", "AK", "LTAI-dev")));
        assertEquals("LTAI-dev", resolve(file, Map.of("ALIBABA_CLOUD_PROFILE", " ")).id());
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of("[1, 2]", "not a JSON object"),
                Arguments.of("{\"current\":\"default\"}", "no \"profiles\" list"),
                Arguments.of(config("gone", profile("default", "AK", "LTAI-default")),
                        "no profile 'gone' (from \"current\"); profiles in the file: default"),
                Arguments.of("{\"profiles\":[{\"mode\":\"AK\"}]}",
                        "no profile 'default'; profiles in the file: none"),
                Arguments.of(config("default", profile("default", "StsToken", "STS.id")),
                        "profile 'default': sts_token is missing"),
                Arguments.of("{\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"LTAI-id\"}]}",
                        "profile 'default': access_key_secret is missing"),
                Arguments.of("{\"profiles\":[{\"name\":\"default\",\"access_key_id\":12,"
                        + "\"access_key_secret\":\"" + SECRET + "\"}]}", "profile 'default': access_key_id is not a string"),
                Arguments.of(config("default", profile("default", "AK", "")), "profile 'default': access_key_id is empty"),
                Arguments.of("{\"profiles\":[{\"name\":\"default\",\"access_key_id\":\"LTAI-id\","
                        + "\"access_key_secret\":\" " + SECRET + "\"}]}",
                        "profile 'default': access_key_secret has leading or trailing whitespace,"
                        + " which breaks request signing; remove it"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void unusableFileIsNamedWithTheReasonButNoSecret(String json, String reason) throws IOException {
        Path file = write(json);
        SdkClientException e = failure(file, Map.of());
        assertEquals(file + " (" + reason + ")", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void unknownProfileFromEnvironmentIsNamedWithTheProfilesThere() throws IOException {
        Path file = write(config("default", profile("default", "AK", "LTAI-default"), profile("dev", "AK", "LTAI-dev")));
        SdkClientException e = failure(file, Map.of("ALIBABA_CLOUD_PROFILE", "prod"));
        assertEquals(file + " (no profile 'prod' (from ALIBABA_CLOUD_PROFILE); profiles in the file: default, dev)",
                e.getMessage());
    }

    @Test
    void unsupportedModeIsNamedWithFileAndProfile() throws IOException {
        Path file = write("{\"current\":\"role\",\"profiles\":[{\"name\":\"role\",\"mode\":\"RamRoleArn\","
                + "\"access_key_id\":\"LTAI-id\",\"access_key_secret\":\"" + SECRET + "\","
                + "\"ram_role_arn\":\"acs:ram::1:role/x\",\"ram_session_name\":\"s\"}]}");
        SdkClientException e = failure(file, Map.of());
        assertEquals(file + " (profile 'role' uses mode RamRoleArn, which this SDK does not support;"
                + " use mode AK or StsToken)", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void ecsRamRoleModeIsUnsupported() throws IOException {
        Path file = write("{\"profiles\":[{\"name\":\"default\",\"mode\":\"EcsRamRole\",\"ram_role_name\":\"r\"}]}");
        assertTrue(failure(file, Map.of()).getMessage().contains("mode EcsRamRole, which this SDK does not support"));
    }

    @Test
    void malformedJsonNamesFileAndPositionButNoContentOrJacksonText() throws IOException {
        Path file = write("{\"profiles\":[{\"name\":\"default\",\n\"access_key_secret\":" + SECRET + "}]}");
        SdkClientException e = failure(file, Map.of());
        assertTrue(e.getMessage().startsWith(file + " (not valid JSON at line 2, column "), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(e.getMessage().contains("Unrecognized token"), e.getMessage());
        assertFalse(e.getMessage().contains("jackson"), e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void trailingGarbageIsMalformed() throws IOException {
        Path file = write(config("default", profile("default", "AK", "LTAI-id")) + " }");
        assertTrue(failure(file, Map.of()).getMessage().contains("not valid JSON"));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.json");
        assertEquals(file + " (no such file)", failure(file, Map.of()).getMessage());
    }

    @Test
    void directoryIsNotAFile() {
        assertEquals(dir + " (not a regular file)", failure(dir, Map.of()).getMessage());
    }

    @Test
    void canBeDisabledLikeTheAlibabaSdks() throws IOException {
        Path file = write(config("default", profile("default", "AK", "LTAI-id")));
        assertEquals(file + " (disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED)",
                failure(file, Map.of("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")).getMessage());
        assertEquals("LTAI-id", resolve(file, Map.of("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "false")).id());
    }

    @Test
    void readsTheFileAgainWhenItChanges() throws IOException {
        Path file = write(config("default", profile("default", "AK", "LTAI-first")));
        AlibabaCliProfileCredentialsProvider provider = AlibabaCliProfileCredentialsProvider.create(file, Map.of());
        assertEquals("LTAI-first", provider.resolveCredentials().id());
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, config("default", profile("default", "AK", "LTAI-second-longer")));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
        assertEquals("LTAI-second-longer", provider.resolveCredentials().id());
    }

    @Test
    void aDifferentProfileIsNotAnsweredFromTheCache() throws IOException {
        Path file = write(config("default", profile("default", "AK", "LTAI-default"), profile("dev", "AK", "LTAI-dev")));
        Map<String, String> env = new HashMap<>();
        AlibabaCliProfileCredentialsProvider provider = AlibabaCliProfileCredentialsProvider.create(file, env);
        assertEquals("LTAI-default", provider.resolveCredentials().id());
        env.put("ALIBABA_CLOUD_PROFILE", "dev");
        assertEquals("LTAI-dev", provider.resolveCredentials().id());
    }

    @Test
    void aFileThatAppearsLaterIsFound() throws IOException {
        Path file = dir.resolve("config.json");
        AlibabaCliProfileCredentialsProvider provider = AlibabaCliProfileCredentialsProvider.create(file, Map.of());
        assertThrows(SdkClientException.class, provider::resolveCredentials);
        write(config("default", profile("default", "AK", "LTAI-id")));
        assertEquals("LTAI-id", provider.resolveCredentials().id());
    }

    @Test
    void toStringNamesTheFileOnly() throws IOException {
        Path file = write("{\"profiles\":[{\"name\":\"default\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.id\","
                + "\"access_key_secret\":\"" + SECRET + "\",\"sts_token\":\"" + TOKEN + "\"}]}");
        AlibabaCliProfileCredentialsProvider provider = AlibabaCliProfileCredentialsProvider.create(file, Map.of());
        provider.resolveCredentials();
        String text = provider.toString();
        assertTrue(text.contains(file.toString()), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
    }
}
