package io.github.canceltask.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tencent Cloud DLC CancelTask (API 3.0, 2021-01-25, TC3-HMAC-SHA256). Every answer, error or not, is HTTP 200 with
 * {@code {"Response":{...,"RequestId"}}}, errors inside as {@code Error.Code} and {@code Error.Message}; only an
 * injected server failure has another status.
 *
 * <p>The signature is recomputed with {@link Tc3Signer} over the headers the {@code Authorization} header lists
 * ({@code content-type;host} as the SDKs sign, or more, e.g. {@code content-type;host;x-tc-action}), each as received
 * ({@code content-type} byte for byte, the others lower-cased as the signature documentation does), with the service
 * of the credential scope, which must be {@code dlc}.
 */
final class DlcApi extends Api {
    static final String VERSION = "2021-01-25";
    private static final String SERVICE = "dlc";
    private static final long TIME_WINDOW_SECONDS = 300;
    private static final List<String> REQUIRED_HEADERS = List.of("X-TC-Action", "X-TC-Version", "X-TC-Timestamp",
            "X-TC-Region", "Authorization");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/\\s]+)/(\\d{4}-\\d{2}-\\d{2})/([^/\\s]+)/tc3_request,\\s*"
                    + "SignedHeaders=([a-z0-9;-]+),\\s*Signature=([0-9a-f]{64})");

    private final ServiceState tasks;
    private final int requestsPerSecond;
    private final ArrayDeque<Long> recentNanos = new ArrayDeque<>();
    private final Tc3Signer signer = new Tc3Signer();

    DlcApi(ServiceState tasks, int requestsPerSecond, Clock clock, Accounts accounts) {
        super(RecordedCall.Service.DLC, clock, accounts);
        this.tasks = tasks;
        this.requestsPerSecond = requestsPerSecond;
    }

    @Override
    String action(IncomingRequest request) {
        return request.header("X-TC-Action");
    }

    @Override
    Answer serve(IncomingRequest request) {
        for (String name : REQUIRED_HEADERS) {
            String value = request.header(name);
            if (value == null || value.isBlank()) {
                throw refusal("MissingParameter", "The request is missing a required parameter `" + name + "`.");
            }
        }
        String action = request.header("X-TC-Action");
        if (!action.equals("CancelTask")) {
            throw refusal("InvalidAction", "The action `" + action + "` is not valid for this API.");
        }
        String version = request.header("X-TC-Version");
        if (!version.equals(VERSION)) {
            throw refusal("NoSuchVersion", "The API version `" + version + "` does not exist.");
        }
        long timestamp = timestamp(request.header("X-TC-Timestamp"));
        Matcher authorization = AUTHORIZATION.matcher(request.header("Authorization"));
        if (!authorization.matches()) {
            throw refusal("AuthFailure.InvalidAuthorization", "The Authorization header is not valid.");
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > TIME_WINDOW_SECONDS) {
            throw refusal("AuthFailure.SignatureExpire", "The signature expired: the timestamp and the server time"
                    + " cannot differ by more than five minutes. Server time: " + clock.instant().getEpochSecond());
        }
        Credentials credentials = accounts.find(authorization.group(1));
        if (credentials == null) {
            throw refusal("AuthFailure.SecretIdNotFound",
                    "The SecretId is not found; check that it exists and is enabled.");
        }
        String token = request.header("X-TC-Token");
        if (!Objects.equals(credentials.sessionToken().orElse(null), token == null || token.isEmpty() ? null : token)) {
            throw refusal("AuthFailure.TokenFailure", "The token is invalid or does not match the SecretId.");
        }
        checkSignature(request, credentials, timestamp, authorization);
        checkRate();
        return cancelTask(request);
    }

    private void checkSignature(IncomingRequest request, Credentials credentials, long timestamp,
                                Matcher authorization) {
        String service = authorization.group(3);
        List<String> signedNames = Arrays.asList(authorization.group(4).split(";"));
        if (!signedNames.contains("content-type") || !signedNames.contains("host")) {
            throw refusal("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : signedNames) {
            String value = request.header(name);
            if (value == null) {
                throw refusal("AuthFailure.InvalidAuthorization", "The signed header `" + name + "` is missing.");
            }
            signed.put(name, name.equals("content-type") ? value : value.toLowerCase(Locale.ROOT));
        }
        String expected = signer.authorization(credentials, SERVICE, request.method, request.rawPath,
                request.rawQuery, signed, Tc3Signer.hashPayload(request.body), timestamp);
        String expectedSignature = expected.substring(expected.lastIndexOf("Signature=") + "Signature=".length());
        // The scope's date must be the timestamp's UTC date, and its service this API's.
        boolean scopeMatches = service.equals(SERVICE)
                && authorization.group(2).equals(LocalDate.ofEpochDay(Math.floorDiv(timestamp, 86_400L)).toString());
        if (!scopeMatches || !MessageDigest.isEqual(expectedSignature.getBytes(StandardCharsets.US_ASCII),
                authorization.group(5).getBytes(StandardCharsets.US_ASCII))) {
            throw refusal("AuthFailure.SignatureFailure",
                    "The provided credentials could not be validated. Please check your signature is correct.");
        }
    }

    /** A sliding one-second window over the calls that passed authentication, in real time. */
    private void checkRate() {
        if (requestsPerSecond <= 0) {
            return;
        }
        long now = System.nanoTime();
        synchronized (recentNanos) {
            while (!recentNanos.isEmpty() && now - recentNanos.peekFirst() >= 1_000_000_000L) {
                recentNanos.pollFirst();
            }
            if (recentNanos.size() >= requestsPerSecond) {
                throw rateLimited();
            }
            recentNanos.addLast(now);
        }
    }

    private Refusal rateLimited() {
        return refusal("RequestLimitExceeded",
                "Your request rate exceeds the frequency limit of this API. Please reduce the frequency of calls.");
    }

    private Answer cancelTask(IncomingRequest request) {
        JsonNode body = Bodies.readObject(request.body);
        if (body == null) {
            throw refusal("InvalidParameter", "The request body is not a JSON object.");
        }
        JsonNode taskId = body.get("TaskId");
        if (taskId == null || !taskId.isTextual() || taskId.asText().isEmpty()) {
            throw refusal("MissingParameter", "The request is missing a required parameter `TaskId`.");
        }
        return switch (tasks.cancel(taskId.asText())) {
            case CANCELED -> response(200, Map.of(), null);
            case NOT_FOUND -> throw refusal("InvalidParameter.InvalidTaskId", "The taskid is invalid.");
            case NOT_RUNNING -> throw refusal("InvalidParameter.TaskAlreadyFinished",
                    "The task has ended and cannot be canceled.");
        };
    }

    @Override
    Answer error(int status, String code, String message, IncomingRequest request) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", message);
        return response(status, Map.of("Error", error), code);
    }

    @Override
    Answer throttled(IncomingRequest request) {
        Refusal limited = rateLimited();
        return error(200, limited.code, limited.getMessage(), request);
    }

    @Override
    Answer serverError(int status, IncomingRequest request) {
        return error(status, "InternalError", "An internal error occurred.", request);
    }

    private static Answer response(int status, Map<String, Object> fields, String code) {
        String requestId = tencentRequestId();
        Map<String, Object> response = new LinkedHashMap<>(fields);
        response.put("RequestId", requestId);
        return new Answer(status, Bodies.json(Map.of("Response", response)), Bodies.JSON_TYPE, code, requestId,
                Map.of());
    }

    private static Refusal refusal(String code, String message) {
        return new Refusal(200, code, message);
    }

    private static long timestamp(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw refusal("InvalidParameterValue", "The value of `X-TC-Timestamp` is not a Unix time in seconds.");
        }
    }
}
