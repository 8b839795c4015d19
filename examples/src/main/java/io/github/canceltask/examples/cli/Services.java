package io.github.canceltask.examples.cli;

import static io.github.canceltask.examples.cli.CommandLine.CLIENT_TOKEN;
import static io.github.canceltask.examples.cli.CommandLine.INSTANCE_ID;
import static io.github.canceltask.examples.cli.CommandLine.LANG;
import static io.github.canceltask.examples.cli.CommandLine.REGION;
import static io.github.canceltask.examples.cli.CommandLine.TASK_ID;
import static io.github.canceltask.examples.cli.CommandLine.TASK_NO;
import static io.github.canceltask.examples.cli.CommandLine.USER_CLIENT_IP;

import io.github.canceltask.dlc.DlcClient;
import io.github.canceltask.domain.DomainClient;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.elasticsearch.ElasticsearchClient;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.examples.cli.ServiceCommand.Call;
import io.github.canceltask.testkit.TaskState;
import java.util.List;

/** The four services of {@code canceltask}: their options, and how each builds its request and client. */
final class Services {
    static final List<ServiceCommand> ALL = List.of(
            new ServiceCommand("ecs", Vendor.ALIBABA, List.of(REGION, TASK_ID), List.of(),
                    line -> "ECS task " + line.value(TASK_ID), Services::ecs),
            new ServiceCommand("domain", Vendor.ALIBABA, List.of(TASK_NO), List.of(USER_CLIENT_IP, LANG, REGION),
                    line -> "Domain task " + line.value(TASK_NO), Services::domain),
            new ServiceCommand("elasticsearch", Vendor.ALIBABA, List.of(REGION, INSTANCE_ID), List.of(CLIENT_TOKEN),
                    line -> "the task of Elasticsearch instance " + line.value(INSTANCE_ID), Services::elasticsearch),
            new ServiceCommand("dlc", Vendor.TENCENT, List.of(REGION, TASK_ID), List.of(),
                    line -> "DLC task " + line.value(TASK_ID), Services::dlc));

    private Services() {
    }

    private static Call ecs(CommandLine line) {
        var request = io.github.canceltask.ecs.CancelTaskRequest.builder().taskId(line.value(TASK_ID)).build();
        return new Call(cloud -> cloud.ecs().addTask(request.taskId(), TaskState.RUNNING), (target, async) -> {
            try (EcsClient ecs = target.configure(EcsClient.builder()).region(line.value(REGION)).build()) {
                return new CancelAnswer(ServiceCommand.send(async, () -> ecs.cancelTask(request),
                        () -> ecs.cancelTaskAsync(request)).requestId(), true);
            }
        });
    }

    private static Call domain(CommandLine line) {
        var request = io.github.canceltask.domain.CancelTaskRequest.builder().taskNo(line.value(TASK_NO))
                .userClientIp(line.value(USER_CLIENT_IP)).lang(line.value(LANG)).build();
        return new Call(cloud -> cloud.domain().addTask(request.taskNo(), TaskState.RUNNING), (target, async) -> {
            // Domain is a central service: the region only enters the signature, and defaults to cn-hangzhou.
            try (DomainClient domain = target.configure(DomainClient.builder()).region(line.value(REGION)).build()) {
                return new CancelAnswer(ServiceCommand.send(async, () -> domain.cancelTask(request),
                        () -> domain.cancelTaskAsync(request)).requestId(), true);
            }
        });
    }

    private static Call elasticsearch(CommandLine line) {
        var request = io.github.canceltask.elasticsearch.CancelTaskRequest.builder()
                .instanceId(line.value(INSTANCE_ID)).clientToken(line.value(CLIENT_TOKEN)).build();
        return new Call(cloud -> cloud.elasticsearch().addTask(request.instanceId(), TaskState.RUNNING),
                (target, async) -> {
                    try (ElasticsearchClient elasticsearch = target.configure(ElasticsearchClient.builder())
                            .region(line.value(REGION)).build()) {
                        var response = ServiceCommand.send(async, () -> elasticsearch.cancelTask(request),
                                () -> elasticsearch.cancelTaskAsync(request));
                        // Elasticsearch says no with a successful answer: Result false, "the cancel failed".
                        return new CancelAnswer(response.requestId(), response.result());
                    }
                });
    }

    private static Call dlc(CommandLine line) {
        var request = io.github.canceltask.dlc.CancelTaskRequest.builder().taskId(line.value(TASK_ID)).build();
        return new Call(cloud -> cloud.dlc().addTask(request.taskId(), TaskState.RUNNING), (target, async) -> {
            try (DlcClient dlc = target.configure(DlcClient.builder()).region(line.value(REGION)).build()) {
                return new CancelAnswer(ServiceCommand.send(async, () -> dlc.cancelTask(request),
                        () -> dlc.cancelTaskAsync(request)).requestId(), true);
            }
        });
    }
}
