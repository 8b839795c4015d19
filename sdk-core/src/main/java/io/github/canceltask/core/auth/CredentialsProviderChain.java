package io.github.canceltask.core.auth;

import io.github.canceltask.core.exception.SdkClientException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Asks providers in order and answers the credentials of the first that has some.
 *
 * <p>A provider "has none" when it throws {@link SdkClientException} or answers null; any other exception is a
 * fault and goes to the caller at once. When no provider has credentials, one {@link SdkClientException} lists every
 * place looked at and why each failed, e.g. {@code No credentials found. Looked at: environment variables
 * ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set); /root/.aliyun/config.json (no such file)};
 * each provider's own exception is attached as suppressed.
 *
 * <p>By default the chain remembers the provider that answered and asks it first next time (like the AWS SDK's
 * {@code reuseLastProviderEnabled}), so that a later call does not read, say, a file the environment already
 * made unnecessary. Unlike the AWS SDK, a remembered provider that stops working does not end the search: it is
 * forgotten and the whole chain is walked again. Thread-safe.
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;
    private final boolean reuseLastProvider;
    private volatile CredentialsProvider lastProvider;

    private CredentialsProviderChain(List<CredentialsProvider> providers, boolean reuseLastProvider) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a credentials provider chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
        this.reuseLastProvider = reuseLastProvider;
    }

    /**
     * @param providers the providers to ask, in order; at least one, none null
     * @return a chain that remembers the provider that answered
     * @throws IllegalArgumentException when there is no provider
     * @throws NullPointerException when a provider is null
     */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return builder().providers(providers).build();
    }

    /** @return a builder with no providers and {@code reuseLastProvider(true)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the credentials of the first provider that has some
     * @throws SdkClientException when none has; the message names every place looked at
     */
    @Override
    public Credentials resolveCredentials() {
        CredentialsProvider remembered = lastProvider;
        SdkClientException rememberedFailure = null;
        if (remembered != null) {
            try {
                Credentials credentials = remembered.resolveCredentials();
                if (credentials != null) {
                    return credentials;
                }
                rememberedFailure = returnedNull(remembered);
            } catch (SdkClientException e) {
                rememberedFailure = e;
            }
            lastProvider = null;
        }
        List<SdkClientException> failures = new ArrayList<>(providers.size());
        for (CredentialsProvider provider : providers) {
            if (provider == remembered && rememberedFailure != null) {
                failures.add(rememberedFailure);
                continue;
            }
            try {
                Credentials credentials = provider.resolveCredentials();
                if (credentials != null) {
                    if (reuseLastProvider) {
                        lastProvider = provider;
                    }
                    return credentials;
                }
                failures.add(returnedNull(provider));
            } catch (SdkClientException e) {
                failures.add(e);
            }
        }
        throw noneFound(failures);
    }

    private static SdkClientException returnedNull(CredentialsProvider provider) {
        return new SdkClientException(provider + " (answered no credentials)");
    }

    private static SdkClientException noneFound(List<SdkClientException> failures) {
        StringBuilder message = new StringBuilder("No credentials found. Looked at: ");
        for (int i = 0; i < failures.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(failures.get(i).getMessage());
        }
        SdkClientException exception = new SdkClientException(message.toString());
        failures.forEach(exception::addSuppressed);
        return exception;
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }

    /** Builds a {@link CredentialsProviderChain}. Not thread-safe. */
    public static final class Builder {
        private final List<CredentialsProvider> providers = new ArrayList<>();
        private boolean reuseLastProvider = true;

        private Builder() {
        }

        /**
         * @param providers the providers to ask, in order; replaces any set before
         * @return this builder
         * @throws NullPointerException when a provider is null
         */
        public Builder providers(CredentialsProvider... providers) {
            List<CredentialsProvider> list = Arrays.asList(providers.clone());
            list.forEach(p -> Objects.requireNonNull(p, "provider"));
            this.providers.clear();
            this.providers.addAll(list);
            return this;
        }

        /**
         * @param provider a provider to ask after those added before
         * @return this builder
         */
        public Builder addProvider(CredentialsProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * @param reuseLastProvider whether to ask the provider that answered last first (default true)
         * @return this builder
         */
        public Builder reuseLastProvider(boolean reuseLastProvider) {
            this.reuseLastProvider = reuseLastProvider;
            return this;
        }

        /**
         * @return the chain
         * @throws IllegalArgumentException when no provider was given
         */
        public CredentialsProviderChain build() {
            return new CredentialsProviderChain(providers, reuseLastProvider);
        }
    }
}
