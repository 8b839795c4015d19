package io.github.canceltask.core.internal.pipeline;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What every wire style's operation holds: the action, the API version, and the mapping of the success payload.
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
abstract class VersionedOperation<I, O> implements Operation<I, O> {
    final String action;
    final String version;
    private final ResponseMapper<O> responseMapper;

    VersionedOperation(String action, String version, ResponseMapper<O> responseMapper) {
        this.action = action;
        this.version = version;
        this.responseMapper = responseMapper;
    }

    @Override
    public final String name() {
        return action;
    }

    @Override
    public final O toResponse(Map<String, Object> payload, String requestId) {
        return responseMapper.apply(payload, requestId);
    }

    /** Passes on the parameters that are set: an optional field left null is not sent at all. */
    static void forEachSet(Map<String, String> parameters, BiConsumer<String, String> action) {
        parameters.forEach((name, value) -> {
            if (value != null) {
                action.accept(name, value);
            }
        });
    }
}
