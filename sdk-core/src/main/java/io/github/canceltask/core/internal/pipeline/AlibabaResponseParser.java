package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.internal.json.Json;
import java.util.Map;

/**
 * Alibaba Cloud answers: a JSON object with {@code RequestId} (Domain's documented sample wraps it in {@code data})
 * on 2xx; {@code Code}, {@code Message}, {@code RequestId}, {@code HostId}, {@code Recommend} with a 4xx or 5xx status.
 */
public final class AlibabaResponseParser implements ResponseParser {
    /** The one instance; stateless. */
    public static final AlibabaResponseParser INSTANCE = new AlibabaResponseParser();

    private AlibabaResponseParser() {
    }

    @Override
    public ParsedResponse parse(int status, byte[] body, SecretMasker masker) {
        Map<String, Object> root = readObject(status, body, masker);
        if (status >= 200 && status < 300) {
            String requestId = Json.text(root, "RequestId");
            if (requestId == null) {
                requestId = Json.text(Json.object(root, "data"), "RequestId");
            }
            if (requestId == null) {
                throw ResponseParser.unreadable(status, body, masker, "a JSON object without RequestId");
            }
            return new ParsedResponse(root, requestId);
        }
        String code = Json.text(root, "Code");
        throw error(status, code, masker.mask(Json.text(root, "Message")), Json.text(root, "RequestId"));
    }

    private static Map<String, Object> readObject(int status, byte[] body, SecretMasker masker) {
        Map<String, Object> root = Json.readObject(body);
        if (root != null) {
            return root;
        }
        if (status >= 300) {
            throw error(status, null, ResponseParser.unreadable(status, body, masker,
                    "a body that is not Alibaba Cloud's JSON error").getMessage(), null);
        }
        throw ResponseParser.unreadable(status, body, masker, "a body that is not a JSON object");
    }

    private static ServiceException error(int status, String code, String message, String requestId) {
        return ServiceException.builder()
                .httpStatus(status)
                .errorCode(code)
                .errorMessage(message)
                .requestId(requestId)
                .retryable(isRetryable(status, code))
                .build();
    }

    private static boolean isRetryable(int status, String code) {
        if (code != null && (code.startsWith("Throttling") || code.equals("ServiceUnavailable")
                || code.equals("InternalError") || code.equals("UnknownError"))) {
            return true;
        }
        return status == 429 || status >= 500 && (code == null || !code.startsWith("Invalid"));
    }

    @Override
    public boolean isThrottling(ServiceException error) {
        return error.httpStatus() == 429 || error.errorCode() != null && error.errorCode().startsWith("Throttling");
    }

    @Override
    public boolean isClockSkew(ServiceException error) {
        return "InvalidTimeStamp.Expired".equals(error.errorCode());
    }
}
