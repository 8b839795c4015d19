package io.github.canceltask.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A success answer, before it becomes the typed response.
 *
 * @param payload the operation's payload
 * @param requestId the service's request id, or null
 */
public record ParsedResponse(JsonNode payload, String requestId) {
}
