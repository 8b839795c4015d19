package io.github.canceltask.testkit;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.signer.RpcSigner;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * An Alibaba Cloud RPC API (signature version 1.0, HMAC-SHA1). Parameters come from the query and the form body
 * alike, decoded as the gateway decodes them, and the signature is recomputed with {@link RpcSigner} over all of them
 * but {@code Signature}, with the method as received.
 */
abstract class RpcApi extends AlibabaApi {
    private static final List<String> COMMON_PARAMETERS = List.of("Action", "Version", "AccessKeyId",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "Format");

    RpcApi(RecordedCall.Service service, String hostId, String product, Clock clock, Accounts accounts) {
        super(service, hostId, product, clock, accounts);
    }

    /**
     * Serves a CancelTask whose signature, time, key and nonce are verified.
     *
     * @param parameters every parameter, decoded
     * @throws Refusal for a missing or unknown task, or a task that is not running
     */
    abstract Answer cancelTask(Map<String, String> parameters, IncomingRequest request);

    @Override
    final String action(IncomingRequest request) {
        return request.parameters.get("Action");
    }

    @Override
    final boolean wantsXml(IncomingRequest request) {
        return "XML".equalsIgnoreCase(request.parameters.get("Format"));
    }

    @Override
    final Answer serve(IncomingRequest request) {
        Map<String, String> parameters = request.parameters;
        for (String name : COMMON_PARAMETERS) {
            required(parameters, name);
        }
        String format = parameters.get("Format");
        if (!format.equalsIgnoreCase("JSON") && !format.equalsIgnoreCase("XML")) {
            throw invalid("Format");
        }
        if (!parameters.get("Action").equals("CancelTask")) {
            throw apiNotFound();
        }
        if (!parameters.get("SignatureMethod").equals(RpcSigner.SIGNATURE_METHOD)) {
            throw invalid("SignatureMethod");
        }
        if (!parameters.get("SignatureVersion").equals(RpcSigner.SIGNATURE_VERSION)) {
            throw invalid("SignatureVersion");
        }
        checkTime(timestamp(parameters.get("Timestamp")));
        String accessKeyId = parameters.get("AccessKeyId");
        Credentials credentials = authenticate(accessKeyId, parameters.get("SecurityToken"));
        checkSignature(RpcSigner.signature(request.method, parameters, credentials.secret()),
                parameters.get("Signature"), RpcSigner.stringToSign(request.method, parameters));
        useNonce(accessKeyId, parameters.get("SignatureNonce"));
        return cancelTask(parameters, request);
    }

    private static Instant timestamp(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw badTimeFormat();
        }
    }
}
