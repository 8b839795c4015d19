package io.github.canceltask.core.internal.pipeline;

import java.util.Map;

/**
 * A success answer, before it becomes the typed response.
 *
 * @param payload the operation's payload
 * @param requestId the service's request id, or null
 */
public record ParsedResponse(Map<String, Object> payload, String requestId) {
}
