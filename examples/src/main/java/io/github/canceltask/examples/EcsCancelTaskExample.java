package io.github.canceltask.examples;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.ecs.CancelTaskRequest;
import io.github.canceltask.ecs.CancelTaskResponse;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Cancels an Alibaba Cloud ECS task. The code to copy is {@link #cancel}; {@link #run} only decides where to call.
 *
 * <p>{@code EcsCancelTaskExample [--live] [--endpoint URL] [TASK_ID [REGION]]}. Without {@code --live} it runs
 * against an embedded LocalCloud and says so; with {@code --live} it cancels a real task using the Alibaba Cloud
 * default credentials chain ({@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code _SECRET}, then {@code ~/.aliyun/config.json}).
 */
public final class EcsCancelTaskExample {
    private EcsCancelTaskExample() {
    }

    /** @param args {@code [--live] [--endpoint URL] [TASK_ID [REGION]]} */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Optional<ExampleArguments> read = ExampleArguments.read("EcsCancelTaskExample", args, err);
        if (read.isEmpty()) {
            return 2;
        }
        ExampleArguments arguments = read.get();
        String taskId = arguments.positional(0, "t-bp198jigq7l0h5ac");
        String region = arguments.positional(1, "cn-hangzhou");
        try (CloudTarget target = CloudTarget.choose(Vendor.ALIBABA, arguments.live(), arguments.endpoint(),
                environment, out)) {
            target.seedIfLocal(cloud -> cloud.ecs().addTask(taskId, TaskState.RUNNING));
            // In your code this is EcsClient.builder().region(region).build(): the default credentials chain and
            // the region's endpoint. The target only points it at LocalCloud when there is no account to use.
            try (EcsClient ecs = target.configure(EcsClient.builder()).region(region).build()) {
                return cancel(ecs, taskId, out, err);
            }
        }
    }

    /**
     * Cancels one task and reports the outcome.
     *
     * @return 0 when canceled, 1 when ECS refused, 3 when no valid answer came
     */
    static int cancel(EcsClient ecs, String taskId, PrintStream out, PrintStream err) {
        try {
            CancelTaskResponse response = ecs.cancelTask(CancelTaskRequest.builder().taskId(taskId).build());
            out.println("Canceled ECS task " + taskId + ". Request id: " + response.requestId());
            return 0;
        } catch (ServiceException e) {
            // ECS answered with an error. The request id is what Alibaba Cloud support asks for.
            err.println("ECS did not cancel task " + taskId + ": " + e.errorCode() + " (HTTP " + e.httpStatus()
                    + ") " + e.errorMessage());
            err.println("Request id: " + e.requestId());
            return 1;
        } catch (SdkClientException e) {
            // No valid answer: no credentials, no connection, or the call timed out.
            err.println("No answer from ECS: " + e.getMessage());
            return 3;
        }
    }
}
