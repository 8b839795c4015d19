package io.github.canceltask.testkit;

import java.time.Clock;
import java.util.Map;

/**
 * ECS CancelTask (RPC 2014-05-26), answering the codes ECS documents: {@code MissingParameter} (400) for a missing
 * RegionId or TaskId, {@code InvalidTaskId.NotFound} (400) for an unknown task, and
 * {@code InvalidTaskId.IncorrectTaskStatus} (403) for a task that is no longer running.
 */
final class EcsApi extends RpcApi {
    static final String VERSION = "2014-05-26";

    private final ServiceState tasks;

    EcsApi(ServiceState tasks, Clock clock, Accounts accounts) {
        super(RecordedCall.Service.ECS, "ecs.aliyuncs.com", "Ecs", clock, accounts);
        this.tasks = tasks;
    }

    @Override
    Answer cancelTask(Map<String, String> parameters, IncomingRequest request) {
        required(parameters, "RegionId");
        String taskId = required(parameters, "TaskId");
        return switch (tasks.cancel(taskId)) {
            case CANCELED -> success("CancelTaskResponse", Map.of(), request);
            case NOT_FOUND -> throw new Refusal(400, "InvalidTaskId.NotFound", "The specified \"TaskId\" is not found.");
            case NOT_RUNNING -> throw new Refusal(403, "InvalidTaskId.IncorrectTaskStatus",
                    "The specified task status is invalid.");
        };
    }
}
