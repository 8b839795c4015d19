package io.github.canceltask.core.auth;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Credentials from environment variables, read on every call (nothing is read when the provider is made).
 *
 * <ul>
 *   <li>{@link #alibaba()}: {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and,
 *       for STS credentials, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.</li>
 *   <li>{@link #tencent()}: {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and, for temporary
 *       credentials, {@code TENCENTCLOUD_SESSION_TOKEN} (which the official Tencent Java SDK ignores).</li>
 * </ul>
 *
 * <p>Values are not trimmed: a value that is empty, blank or has whitespace around it is an error, since the
 * vendors sign with the key exactly as given. An empty token variable means no token. Error messages name the
 * variables, never their values. Thread-safe.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    private final String idVariable;
    private final String secretVariable;
    private final String tokenVariable;
    private final UnaryOperator<String> environment;

    private EnvironmentCredentialsProvider(String idVariable, String secretVariable, String tokenVariable,
            UnaryOperator<String> environment) {
        this.idVariable = idVariable;
        this.secretVariable = secretVariable;
        this.tokenVariable = tokenVariable;
        this.environment = environment;
    }

    /** @return a provider of Alibaba Cloud credentials from the process environment */
    public static EnvironmentCredentialsProvider alibaba() {
        return alibabaFrom(System::getenv);
    }

    /**
     * @param environment the variables to read instead of the process environment (for tests); read on every
     *     call, not copied
     * @return a provider of Alibaba Cloud credentials from {@code environment}
     */
    public static EnvironmentCredentialsProvider alibaba(Map<String, String> environment) {
        return alibabaFrom(lookup(environment));
    }


    /** @return a provider of Tencent Cloud credentials from the process environment */
    public static EnvironmentCredentialsProvider tencent() {
        return tencentFrom(System::getenv);
    }

    /**
     * @param environment the variables to read instead of the process environment (for tests); read on every
     *     call, not copied
     * @return a provider of Tencent Cloud credentials from {@code environment}
     */
    public static EnvironmentCredentialsProvider tencent(Map<String, String> environment) {
        return tencentFrom(lookup(environment));
    }


    private static EnvironmentCredentialsProvider alibabaFrom(UnaryOperator<String> environment) {
        return new EnvironmentCredentialsProvider("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                "ALIBABA_CLOUD_SECURITY_TOKEN", environment);
    }

    private static EnvironmentCredentialsProvider tencentFrom(UnaryOperator<String> environment) {
        return new EnvironmentCredentialsProvider("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                "TENCENTCLOUD_SESSION_TOKEN", environment);
    }

    static UnaryOperator<String> lookup(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        return environment::get;
    }

    /**
     * @return the credentials in the environment now
     * @throws io.github.canceltask.core.exception.SdkClientException when a variable is missing, empty, blank or
     *     has whitespace around its value; the message names the variables
     */
    @Override
    public Credentials resolveCredentials() {
        String id = environment.apply(idVariable);
        String secret = environment.apply(secretVariable);
        if (id == null && secret == null) {
            throw CredentialValues.notFound(place(), "not set");
        }
        check(idVariable, id);
        check(secretVariable, secret);
        String token = environment.apply(tokenVariable);
        if (token != null && !token.isEmpty()) {
            check(tokenVariable, token);
        }
        return Credentials.of(id, secret, token);
    }

    private void check(String variable, String value) {
        String problem = value == null ? "is not set" : CredentialValues.problem(value);
        if (problem != null) {
            throw CredentialValues.notFound(place(), variable + " " + problem);
        }
    }

    private String place() {
        return "environment variables " + idVariable + ", " + secretVariable;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider{" + idVariable + ", " + secretVariable + ", " + tokenVariable + "}";
    }
}
