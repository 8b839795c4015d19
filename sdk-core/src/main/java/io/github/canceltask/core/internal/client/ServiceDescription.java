package io.github.canceltask.core.internal.client;

import io.github.canceltask.core.auth.CredentialsProvider;
import io.github.canceltask.core.internal.pipeline.ResponseParser;
import io.github.canceltask.core.retry.RateLimit;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a product module tells the core about its service, once.
 *
 * @param name the service's name for messages, e.g. {@code Alibaba Cloud ECS}
 * @param responseParser the vendor's answer format and error vocabulary
 * @param knownRegions the regions the vendor documents for the service; any other is refused
 * @param endpointHost the host for a known region
 * @param defaultCredentials the vendor's default credentials chain
 * @param defaultRegion the region when the user sets none, or null when a region is required
 * @param defaultRateLimit the pacing when the user sets none
 */
public record ServiceDescription(String name, ResponseParser responseParser, Set<String> knownRegions,
                                 Function<String, String> endpointHost,
                                 Supplier<CredentialsProvider> defaultCredentials, String defaultRegion,
                                 RateLimit defaultRateLimit) {
}
