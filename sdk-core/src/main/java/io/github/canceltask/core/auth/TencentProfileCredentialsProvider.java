package io.github.canceltask.core.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Credentials from the Tencent Cloud profile file, {@code ~/.tencentcloud/credentials}:
 * <pre>
 * [default]
 * secret_id = AKID...
 * secret_key = ...
 * token = ...        ; optional, for temporary credentials (an extension: the official SDK ignores it)
 * </pre>
 *
 * <p>Only the section {@code [default]} is read. Lines starting with {@code #} or {@code ;} are comments; spaces
 * around {@code =} and around a line are ignored; a value runs to the end of its line (no inline comments). The
 * file is UTF-8.
 *
 * <p>Nothing is read when the provider is made. The file is parsed on the first call and again only when its
 * last-modified time or size changes. Thread-safe. Messages name the file, the section and the keys, never a
 * value.
 */
public final class TencentProfileCredentialsProvider implements CredentialsProvider {
    private static final String SECTION = "default";

    private final CachedCredentialsFile file;

    private TencentProfileCredentialsProvider(Path file) {
        this.file = new CachedCredentialsFile(file);
    }

    /**
     * @return a provider reading {@code credentials} in the folder {@code .tencentcloud} of the {@code user.home}
     *     directory
     */
    public static TencentProfileCredentialsProvider create() {
        return create(defaultFile(Path.of(System.getProperty("user.home"))));
    }

    /**
     * @param file the profile file to read
     * @return a provider reading {@code file}
     */
    public static TencentProfileCredentialsProvider create(Path file) {
        return new TencentProfileCredentialsProvider(file);
    }

    static Path defaultFile(Path home) {
        return home.resolve(".tencentcloud").resolve("credentials");
    }

    /**
     * @return the credentials of the section {@code [default]}
     * @throws io.github.canceltask.core.exception.SdkClientException when the file is missing or unreadable, is not
     *     UTF-8, has a line that is neither a section, a comment nor {@code key = value}, has no {@code [default]}
     *     section, or a key is missing or malformed
     */
    @Override
    public Credentials resolveCredentials() {
        return file.resolve(SECTION, this::parse);
    }

    private Credentials parse(byte[] content) {
        Map<String, String> keys = section(lines(content));
        if (keys == null) {
            throw file.fail("no [" + SECTION + "] section");
        }
        String token = keys.get("token");
        return Credentials.of(required(keys, "secret_id"), required(keys, "secret_key"),
                token == null || token.isEmpty() ? null : token);
    }

    private List<String> lines(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw file.fail("not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    /** @return the keys of the wanted section, null when there is no such section */
    private Map<String, String> section(List<String> lines) {
        Map<String, String> keys = null;
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                inSection = line.substring(1, line.length() - 1).strip().equals(SECTION);
                if (inSection && keys == null) {
                    keys = new HashMap<>();
                }
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                // The line is not echoed: it may be a secret pasted on its own line.
                throw file.fail("line " + (i + 1) + " is neither [section], comment nor key = value");
            }
            if (inSection) {
                keys.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return keys;
    }

    private String required(Map<String, String> keys, String key) {
        String value = keys.get(key);
        String problem = value == null ? "is missing" : CredentialValues.problem(value);
        if (problem != null) {
            throw file.fail("[" + SECTION + "] " + key + " " + problem);
        }
        return value;
    }

    @Override
    public String toString() {
        return "TencentProfileCredentialsProvider{" + file.file() + "}";
    }
}
