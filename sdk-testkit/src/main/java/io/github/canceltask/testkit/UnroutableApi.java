package io.github.canceltask.testkit;

import java.time.Clock;

/**
 * Where a request none of the four APIs recognises lands: refused in Alibaba Cloud's shape, the gateway that shares
 * the path {@code /} with DLC. An RPC call without {@code Version} or {@code Action} is told the missing parameter,
 * one with an unknown version {@code InvalidParameter}, anything else {@code InvalidAction.NotFound} (404).
 */
final class UnroutableApi extends AlibabaApi {
    UnroutableApi(Clock clock, Accounts accounts) {
        super(RecordedCall.Service.UNKNOWN, "aliyuncs.com", "", clock, accounts);
    }

    @Override
    String action(IncomingRequest request) {
        return request.parameters.get("Action");
    }

    @Override
    Answer serve(IncomingRequest request) {
        if (request.rawPath.equals("/")) {
            String action = request.parameters.get("Action");
            String version = request.parameters.get("Version");
            if (action == null || action.isBlank()) {
                throw missing("Action");
            }
            if (version == null || version.isBlank()) {
                throw missing("Version");
            }
            throw invalid("Version");
        }
        throw apiNotFound();
    }
}
