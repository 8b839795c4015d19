package io.github.canceltask.core.internal.pipeline;

import java.util.Map;
import okhttp3.Request;

/**
 * One API operation as a product module describes it: how its input becomes a signed HTTP request (the wire style)
 * and how the service's success payload becomes its output. Immutable; shared by every call.
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
public interface Operation<I, O> {
    /** @return the operation's name, e.g. {@code CancelTask} (for logs and messages) */
    String name();

    /**
     * Marshals and signs one try.
     *
     * @param input the validated request
     * @param context the endpoint, credentials, time and nonce of this try
     * @return the request to send
     */
    Request toHttpRequest(I input, SigningContext context);

    /**
     * @param payload the success payload (the body for Alibaba, {@code Response} for Tencent)
     * @param requestId the request id the parser found
     * @return the typed response
     */
    O toResponse(Map<String, Object> payload, String requestId);
}
