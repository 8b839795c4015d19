package io.github.canceltask.testkit;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request {@link LocalCloud} received and what it answered. Immutable.
 *
 * @param service the API the request was routed to ({@link Service#UNKNOWN} when none matched)
 * @param action the action asked for ({@code Action}, {@code x-acs-action} or {@code X-TC-Action}), null if none
 * @param method the HTTP method
 * @param path the path as received, still percent-encoded
 * @param query the query parameters, decoded (first value of a repeated name); form-body parameters are in
 *     {@link #body()}
 * @param headers the headers, names lower-cased and sorted, every value in arrival order
 * @param body the body as UTF-8 text, empty when none
 * @param httpStatus the HTTP status answered, or 0 when the call was not answered at all (see {@link #answered()})
 * @param errorCode the vendor's error code answered ({@code InvalidTaskId.NotFound},
 *     {@code AuthFailure.SignatureFailure}, ...), null for a success or when nothing was processed
 * @param requestId the {@code RequestId} answered, null when no answer was built
 * @param answered false when the connection was closed instead of answering ({@link LocalCloud#dropNext(int)},
 *     {@link LocalCloud#loseAnswerNext(int)})
 */
public record RecordedCall(Service service, String action, String method, String path, Map<String, String> query,
                           Map<String, List<String>> headers, String body, int httpStatus, String errorCode,
                           String requestId, boolean answered) {
    /** The APIs {@link LocalCloud} emulates. */
    public enum Service {
        /** Alibaba Cloud ECS, RPC 2014-05-26. */
        ECS,
        /** Alibaba Cloud Domain, RPC 2018-01-29. */
        DOMAIN,
        /** Alibaba Cloud Elasticsearch, ROA 2017-06-13. */
        ELASTICSEARCH,
        /** Tencent Cloud DLC, API 3.0 2021-01-25. */
        DLC,
        /** A request that matched none of the four. */
        UNKNOWN
    }

    /** Copies the maps, so a recorded call never changes. */
    public RecordedCall {
        Objects.requireNonNull(service, "service");
        query = Collections.unmodifiableMap(new TreeMap<>(query));
        TreeMap<String, List<String>> names = new TreeMap<>();
        headers.forEach((name, values) -> names.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(names);
        body = body == null ? "" : body;
    }

    /**
     * @param name a header name, any case
     * @return its first value, or null when absent
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return true when the answer was delivered with a 2xx status and no error code */
    public boolean succeeded() {
        return answered && httpStatus >= 200 && httpStatus < 300 && errorCode == null;
    }
}
