package io.github.canceltask.dlc;

/** The error codes DLC documents for CancelTask, and the Cloud API 3.0 common ones it may answer. */
public final class DlcErrorCodes {
    /** The operation failed. */
    public static final String FAILED_OPERATION = "FailedOperation";
    /** Another request is being processed; retried. */
    public static final String FAILED_OPERATION_ANOTHER_REQUEST_PROCESSING =
            "FailedOperation.AnotherRequestProcessing";
    /** The service's HTTP client request failed. */
    public static final String FAILED_OPERATION_HTTP_CLIENT_DO_REQUEST_FAILED =
            "FailedOperation.HttpClientDoRequestFailed";
    /** Internal error; retried. */
    public static final String INTERNAL_ERROR = "InternalError";
    /** The task id is invalid (unknown). */
    public static final String INVALID_PARAMETER_INVALID_TASK_ID = "InvalidParameter.InvalidTaskId";
    /** The task has ended and cannot be cancelled. */
    public static final String INVALID_PARAMETER_TASK_ALREADY_FINISHED = "InvalidParameter.TaskAlreadyFinished";
    /** The task has ended (another code DLC's SDK lists). */
    public static final String RESOURCE_NOT_FOUND_TASK_ALREADY_FINISHED = "ResourceNotFound.TaskAlreadyFinished";
    /** The request rate exceeded 20 a second; retried and paced. */
    public static final String REQUEST_LIMIT_EXCEEDED = "RequestLimitExceeded";
    /** The signature does not match. */
    public static final String AUTH_FAILURE_SIGNATURE_FAILURE = "AuthFailure.SignatureFailure";
    /** The timestamp is more than five minutes from the service's time. */
    public static final String AUTH_FAILURE_SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";
    /** The SecretId does not exist. */
    public static final String AUTH_FAILURE_SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";
    /** The SecretId is invalid. */
    public static final String AUTH_FAILURE_INVALID_SECRET_ID = "AuthFailure.InvalidSecretId";
    /** The session token is invalid. */
    public static final String AUTH_FAILURE_TOKEN_FAILURE = "AuthFailure.TokenFailure";
    /** The Authorization header is malformed. */
    public static final String AUTH_FAILURE_INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization";
    /** A required parameter is missing. */
    public static final String MISSING_PARAMETER = "MissingParameter";
    /** A parameter is invalid. */
    public static final String INVALID_PARAMETER = "InvalidParameter";
    /** The region is not supported. */
    public static final String UNSUPPORTED_REGION = "UnsupportedRegion";

    private DlcErrorCodes() {
    }
}
