package io.github.canceltask.examples;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.domain.CancelTaskRequest;
import io.github.canceltask.domain.CancelTaskResponse;
import io.github.canceltask.domain.DomainClient;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Cancels an Alibaba Cloud Domain task. The code to copy is {@link #cancel}; {@link #run} only decides where to call.
 *
 * <p>{@code DomainCancelTaskExample [--live] [--endpoint URL] [TASK_NO [REGION]]}. Without {@code --live} it runs
 * against an embedded LocalCloud and says so; with {@code --live} it cancels a real task using the Alibaba Cloud
 * default credentials chain ({@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code _SECRET}, then {@code ~/.aliyun/config.json}).
 */
public final class DomainCancelTaskExample {
    private DomainCancelTaskExample() {
    }

    /** @param args {@code [--live] [--endpoint URL] [TASK_NO [REGION]]} */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Optional<ExampleArguments> read = ExampleArguments.read("DomainCancelTaskExample", args, err);
        if (read.isEmpty()) {
            return 2;
        }
        ExampleArguments arguments = read.get();
        String taskNo = arguments.positional(0, "2019101511545013");
        String region = arguments.positional(1, "cn-hangzhou");
        try (CloudTarget target = CloudTarget.choose(Vendor.ALIBABA, arguments.live(), arguments.endpoint(),
                environment, out)) {
            target.seedIfLocal(cloud -> cloud.domain().addTask(taskNo, TaskState.RUNNING));
            // In your code this is DomainClient.builder().build(): the default credentials chain and Domain's
            // central endpoint. The target only points it at LocalCloud when there is no account to use.
            try (DomainClient domain = target.configure(DomainClient.builder()).region(region).build()) {
                return cancel(domain, taskNo, out, err);
            }
        }
    }

    /**
     * Cancels one task and reports the outcome.
     *
     * @return 0 when canceled, 1 when Domain refused, 3 when no valid answer came
     */
    static int cancel(DomainClient domain, String taskNo, PrintStream out, PrintStream err) {
        try {
            CancelTaskResponse response = domain.cancelTask(
                    CancelTaskRequest.builder().taskNo(taskNo).lang("en").build());
            out.println("Canceled Domain task " + taskNo + ". Request id: " + response.requestId());
            return 0;
        } catch (ServiceException e) {
            // Domain answered with an error. The request id is what Alibaba Cloud support asks for.
            err.println("Domain did not cancel task " + taskNo + ": " + e.errorCode() + " (HTTP " + e.httpStatus()
                    + ") " + e.errorMessage());
            err.println("Request id: " + e.requestId());
            return 1;
        } catch (SdkClientException e) {
            // No valid answer: no credentials, no connection, or the call timed out.
            err.println("No answer from Domain: " + e.getMessage());
            return 3;
        }
    }
}
