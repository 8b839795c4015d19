package io.github.canceltask.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiFunction;

/**
 * Turns a success payload into a typed response.
 *
 * @param <O> the typed response
 */
@FunctionalInterface
public interface ResponseMapper<O> extends BiFunction<JsonNode, String, O> {
}
