package io.github.canceltask.core.internal.pipeline;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns a success payload into a typed response.
 *
 * @param <O> the typed response
 */
@FunctionalInterface
public interface ResponseMapper<O> extends BiFunction<Map<String, Object>, String, O> {
}
