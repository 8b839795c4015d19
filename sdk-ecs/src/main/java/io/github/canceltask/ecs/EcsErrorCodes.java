package io.github.canceltask.ecs;

/** The error codes ECS documents for CancelTask, and the common ones it may answer. */
public final class EcsErrorCodes {
    /** 400: RegionId or TaskId is missing. */
    public static final String MISSING_PARAMETER = "MissingParameter";
    /** 400: the region does not exist. */
    public static final String INVALID_REGION_ID_NOT_FOUND = "InvalidRegionId.NotFound";
    /** 400: no task has this id. */
    public static final String INVALID_TASK_ID_NOT_FOUND = "InvalidTaskId.NotFound";
    /** 403: the task's action cannot be cancelled. */
    public static final String INVALID_TASK_ID_TASK_ACTION_NOT_SUPPORT = "InvalidTaskId.TaskActionNotSupport";
    /** 403: the task is in a state that cannot be cancelled (finished, say). */
    public static final String INVALID_TASK_ID_INCORRECT_TASK_STATUS = "InvalidTaskId.IncorrectTaskStatus";
    /** 403: the cancel failed; contact Alibaba Cloud. */
    public static final String CANCEL_TASK_FAILED = "CancelTaskFailed";
    /** 400: the signature does not match (wrong secret). */
    public static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";
    /** 404: the access key id is unknown. */
    public static final String INVALID_ACCESS_KEY_ID_NOT_FOUND = "InvalidAccessKeyId.NotFound";
    /** 400: the Timestamp is too far from the service's time. */
    public static final String INVALID_TIMESTAMP_EXPIRED = "InvalidTimeStamp.Expired";
    /** 400: the SignatureNonce was used before. */
    public static final String SIGNATURE_NONCE_USED = "SignatureNonceUsed";
    /** 400: the STS token is invalid or expired. */
    public static final String INVALID_SECURITY_TOKEN_EXPIRED = "InvalidSecurityToken.Expired";
    /** Throttled; retried. */
    public static final String THROTTLING = "Throttling";
    /** Throttled per user; retried. */
    public static final String THROTTLING_USER = "Throttling.User";
    /** Throttled per API; retried. */
    public static final String THROTTLING_API = "Throttling.Api";
    /** 503; retried. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** 500; retried. */
    public static final String INTERNAL_ERROR = "InternalError";

    private EcsErrorCodes() {
    }
}
