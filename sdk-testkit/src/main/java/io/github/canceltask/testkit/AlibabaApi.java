package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.Credentials;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What Alibaba Cloud's gateway does for every product: the error body
 * {@code {"RequestId","HostId","Code","Message","Recommend"}} with the HTTP status, the 15-minute time window, the
 * access key and STS token checks, the signature comparison and the nonce replay check.
 */
abstract class AlibabaApi extends Api {
    /** How far a request's time may be from the service's, either way. */
    static final Duration TIME_WINDOW = Duration.ofMinutes(15);

    private final String hostId;
    private final String product;

    AlibabaApi(RecordedCall.Service service, String hostId, String product, Clock clock, Accounts accounts) {
        super(service, clock, accounts);
        this.hostId = hostId;
        this.product = product;
    }

    /** @return true when the caller asked for XML answers ({@code Format=XML}); only RPC can */
    boolean wantsXml(IncomingRequest request) {
        return false;
    }

    @Override
    final Answer error(int status, String code, String message, IncomingRequest request) {
        String requestId = alibabaRequestId();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("RequestId", requestId);
        fields.put("HostId", hostId);
        fields.put("Code", code);
        fields.put("Message", message);
        fields.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=" + product
                + "&requestId=" + requestId);
        return answer(status, "Error", fields, code, requestId, request);
    }

    /** @return a 200 answer with {@code RequestId} then the given fields */
    final Answer success(String xmlRoot, Map<String, Object> extraFields, IncomingRequest request) {
        String requestId = alibabaRequestId();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("RequestId", requestId);
        fields.putAll(extraFields);
        return answer(200, xmlRoot, fields, null, requestId, request);
    }

    private Answer answer(int status, String xmlRoot, Map<String, Object> fields, String code, String requestId,
                          IncomingRequest request) {
        boolean xml = wantsXml(request);
        return new Answer(status, xml ? Bodies.xml(xmlRoot, fields) : Bodies.json(fields),
                xml ? Bodies.XML_TYPE : Bodies.JSON_TYPE, code, requestId, Map.of("x-acs-request-id", requestId));
    }

    @Override
    final Answer throttled(IncomingRequest request) {
        return error(400, "Throttling", "Request was denied due to request throttling.", request);
    }

    @Override
    final Answer serverError(int status, IncomingRequest request) {
        return status == 500
                ? error(500, "InternalError",
                        "The request processing has failed due to some unknown error, exception or failure.", request)
                : error(status, "ServiceUnavailable",
                        "The request has failed due to a temporary failure of the server.", request);
    }

    /** @throws Refusal {@code InvalidTimeStamp.Expired} when {@code time} is outside the window */
    final void checkTime(Instant time) {
        Instant now = clock.instant();
        if (Duration.between(time, now).abs().compareTo(TIME_WINDOW) > 0) {
            throw new Refusal(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
    }

    /** @throws Refusal {@code InvalidTimeStamp.Format} */
    static Refusal badTimeFormat() {
        return new Refusal(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
    }

    /**
     * Finds the signer's key pair and checks the STS token: an STS pair needs its token, a long-term pair takes none.
     *
     * @throws Refusal {@code InvalidAccessKeyId.NotFound} or {@code InvalidSecurityToken.MismatchWithAccessKey}
     */
    final Credentials authenticate(String accessKeyId, String securityToken) {
        Credentials credentials = accounts.find(accessKeyId);
        if (credentials == null) {
            throw new Refusal(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        if (!Objects.equals(credentials.sessionToken().orElse(null), emptyToNull(securityToken))) {
            throw new Refusal(400, "InvalidSecurityToken.MismatchWithAccessKey",
                    "Specified SecurityToken mismatch with the AccessKey.");
        }
        return credentials;
    }

    /** @throws Refusal {@code SignatureDoesNotMatch}, telling the string the service signed, as Alibaba Cloud does */
    static void checkSignature(String expected, String received, String stringToSign) {
        if (received == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                received.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:" + stringToSign);
        }
    }

    /** @throws Refusal {@code SignatureNonceUsed} */
    final void useNonce(String accessKeyId, String nonce) {
        if (!accounts.useNonce(accessKeyId, nonce, clock.instant())) {
            throw new Refusal(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
    }

    /** @return {@code MissingParameter} for a parameter or header */
    static Refusal missing(String name) {
        return new Refusal(400, "MissingParameter",
                "An input parameter \"" + name + "\" that is mandatory for processing the request is not supplied.");
    }

    /** @return {@code InvalidAction.NotFound}: no such API at this path with this method */
    static Refusal apiNotFound() {
        return new Refusal(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
    }

    /** @return {@code InvalidParameter} for a parameter or header */
    static Refusal invalid(String name) {
        return new Refusal(400, "InvalidParameter", "The specified parameter \"" + name + "\" is not valid.");
    }

    /** @return the value, or throws {@link #missing} when it is absent or blank */
    static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw missing(name);
        }
        return value;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
