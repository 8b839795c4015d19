package io.github.canceltask.domain;

/**
 * Error codes Domain's CancelTask may answer. Its page documents none of its own, so these are Alibaba Cloud's
 * common codes.
 */
public final class DomainErrorCodes {
    /** 400: TaskNo is missing. */
    public static final String MISSING_PARAMETER = "MissingParameter";
    /** 400: a parameter is invalid. */
    public static final String INVALID_PARAMETER = "InvalidParameter";
    /** 400: the signature does not match (wrong secret). */
    public static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";
    /** 404: the access key id is unknown. */
    public static final String INVALID_ACCESS_KEY_ID_NOT_FOUND = "InvalidAccessKeyId.NotFound";
    /** 400: the Timestamp is too far from the service's time. */
    public static final String INVALID_TIMESTAMP_EXPIRED = "InvalidTimeStamp.Expired";
    /** 400: the SignatureNonce was used before. */
    public static final String SIGNATURE_NONCE_USED = "SignatureNonceUsed";
    /** Throttled; retried. */
    public static final String THROTTLING = "Throttling";
    /** Throttled per user; retried. */
    public static final String THROTTLING_USER = "Throttling.User";
    /** 503; retried. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** 500; retried. */
    public static final String INTERNAL_ERROR = "InternalError";

    private DomainErrorCodes() {
    }
}
