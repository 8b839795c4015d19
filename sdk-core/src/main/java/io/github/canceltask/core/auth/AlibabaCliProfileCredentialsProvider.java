package io.github.canceltask.core.auth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Credentials from a profile of the Alibaba Cloud CLI configuration, {@code ~/.aliyun/config.json}:
 * <pre>{@code
 * {"current": "default",
 *  "profiles": [{"name": "default", "mode": "AK", "access_key_id": "...", "access_key_secret": "..."}]}
 * }</pre>
 *
 * <p>The profile is the one named by the environment variable {@code ALIBABA_CLOUD_PROFILE} when it is set, else
 * the file's {@code current}, else {@code default}. Supported modes: {@code AK} (also when {@code mode} is absent
 * or empty) and {@code StsToken} ({@code access_key_id}, {@code access_key_secret}, {@code sts_token}). Modes that
 * need a call to a service to get credentials ({@code RamRoleArn}, {@code EcsRamRole}, {@code OIDC}, ...) are not
 * supported and are reported as such. Setting {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true} turns the provider
 * off, as in the Alibaba SDKs.
 *
 * <p>Nothing is read when the provider is made. The file is parsed on the first call and again only when its
 * last-modified time or size changes (or the chosen profile does). Thread-safe. Messages name the file and the
 * profile, never a key or secret.
 */
public final class AlibabaCliProfileCredentialsProvider implements CredentialsProvider {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String PROFILE_VARIABLE = "ALIBABA_CLOUD_PROFILE";
    private static final String DISABLED_VARIABLE = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    private final CachedCredentialsFile file;
    private final UnaryOperator<String> environment;

    private AlibabaCliProfileCredentialsProvider(Path file, UnaryOperator<String> environment) {
        this.file = new CachedCredentialsFile(file);
        this.environment = environment;
    }

    /**
     * @return a provider reading {@code config.json} in the folder {@code .aliyun} of the {@code user.home}
     *     directory, with the profile chosen by the process environment
     */
    public static AlibabaCliProfileCredentialsProvider create() {
        return new AlibabaCliProfileCredentialsProvider(defaultFile(Path.of(System.getProperty("user.home"))),
                System::getenv);
    }

    /**
     * @param file the CLI configuration file to read
     * @param environment the environment variables to read {@code ALIBABA_CLOUD_PROFILE} from (for tests); read on
     *     every call, not copied
     * @return a provider reading {@code file}
     */
    public static AlibabaCliProfileCredentialsProvider create(Path file, Map<String, String> environment) {
        return new AlibabaCliProfileCredentialsProvider(file, EnvironmentCredentialsProvider.lookup(environment));
    }

    static Path defaultFile(Path home) {
        return home.resolve(".aliyun").resolve("config.json");
    }

    /**
     * @return the credentials of the chosen profile
     * @throws io.github.canceltask.core.exception.SdkClientException when the file is missing or unreadable, is not
     *     valid JSON, has no such profile, the profile's mode is not supported, or a key is missing or malformed
     */
    @Override
    public Credentials resolveCredentials() {
        if ("true".equalsIgnoreCase(environment.apply(DISABLED_VARIABLE))) {
            throw file.fail("disabled by " + DISABLED_VARIABLE);
        }
        String chosen = environment.apply(PROFILE_VARIABLE);
        String key = chosen == null || chosen.isBlank() ? "" : chosen.strip();
        return file.resolve(key, content -> parse(content, key));
    }

    private Credentials parse(byte[] content, String profileFromEnvironment) {
        JsonNode root = readTree(content);
        if (!root.isObject()) {
            throw file.fail("not a JSON object");
        }
        String name;
        String source;
        if (!profileFromEnvironment.isEmpty()) {
            name = profileFromEnvironment;
            source = " (from " + PROFILE_VARIABLE + ")";
        } else if (root.path("current").isTextual() && !root.path("current").asText().isBlank()) {
            name = root.path("current").asText();
            source = " (from \"current\")";
        } else {
            name = "default";
            source = "";
        }
        JsonNode profiles = root.path("profiles");
        if (!profiles.isArray()) {
            throw file.fail("no \"profiles\" list");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode profile : profiles) {
            String profileName = profile.path("name").asText("");
            if (profileName.equals(name)) {
                return credentials(profile, name);
            }
            if (!profileName.isEmpty()) {
                names.add(profileName);
            }
        }
        throw file.fail("no profile '" + name + "'" + source + "; profiles in the file: "
                + (names.isEmpty() ? "none" : String.join(", ", names)));
    }

    private JsonNode readTree(byte[] content) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw file.fail("empty");
            }
            return root;
        } catch (JacksonException e) {
            // Neither Jackson's message nor the exception as cause: the message may quote the file's content,
            // which holds secrets. The position is enough to find the mistake.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw file.fail("not valid JSON" + where);
        } catch (IOException e) {
            throw file.fail("cannot be parsed: " + e.getClass().getSimpleName());
        }
    }

    private Credentials credentials(JsonNode profile, String name) {
        String mode = profile.path("mode").asText("");
        String profileLabel = "profile '" + name + "'";
        switch (mode) {
            case "", "AK":
                return Credentials.of(text(profile, "access_key_id", profileLabel),
                        text(profile, "access_key_secret", profileLabel));
            case "StsToken":
                return Credentials.of(text(profile, "access_key_id", profileLabel),
                        text(profile, "access_key_secret", profileLabel),
                        text(profile, "sts_token", profileLabel));
            default:
                throw file.fail(profileLabel + " uses mode " + mode
                        + ", which this SDK does not support; use mode AK or StsToken");
        }
    }

    private String text(JsonNode profile, String field, String profileLabel) {
        JsonNode node = profile.get(field);
        String problem;
        if (node == null || node.isNull()) {
            problem = "is missing";
        } else if (!node.isTextual()) {
            problem = "is not a string";
        } else {
            problem = CredentialValues.problem(node.asText());
        }
        if (problem != null) {
            throw file.fail(profileLabel + ": " + field + " " + problem);
        }
        return node.asText();
    }

    @Override
    public String toString() {
        return "AlibabaCliProfileCredentialsProvider{" + file.file() + "}";
    }
}
