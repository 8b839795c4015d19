package io.github.canceltask.examples;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.elasticsearch.CancelTaskRequest;
import io.github.canceltask.elasticsearch.CancelTaskResponse;
import io.github.canceltask.elasticsearch.ElasticsearchClient;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.TaskState;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Cancels the data migration task of an Alibaba Cloud Elasticsearch instance. The code to copy is {@link #cancel};
 * {@link #run} only decides where to call.
 *
 * <p>{@code ElasticsearchCancelTaskExample [--live] [--endpoint URL] [INSTANCE_ID [REGION]]}. Without {@code --live}
 * it runs against an embedded LocalCloud and says so; with {@code --live} it calls the real service using the
 * Alibaba Cloud default credentials chain ({@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code _SECRET}, then
 * {@code ~/.aliyun/config.json}).
 */
public final class ElasticsearchCancelTaskExample {
    private ElasticsearchCancelTaskExample() {
    }

    /** @param args {@code [--live] [--endpoint URL] [INSTANCE_ID [REGION]]} */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Optional<ExampleArguments> read = ExampleArguments.read("ElasticsearchCancelTaskExample", args, err);
        if (read.isEmpty()) {
            return 2;
        }
        ExampleArguments arguments = read.get();
        String instanceId = arguments.positional(0, "es-cn-n6w1o1x0w001c1234");
        String region = arguments.positional(1, "cn-hangzhou");
        try (CloudTarget target = CloudTarget.choose(Vendor.ALIBABA, arguments.live(), arguments.endpoint(),
                environment, out)) {
            target.seedIfLocal(cloud -> cloud.elasticsearch().addTask(instanceId, TaskState.RUNNING));
            // In your code this is ElasticsearchClient.builder().region(region).build(): the default credentials
            // chain and the region's endpoint. The target only points it at LocalCloud when there is no account.
            try (ElasticsearchClient elasticsearch = target.configure(ElasticsearchClient.builder())
                    .region(region).build()) {
                return cancel(elasticsearch, instanceId, out, err);
            }
        }
    }

    /**
     * Cancels the instance's task and reports the outcome. The client adds a clientToken, kept across retries.
     *
     * @return 0 when canceled, 1 when Elasticsearch refused, 3 when no valid answer came
     */
    static int cancel(ElasticsearchClient elasticsearch, String instanceId, PrintStream out, PrintStream err) {
        try {
            CancelTaskResponse response = elasticsearch.cancelTask(
                    CancelTaskRequest.builder().instanceId(instanceId).build());
            if (!response.result()) {
                // Elasticsearch says no with a successful answer: Result false means the cancel failed.
                err.println("Elasticsearch did not cancel the task of " + instanceId + ": Result false (the task is"
                        + " no longer running)");
                err.println("Request id: " + response.requestId());
                return 1;
            }
            out.println("Canceled the task of Elasticsearch instance " + instanceId + ". Request id: "
                    + response.requestId());
            return 0;
        } catch (ServiceException e) {
            // Elasticsearch answered with an error. The request id is what Alibaba Cloud support asks for.
            err.println("Elasticsearch did not cancel the task of " + instanceId + ": " + e.errorCode() + " (HTTP "
                    + e.httpStatus() + ") " + e.errorMessage());
            err.println("Request id: " + e.requestId());
            return 1;
        } catch (SdkClientException e) {
            // No valid answer: no credentials, no connection, or the call timed out.
            err.println("No answer from Elasticsearch: " + e.getMessage());
            return 3;
        }
    }
}
