package io.github.canceltask.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the emulator answers one call.
 *
 * @param status the HTTP status
 * @param body the body text
 * @param contentType the {@code Content-Type}
 * @param errorCode the vendor's error code, null for a success
 * @param requestId the {@code RequestId} in the body
 * @param headers extra headers ({@code Retry-After}, ...)
 */
record Answer(int status, String body, String contentType, String errorCode, String requestId,
              Map<String, String> headers) {
    Answer withHeader(String name, String value) {
        LinkedHashMap<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Answer(status, body, contentType, errorCode, requestId, Map.copyOf(all));
    }
}
