package io.github.canceltask.examples.cli;

import io.github.canceltask.ecs.CancelTaskRequest;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.util.List;

/** {@code canceltask ecs --region R --task-id ID}. */
final class EcsCommand implements ServiceCommand {
    @Override
    public String name() {
        return "ecs";
    }

    @Override
    public Vendor vendor() {
        return Vendor.ALIBABA;
    }

    @Override
    public List<String> requiredOptions() {
        return List.of(CommandLine.REGION, CommandLine.TASK_ID);
    }

    @Override
    public List<String> optionalOptions() {
        return List.of();
    }

    @Override
    public String describe(CommandLine line) {
        return "ECS task " + line.value(CommandLine.TASK_ID);
    }

    @Override
    public Call prepare(CommandLine line) {
        CancelTaskRequest request = CancelTaskRequest.builder().taskId(line.value(CommandLine.TASK_ID)).build();
        return new Call(cloud -> cloud.ecs().addTask(request.taskId(), TaskState.RUNNING), (target, async) -> {
            try (EcsClient ecs = target.configure(EcsClient.builder())
                    .region(line.value(CommandLine.REGION)).build()) {
                String requestId = ServiceCommand.send(async, () -> ecs.cancelTask(request),
                        () -> ecs.cancelTaskAsync(request)).requestId();
                return new CancelAnswer(requestId, true);
            }
        });
    }
}
