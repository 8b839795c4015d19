package io.github.canceltask.examples.cli;

import io.github.canceltask.dlc.CancelTaskRequest;
import io.github.canceltask.dlc.DlcClient;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.util.List;

/** {@code canceltask dlc --region R --task-id ID}. */
final class DlcCommand implements ServiceCommand {
    @Override
    public String name() {
        return "dlc";
    }

    @Override
    public Vendor vendor() {
        return Vendor.TENCENT;
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
        return "DLC task " + line.value(CommandLine.TASK_ID);
    }

    @Override
    public Call prepare(CommandLine line) {
        CancelTaskRequest request = CancelTaskRequest.builder().taskId(line.value(CommandLine.TASK_ID)).build();
        return new Call(cloud -> cloud.dlc().addTask(request.taskId(), TaskState.RUNNING), (target, async) -> {
            try (DlcClient dlc = target.configure(DlcClient.builder())
                    .region(line.value(CommandLine.REGION)).build()) {
                String requestId = ServiceCommand.send(async, () -> dlc.cancelTask(request),
                        () -> dlc.cancelTaskAsync(request)).requestId();
                return new CancelAnswer(requestId, true);
            }
        });
    }
}
