package io.github.canceltask.elasticsearch;

/** The error codes Elasticsearch documents for CancelTask, and the common ones it may answer. */
public final class ElasticsearchErrorCodes {
    /** 400: the instance does not exist. */
    public static final String INSTANCE_NOT_FOUND = "InstanceNotFound";
    /** 400: a parameter is invalid. */
    public static final String INVALID_PARAMETER = "InvalidParameter";
    /** 400: the signature does not match (wrong secret). */
    public static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";
    /** 404: the access key id is unknown. */
    public static final String INVALID_ACCESS_KEY_ID_NOT_FOUND = "InvalidAccessKeyId.NotFound";
    /** 400: the Date is too far from the service's time. */
    public static final String INVALID_TIMESTAMP_EXPIRED = "InvalidTimeStamp.Expired";
    /** 400: the x-acs-signature-nonce was used before. */
    public static final String SIGNATURE_NONCE_USED = "SignatureNonceUsed";
    /** Throttled; retried. */
    public static final String THROTTLING = "Throttling";
    /** 503; retried. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** 500; retried. */
    public static final String INTERNAL_ERROR = "InternalError";

    private ElasticsearchErrorCodes() {
    }
}
