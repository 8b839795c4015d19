package io.github.canceltask.core.auth;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The vendors' usual places to find credentials, in their order. What clients use when no provider is given.
 *
 * <ul>
 *   <li>{@link #alibaba()}: {@link EnvironmentCredentialsProvider#alibaba()}, then
 *       {@link AlibabaCliProfileCredentialsProvider#create()} ({@code ~/.aliyun/config.json}).</li>
 *   <li>{@link #tencent()}: {@link EnvironmentCredentialsProvider#tencent()}, then
 *       {@link TencentProfileCredentialsProvider#create()} ({@code ~/.tencentcloud/credentials}).</li>
 * </ul>
 *
 * <p>Nothing is read when the provider is made. The place that answered is remembered and asked first next time
 * (see {@link CredentialsProviderChain}). When none answers, the {@link
 * io.github.canceltask.core.exception.SdkClientException} names every place looked at. Thread-safe.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
    private final String vendor;
    private final CredentialsProviderChain chain;

    private DefaultCredentialsProvider(String vendor, CredentialsProvider... providers) {
        this.vendor = vendor;
        this.chain = CredentialsProviderChain.of(providers);
    }

    /** @return the Alibaba Cloud chain over the process environment and the user's home directory */
    public static DefaultCredentialsProvider alibaba() {
        return new DefaultCredentialsProvider("alibaba",
                EnvironmentCredentialsProvider.alibaba(), AlibabaCliProfileCredentialsProvider.create());
    }

    /**
     * @param environment the environment variables to read instead of the process environment (for tests)
     * @param home the directory to use as the user's home, holding {@code .aliyun/config.json}
     * @return the Alibaba Cloud chain over {@code environment} and {@code home}
     */
    public static DefaultCredentialsProvider alibaba(Map<String, String> environment, Path home) {
        return new DefaultCredentialsProvider("alibaba", EnvironmentCredentialsProvider.alibaba(environment),
                AlibabaCliProfileCredentialsProvider.create(
                        AlibabaCliProfileCredentialsProvider.defaultFile(Objects.requireNonNull(home, "home")),
                        environment));
    }

    /** @return the Tencent Cloud chain over the process environment and the user's home directory */
    public static DefaultCredentialsProvider tencent() {
        return new DefaultCredentialsProvider("tencent",
                EnvironmentCredentialsProvider.tencent(), TencentProfileCredentialsProvider.create());
    }

    /**
     * @param environment the environment variables to read instead of the process environment (for tests)
     * @param home the directory to use as the user's home, holding {@code .tencentcloud/credentials}
     * @return the Tencent Cloud chain over {@code environment} and {@code home}
     */
    public static DefaultCredentialsProvider tencent(Map<String, String> environment, Path home) {
        return new DefaultCredentialsProvider("tencent", EnvironmentCredentialsProvider.tencent(environment),
                TencentProfileCredentialsProvider.create(
                        TencentProfileCredentialsProvider.defaultFile(Objects.requireNonNull(home, "home"))));
    }

    /**
     * @return the credentials of the first place that has some
     * @throws io.github.canceltask.core.exception.SdkClientException when none has; the message names every place
     */
    @Override
    public Credentials resolveCredentials() {
        return chain.resolveCredentials();
    }

    @Override
    public String toString() {
        return "DefaultCredentialsProvider{" + vendor + ": " + chain + "}";
    }
}
