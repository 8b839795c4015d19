package io.github.canceltask.testkit;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Domain CancelTask (RPC 2018-01-29), answering the plain {@code {"RequestId":...}} its SDK reads. Domain's page
 * documents no error codes, so these are this emulator's choice, in Alibaba Cloud's usual style:
 * {@code MissingParameter} (400) for a missing TaskNo, {@code InvalidParameter} (400) for a Lang other than zh or en,
 * {@code InvalidTaskNo.NotFound} (400) for an unknown task and {@code InvalidTaskNo.IncorrectTaskStatus} (403) for a
 * task that is no longer running.
 */
final class DomainApi extends RpcApi {
    static final String VERSION = "2018-01-29";
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private final ServiceState tasks;

    DomainApi(ServiceState tasks, Clock clock, Accounts accounts) {
        super(RecordedCall.Service.DOMAIN, "domain.aliyuncs.com", "Domain", clock, accounts);
        this.tasks = tasks;
    }

    @Override
    Answer cancelTask(Map<String, String> parameters, IncomingRequest request) {
        String taskNo = required(parameters, "TaskNo");
        String lang = parameters.get("Lang");
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw invalid("Lang");
        }
        return switch (tasks.cancel(taskNo)) {
            case CANCELED -> success("CancelTaskResponse", Map.of(), request);
            case NOT_FOUND -> throw new Refusal(400, "InvalidTaskNo.NotFound", "The specified \"TaskNo\" is not found.");
            case NOT_RUNNING -> throw new Refusal(403, "InvalidTaskNo.IncorrectTaskStatus",
                    "The specified task status is invalid.");
        };
    }
}
