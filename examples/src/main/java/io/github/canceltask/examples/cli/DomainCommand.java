package io.github.canceltask.examples.cli;

import io.github.canceltask.domain.CancelTaskRequest;
import io.github.canceltask.domain.DomainClient;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.util.List;

/** {@code canceltask domain --task-no N [--user-client-ip IP] [--lang zh|en] [--region R]}. */
final class DomainCommand implements ServiceCommand {
    @Override
    public String name() {
        return "domain";
    }

    @Override
    public Vendor vendor() {
        return Vendor.ALIBABA;
    }

    @Override
    public List<String> requiredOptions() {
        return List.of(CommandLine.TASK_NO);
    }

    @Override
    public List<String> optionalOptions() {
        return List.of(CommandLine.USER_CLIENT_IP, CommandLine.LANG, CommandLine.REGION);
    }

    @Override
    public String describe(CommandLine line) {
        return "Domain task " + line.value(CommandLine.TASK_NO);
    }

    @Override
    public Call prepare(CommandLine line) {
        CancelTaskRequest request = CancelTaskRequest.builder().taskNo(line.value(CommandLine.TASK_NO))
                .userClientIp(line.value(CommandLine.USER_CLIENT_IP)).lang(line.value(CommandLine.LANG)).build();
        return new Call(cloud -> cloud.domain().addTask(request.taskNo(), TaskState.RUNNING), (target, async) -> {
            // Domain is a central service: the region only matters to the signature, and defaults to cn-hangzhou.
            try (DomainClient domain = target.configure(DomainClient.builder())
                    .region(line.value(CommandLine.REGION)).build()) {
                String requestId = ServiceCommand.send(async, () -> domain.cancelTask(request),
                        () -> domain.cancelTaskAsync(request)).requestId();
                return new CancelAnswer(requestId, true);
            }
        });
    }
}
