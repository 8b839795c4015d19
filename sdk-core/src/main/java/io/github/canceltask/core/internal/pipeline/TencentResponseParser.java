package io.github.canceltask.core.internal.pipeline;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.internal.json.Json;
import java.util.Map;
import java.util.Set;

/**
 * Tencent Cloud API 3.0 answers: {@code {"Response":{...,"RequestId":"..."}}} with HTTP 200, errors inside as
 * {@code Response.Error.Code} and {@code Response.Error.Message}. Any other status is an error whatever the body.
 */
public final class TencentResponseParser implements ResponseParser {
    /** The one instance; stateless. */
    public static final TencentResponseParser INSTANCE = new TencentResponseParser();

    private static final Set<String> RETRYABLE_CODES = Set.of(
            "InternalError", "ServiceUnavailable", "FailedOperation.AnotherRequestProcessing", "ResourceUnavailable");

    private TencentResponseParser() {
    }

    @Override
    public ParsedResponse parse(int status, byte[] body, SecretMasker masker) {
        Map<String, Object> response = Json.object(Json.readObject(body), "Response");
        if (response == null) {
            if (status != 200) {
                throw error(status, null, ResponseParser.unreadable(status, body, masker,
                        "a body that is not Tencent Cloud's JSON").getMessage(), null);
            }
            throw ResponseParser.unreadable(status, body, masker, "a body that is not {\"Response\":{...}}");
        }
        String requestId = Json.text(response, "RequestId");
        Map<String, Object> error = Json.object(response, "Error");
        if (error != null) {
            throw error(status, Json.text(error, "Code"), masker.mask(Json.text(error, "Message")), requestId);
        }
        if (status != 200) {
            throw error(status, null, "HTTP " + status + " without an error in the body", requestId);
        }
        if (requestId == null) {
            throw ResponseParser.unreadable(status, body, masker, "a Response without RequestId");
        }
        return new ParsedResponse(response, requestId);
    }

    private static ServiceException error(int status, String code, String message, String requestId) {
        boolean retryable = status == 429 || status >= 500
                || code != null && (code.startsWith("RequestLimitExceeded") || RETRYABLE_CODES.contains(code));
        return ServiceException.builder()
                .httpStatus(status)
                .errorCode(code)
                .errorMessage(message)
                .requestId(requestId)
                .retryable(retryable)
                .build();
    }

    @Override
    public boolean isThrottling(ServiceException error) {
        return error.httpStatus() == 429
                || error.errorCode() != null && error.errorCode().startsWith("RequestLimitExceeded");
    }

    @Override
    public boolean isClockSkew(ServiceException error) {
        return "AuthFailure.SignatureExpire".equals(error.errorCode());
    }
}
