package io.github.canceltask.examples;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.dlc.CancelTaskRequest;
import io.github.canceltask.dlc.CancelTaskResponse;
import io.github.canceltask.dlc.DlcClient;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Cancels a Tencent Cloud DLC task. The code to copy is {@link #cancel}; {@link #run} only decides where to call.
 *
 * <p>{@code DlcCancelTaskExample [--live] [--endpoint URL] [TASK_ID [REGION]]}. Without {@code --live} it runs
 * against an embedded LocalCloud and says so; with {@code --live} it cancels a real task using the Tencent Cloud
 * default credentials chain ({@code TENCENTCLOUD_SECRET_ID}/{@code _KEY}, then {@code ~/.tencentcloud/credentials}).
 */
public final class DlcCancelTaskExample {
    private DlcCancelTaskExample() {
    }

    /** @param args {@code [--live] [--endpoint URL] [TASK_ID [REGION]]} */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Optional<ExampleArguments> read = ExampleArguments.read("DlcCancelTaskExample", args, err);
        if (read.isEmpty()) {
            return 2;
        }
        ExampleArguments arguments = read.get();
        String taskId = arguments.positional(0, "2c8e4a1b-6f0e-4b4a-9c3f-5d2e7a9b1c30");
        String region = arguments.positional(1, "ap-guangzhou");
        try (CloudTarget target = CloudTarget.choose(Vendor.TENCENT, arguments.live(), arguments.endpoint(),
                environment, out)) {
            target.seedIfLocal(cloud -> cloud.dlc().addTask(taskId, TaskState.RUNNING));
            // In your code this is DlcClient.builder().region(region).build(): the default credentials chain and
            // DLC's endpoint. The target only points it at LocalCloud when there is no account to use.
            try (DlcClient dlc = target.configure(DlcClient.builder()).region(region).build()) {
                return cancel(dlc, taskId, out, err);
            }
        }
    }

    /**
     * Cancels one task and reports the outcome.
     *
     * @return 0 when canceled, 1 when DLC refused, 3 when no valid answer came
     */
    static int cancel(DlcClient dlc, String taskId, PrintStream out, PrintStream err) {
        try {
            CancelTaskResponse response = dlc.cancelTask(CancelTaskRequest.builder().taskId(taskId).build());
            out.println("Canceled DLC task " + taskId + ". Request id: " + response.requestId());
            return 0;
        } catch (ServiceException e) {
            // DLC answered with an error (Tencent sends errors with HTTP 200). Tencent support asks for the request id.
            err.println("DLC did not cancel task " + taskId + ": " + e.errorCode() + " (HTTP " + e.httpStatus()
                    + ") " + e.errorMessage());
            err.println("Request id: " + e.requestId());
            return 1;
        } catch (SdkClientException e) {
            // No valid answer: no credentials, no connection, or the call timed out.
            err.println("No answer from DLC: " + e.getMessage());
            return 3;
        }
    }
}
