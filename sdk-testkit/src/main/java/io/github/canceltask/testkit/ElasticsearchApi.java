package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.RoaSigner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elasticsearch CancelTask (ROA 2017-06-13): {@code POST /openapi/instances/{InstanceId}/actions/cancel-task}. The
 * signature is recomputed with {@link RoaSigner} from the headers as received ({@code Accept}, {@code Content-MD5},
 * {@code Content-Type}, {@code Date}, {@code x-acs-*}), the path as received and the decoded query.
 *
 * <p>Answers: {@code {"RequestId","Result":true}} when the instance's migration was running (it becomes CANCELED);
 * {@code Result:false} ("the cancel failed", as the page defines it) when it had already ended; 400
 * {@code InstanceNotFound} for an unknown instance. A {@code clientToken} seen before on the same instance answers
 * the first call's {@code Result} again (the page's idempotency promise), even though the task is now CANCELED.
 */
final class ElasticsearchApi extends AlibabaApi {
    static final String VERSION = "2017-06-13";
    static final Pattern PATH = Pattern.compile("/openapi/instances/([^/]+)/actions/cancel-task");
    private static final List<String> REQUIRED_HEADERS = List.of("Date", "x-acs-signature-nonce",
            "x-acs-signature-method", "x-acs-signature-version", "x-acs-version", "Authorization");
    private static final Pattern AUTHORIZATION = Pattern.compile("acs ([^:\\s]+):(\\S+)");

    private final ServiceState tasks;
    /** The first Result answered per instance and clientToken. */
    private final Map<String, Boolean> resultsByToken = new ConcurrentHashMap<>();

    ElasticsearchApi(ServiceState tasks, Clock clock, Accounts accounts) {
        super(RecordedCall.Service.ELASTICSEARCH, "elasticsearch.aliyuncs.com", "elasticsearch", clock, accounts);
        this.tasks = tasks;
    }

    @Override
    String action(IncomingRequest request) {
        String action = request.header("x-acs-action");
        return action != null ? action : "CancelTask";
    }

    @Override
    Answer serve(IncomingRequest request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : request.headers.names()) {
            headers.put(name, request.headers.get(name));
        }
        for (String name : REQUIRED_HEADERS) {
            required(headers, name);
        }
        if (!request.method.equals("POST")) {
            throw apiNotFound();
        }
        if (!headers.get("x-acs-version").equals(VERSION)) {
            throw invalid("x-acs-version");
        }
        if (!headers.get("x-acs-signature-method").equals(RoaSigner.SIGNATURE_METHOD)) {
            throw invalid("x-acs-signature-method");
        }
        if (!headers.get("x-acs-signature-version").equals(RoaSigner.SIGNATURE_VERSION)) {
            throw invalid("x-acs-signature-version");
        }
        checkTime(date(headers.get("Date")));
        Matcher authorization = AUTHORIZATION.matcher(headers.get("Authorization"));
        if (!authorization.matches()) {
            throw new Refusal(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
        }
        String accessKeyId = authorization.group(1);
        Credentials credentials = authenticate(accessKeyId, headers.get("x-acs-security-token"));
        String stringToSign = RoaSigner.stringToSign(request.method, request.rawPath, request.query, headers);
        checkSignature(RoaSigner.signature(stringToSign, credentials.secret()), authorization.group(2), stringToSign);
        useNonce(accessKeyId, headers.get("x-acs-signature-nonce"));
        return cancelTask(request);
    }

    private Answer cancelTask(IncomingRequest request) {
        Matcher path = PATH.matcher(request.rawPath);
        if (!path.matches()) {
            throw new IllegalStateException("routed here without the CancelTask path: " + request.rawPath);
        }
        String instanceId = IncomingRequest.decodePathSegment(path.group(1));
        String taskType = required(request.query, "taskType");
        if (!taskType.equals("MigrateData")) {
            throw invalid("taskType");
        }
        String clientToken = request.query.get("clientToken");
        if (clientToken != null && (clientToken.length() > 64 || !clientToken.chars().allMatch(c -> c < 128))) {
            throw invalid("clientToken");
        }
        boolean result;
        if (clientToken == null || clientToken.isEmpty()) {
            result = cancel(instanceId);
        } else {
            // The instance's answer is fixed for the token once; an unknown instance throws and fixes nothing.
            result = resultsByToken.computeIfAbsent(instanceId + "\n" + clientToken, key -> cancel(instanceId));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Result", result);
        return success("CancelTaskResponse", fields, request);
    }

    private boolean cancel(String instanceId) {
        return switch (tasks.cancel(instanceId)) {
            case CANCELED -> true;
            case NOT_RUNNING -> false;
            case NOT_FOUND -> throw new Refusal(400, "InstanceNotFound", "The instanceId provided does not exist.");
        };
    }

    private static Instant date(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw badTimeFormat();
        }
    }
}
