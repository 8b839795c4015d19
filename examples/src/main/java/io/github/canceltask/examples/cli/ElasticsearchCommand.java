package io.github.canceltask.examples.cli;

import io.github.canceltask.elasticsearch.CancelTaskRequest;
import io.github.canceltask.elasticsearch.CancelTaskResponse;
import io.github.canceltask.elasticsearch.ElasticsearchClient;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.util.List;

/** {@code canceltask elasticsearch --region R --instance-id ID [--client-token T]}. */
final class ElasticsearchCommand implements ServiceCommand {
    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public Vendor vendor() {
        return Vendor.ALIBABA;
    }

    @Override
    public List<String> requiredOptions() {
        return List.of(CommandLine.REGION, CommandLine.INSTANCE_ID);
    }

    @Override
    public List<String> optionalOptions() {
        return List.of(CommandLine.CLIENT_TOKEN);
    }

    @Override
    public String describe(CommandLine line) {
        return "the task of Elasticsearch instance " + line.value(CommandLine.INSTANCE_ID);
    }

    @Override
    public Call prepare(CommandLine line) {
        CancelTaskRequest request = CancelTaskRequest.builder().instanceId(line.value(CommandLine.INSTANCE_ID))
                .clientToken(line.value(CommandLine.CLIENT_TOKEN)).build();
        return new Call(cloud -> cloud.elasticsearch().addTask(request.instanceId(), TaskState.RUNNING), (target, async) -> {
            try (ElasticsearchClient elasticsearch = target.configure(ElasticsearchClient.builder())
                    .region(line.value(CommandLine.REGION)).build()) {
                CancelTaskResponse response = ServiceCommand.send(async, () -> elasticsearch.cancelTask(request),
                        () -> elasticsearch.cancelTaskAsync(request));
                return new CancelAnswer(response.requestId(), response.result());
            }
        });
    }
}
