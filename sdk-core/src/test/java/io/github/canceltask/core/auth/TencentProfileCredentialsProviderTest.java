package io.github.canceltask.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TencentProfileCredentialsProviderTest {
    private static final String SECRET = "SECRET-CANARY-7f3a";
    private static final String TOKEN = "TOKEN-CANARY-91bd";

    @TempDir
    Path dir;

    private Path write(String ini) throws IOException {
        return Files.writeString(dir.resolve("credentials"), ini);
    }

    private static Credentials resolve(Path file) {
        return TencentProfileCredentialsProvider.create(file).resolveCredentials();
    }

    private static String failure(Path file) {
        return assertThrows(SdkClientException.class, () -> resolve(file)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            [default]\\nsecret_id = AKID-id\\nsecret_key = SECRET\\n                   | SECRET      | none
            [default]\\nsecret_id=AKID-id\\nsecret_key=SECRET\\ntoken=TOKEN\\n           | SECRET      | TOKEN
            [default]\\nsecret_id=AKID-id\\nsecret_key=SECRET\\ntoken =\\n               | SECRET      | none
            [default]\\nsecret_id = AKID-id\\nsecret_key = abc=def#ghi                 | abc=def#ghi | none
            """)
    void readsTheDefaultSection(String ini, String secret, String token) throws IOException {
        Path file = write(ini.replace("\\n", "\n").replace("SECRET", SECRET).replace("TOKEN", TOKEN));
        String expectedSecret = secret.replace("SECRET", SECRET);
        String expectedToken = token == null ? null : token.replace("TOKEN", TOKEN);
        assertEquals(Credentials.of("AKID-id", expectedSecret, expectedToken), resolve(file));
    }

    @Test
    void commentsBlankLinesSpacingAndOtherSections() throws IOException {
        Path file = write("\uFEFF# Tencent Cloud credentials\r\n"
                + "; written by hand\r\n"
                + "[other]\r\n"
                + "secret_id = AKID-other\r\n"
                + "secret_key = other-key\r\n"
                + "\r\n"
                + "  [ default ]  \r\n"
                + "   # indented comment\r\n"
                + "\tsecret_id\t=\tAKID-id   \r\n"
                + "secret_key    =" + SECRET + "\r\n"
                + "region = ap-guangzhou\r\n"
                + "[after]\r\n"
                + "secret_id = AKID-after\r\n");
        assertEquals(Credentials.of("AKID-id", SECRET), resolve(file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [prod]\\nsecret_id = AKID-id\\nsecret_key = SECRET          | no [default] section
            secret_id = AKID-id\\nsecret_key = SECRET                 | no [default] section
            [default]\\nsecret_id = AKID-id\\n                        | [default] secret_key is missing
            [default]\\nsecret_id =\\nsecret_key = SECRET             | [default] secret_id is empty
            [default]\\nsecret_id = AKID-id\\nSECRET\\n                | line 3 is neither [section], comment nor key = value
            [default]\\n[default\\nsecret_id = AKID-id                | line 2 is neither [section], comment nor key = value
            [default]\\n= SECRET\\n                                   | line 2 is neither [section], comment nor key = value
            """)
    void unusableFileIsNamedWithTheReasonButNoSecret(String ini, String reason) throws IOException {
        Path file = write(ini.replace("\\n", "\n").replace("SECRET", SECRET));
        String message = failure(file);
        assertEquals(file + " (" + reason + ")", message);
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void notUtf8() throws IOException {
        Path file = dir.resolve("credentials");
        Files.write(file, "[default]\nsecret_id = \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(file + " (not UTF-8 text)", failure(file));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nothing-here");
        assertEquals(file + " (no such file)", failure(file));
    }

    @Test
    void readsTheFileAgainWhenItChanges() throws IOException {
        Path file = write("[default]\nsecret_id = AKID-first\nsecret_key = " + SECRET + "\n");
        TencentProfileCredentialsProvider provider = TencentProfileCredentialsProvider.create(file);
        assertEquals("AKID-first", provider.resolveCredentials().id());
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "[default]\nsecret_id = AKID-second\nsecret_key = " + SECRET + "\ntoken = " + TOKEN);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
        assertEquals(Credentials.of("AKID-second", SECRET, TOKEN), provider.resolveCredentials());
    }

    @Test
    void defaultFileIsInTheHomeDirectory() {
        assertEquals(dir.resolve(".tencentcloud").resolve("credentials"),
                TencentProfileCredentialsProvider.defaultFile(dir));
    }

    @Test
    void toStringNamesTheFileOnly() throws IOException {
        Path file = write("[default]\nsecret_id = AKID-id\nsecret_key = " + SECRET + "\ntoken = " + TOKEN + "\n");
        TencentProfileCredentialsProvider provider = TencentProfileCredentialsProvider.create(file);
        provider.resolveCredentials();
        String text = provider.toString();
        assertTrue(text.contains(file.toString()), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
    }
}
