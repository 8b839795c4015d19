package io.github.canceltask.examples;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.auth.DefaultCredentialsProvider;
import io.github.canceltask.core.client.SdkClientBuilder;
import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.testkit.LocalCloud;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Where the examples and the CLI send their calls: the one place that decides between the real service and an
 * embedded {@link LocalCloud}, and says plainly which it chose.
 *
 * <ul>
 *   <li>{@code --live}: the real service (or {@code --endpoint} when given), credentials from the default chain.</li>
 *   <li>{@code --endpoint URL} without {@code --live}: that endpoint, credentials from the default chain.</li>
 *   <li>neither: an embedded LocalCloud, whether or not credentials are configured, so that trying an example
 *       never cancels a real task by accident.</li>
 * </ul>
 */
public final class CloudTarget implements AutoCloseable {
    /** The vendor whose default credentials chain applies. */
    public enum Vendor {
        /** ECS, Domain, Elasticsearch: {@code ALIBABA_CLOUD_*} variables, then {@code ~/.aliyun/config.json}. */
        ALIBABA(DefaultCredentialsProvider::alibaba),
        /** DLC: {@code TENCENTCLOUD_*} variables, then {@code ~/.tencentcloud/credentials}. */
        TENCENT(DefaultCredentialsProvider::tencent);

        private final BiFunction<Map<String, String>, Path, CredentialsProvider> defaultChain;

        Vendor(BiFunction<Map<String, String>, Path, CredentialsProvider> defaultChain) {
            this.defaultChain = defaultChain;
        }
    }

    private final LocalCloud localCloud;
    private final URI endpoint;
    private final CredentialsProvider credentials;

    private CloudTarget(LocalCloud localCloud, URI endpoint, CredentialsProvider credentials) {
        this.localCloud = localCloud;
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /**
     * @param vendor whose default credentials chain to use
     * @param live whether the user asked for the real service
     * @param endpoint the endpoint the user named, or null
     * @param environment the environment variables the default chain reads; {@code HOME} in it, when set, is the
     *     home directory holding the vendors' CLI credential files (tests pass their own)
     * @param notices where to say which target was chosen
     * @return the target; close it to stop an embedded LocalCloud
     */
    public static CloudTarget choose(Vendor vendor, boolean live, URI endpoint, Map<String, String> environment,
            PrintStream notices) {
        Objects.requireNonNull(vendor, "vendor");
        Path home = Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")));
        CredentialsProvider defaultChain = vendor.defaultChain.apply(environment, home);
        if (live || endpoint != null) {
            notices.println(endpoint == null
                    ? "Calling the real service (--live) with credentials from the default chain."
                    : "Calling " + endpoint + " with credentials from the default chain.");
            return new CloudTarget(null, endpoint, defaultChain);
        }
        LocalCloud cloud = LocalCloud.start();
        notices.println(hasCredentials(defaultChain)
                ? "Credentials found, but no --live: running against an embedded LocalCloud at " + cloud.endpoint()
                        + " - no cloud account used. Add --live to call the real service."
                : "No credentials found; running against an embedded LocalCloud at " + cloud.endpoint()
                        + " - no cloud account used.");
        return new CloudTarget(cloud, cloud.endpoint(), cloud.credentials());
    }

    private static boolean hasCredentials(CredentialsProvider chain) {
        try {
            return chain.resolveCredentials() != null;
        } catch (SdkClientException e) {
            return false;
        }
    }

    /** @return whether calls go to an embedded LocalCloud */
    public boolean isLocal() {
        return localCloud != null;
    }

    /**
     * Prepares the embedded LocalCloud, e.g. adds the running task the example is about to cancel; does nothing when
     * the target is a real service.
     *
     * @param seeding what to do with the LocalCloud
     */
    public void seedIfLocal(Consumer<LocalCloud> seeding) {
        if (localCloud != null) {
            seeding.accept(localCloud);
        }
    }

    /**
     * @param builder a client builder, e.g. {@code EcsClient.builder()}
     * @param <B> the builder's type
     * @return the builder, pointed at this target's endpoint (when not the region's) and credentials
     */
    public <B extends SdkClientBuilder<B, ?>> B configure(B builder) {
        builder.credentialsProvider(credentials);
        return endpoint == null ? builder : builder.endpointOverride(endpoint);
    }

    /** Stops the embedded LocalCloud, if any. */
    @Override
    public void close() {
        if (localCloud != null) {
            localCloud.close();
        }
    }
}
