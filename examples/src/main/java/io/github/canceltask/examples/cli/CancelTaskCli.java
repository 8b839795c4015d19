package io.github.canceltask.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code canceltask}: cancels one task on ECS, Domain, Elasticsearch or DLC from the command line. Run it with
 * {@code --help} for the options; {@link #USAGE} holds the same text.
 */
public final class CancelTaskCli {
    /** Exit status: the task was canceled. */
    public static final int OK = 0;
    /** Exit status: the service answered with an error. */
    public static final int SERVICE_ERROR = 1;
    /** Exit status: the command line is wrong. */
    public static final int USAGE_ERROR = 2;
    /** Exit status: no valid answer (no credentials, no connection, timeout). */
    public static final int CLIENT_ERROR = 3;

    /** What {@code --help} prints. */
    public static final String USAGE = """
            usage: canceltask <service> [options]

            Cancels one task and prints the request id of the answer.

            Services:
              ecs            --region REGION --task-id ID
              domain         --task-no NO [--user-client-ip IP] [--lang zh|en] [--region REGION]
              elasticsearch  --region REGION --instance-id ID [--client-token TOKEN]
              dlc            --region REGION --task-id ID

            Options for every service:
              --endpoint URL  call URL instead of the region's endpoint (e.g. a LocalCloud)
              --live          call the real service; without --live or --endpoint the call goes to an
                              embedded LocalCloud and no cloud account is used
              --async         send with cancelTaskAsync instead of cancelTask
              --json          print the result as one JSON object: service, ok, requestId, errorCode,
                              errorMessage, httpStatus
              --help, -h      print this text

            Credentials come from the default chains: ALIBABA_CLOUD_ACCESS_KEY_ID and
            ALIBABA_CLOUD_ACCESS_KEY_SECRET or ~/.aliyun/config.json (ecs, domain, elasticsearch);
            TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY or ~/.tencentcloud/credentials (dlc).

            Exit status: 0 canceled, 1 the service answered with an error, 2 usage error,
            3 no valid answer (credentials, connection, timeout). On an error the code and the
            request id are printed on stderr.

            Examples:
              canceltask ecs --region cn-hangzhou --task-id t-bp198jigq7l0h5ac --live
              canceltask dlc --region ap-guangzhou --task-id 2c8e4a1b --json
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CancelTaskCli() {
    }

    /** @param args the command line; see {@link #USAGE} */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the command line without touching {@code System}: what tests and embedding programs call.
     *
     * @param args the command line
     * @param out where results go
     * @param err where notices and errors go
     * @param environment the environment variables the credentials chains read ({@code HOME} locates the CLI
     *     credential files)
     * @return the exit status: {@link #OK}, {@link #SERVICE_ERROR}, {@link #USAGE_ERROR} or {@link #CLIENT_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(USAGE);
            return OK;
        }
        CommandLine line;
        ServiceCommand command;
        URI endpoint;
        ServiceCommand.Call call;
        try {
            line = CommandLine.parse(args);
            command = commandFor(line);
            endpoint = endpoint(line.value(CommandLine.ENDPOINT));
            call = command.prepare().apply(line);
        } catch (UsageException | IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        Report report = new Report(command, line, out, err);
        try (CloudTarget target = CloudTarget.choose(command.vendor(), line.has(CommandLine.LIVE), endpoint,
                environment, err)) {
            target.seedIfLocal(call.seed());
            CancelAnswer answer = call.send().apply(target, line.has(CommandLine.ASYNC));
            return answer.canceled() ? report.canceled(answer.requestId()) : report.notCanceled(answer.requestId());
        } catch (IllegalArgumentException e) {
            // The region or the endpoint, refused by the client builder.
            return usageError(err, e.getMessage());
        } catch (ServiceException e) {
            return report.refused(e);
        } catch (SdkClientException e) {
            return report.noAnswer(e);
        }
    }

    private static ServiceCommand commandFor(CommandLine line) throws UsageException {
        if (line.service() == null) {
            throw new UsageException("no service given (ecs, domain, elasticsearch or dlc)");
        }
        ServiceCommand command = Services.ALL.stream().filter(c -> c.name().equals(line.service())).findFirst()
                .orElseThrow(() -> new UsageException("unknown service '" + line.service()
                        + "' (choose ecs, domain, elasticsearch or dlc)"));
        List<String> allowed = new ArrayList<>(command.requiredOptions());
        allowed.addAll(command.optionalOptions());
        for (String option : line.valueOptions()) {
            if (!option.equals(CommandLine.ENDPOINT) && !allowed.contains(option)) {
                throw new UsageException(option + " does not apply to " + command.name() + " (its options: "
                        + String.join(", ", allowed) + ")");
            }
        }
        List<String> missing = command.requiredOptions().stream()
                .filter(option -> !line.valueOptions().contains(option)).toList();
        if (!missing.isEmpty()) {
            throw new UsageException(command.name() + " needs " + String.join(" and ", missing));
        }
        return command;
    }

    private static URI endpoint(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint is not a URL: " + e.getMessage());
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("canceltask: " + message);
        err.println("Run 'canceltask --help' for usage.");
        return USAGE_ERROR;
    }

    /** Prints one result: as text, or as one JSON object on {@code out} when {@code --json} was given. */
    private static final class Report {
        private final ServiceCommand command;
        private final String what;
        private final boolean json;
        private final PrintStream out;
        private final PrintStream err;

        Report(ServiceCommand command, CommandLine line, PrintStream out, PrintStream err) {
            this.command = command;
            this.what = command.describe().apply(line);
            this.json = line.has(CommandLine.JSON);
            this.out = out;
            this.err = err;
        }

        int canceled(String requestId) {
            if (json) {
                // The SDK returns a response only for a successful answer, which all four services send as 200.
                out.println(result(true, requestId, null, null, 200));
            } else {
                out.println("Canceled " + what + ". Request id: " + requestId);
            }
            return OK;
        }

        int refused(ServiceException e) {
            String code = e.errorCode() == null ? "no error code" : e.errorCode();
            return serviceError(e.requestId(), e.errorCode(), e.errorMessage(), e.httpStatus(),
                    code + " (HTTP " + e.httpStatus() + ")");
        }

        int notCanceled(String requestId) {
            // Elasticsearch says no with a successful answer: Result false, "the cancel failed".
            return serviceError(requestId, null, "the cancel failed: the task is no longer running", 200,
                    "Result false (HTTP 200)");
        }

        private int serviceError(String requestId, String errorCode, String message, int httpStatus,
                String summary) {
            if (json) {
                out.println(result(false, requestId, errorCode, message, httpStatus));
            }
            err.println("canceltask: " + what + " not canceled: " + summary);
            err.println("  message:    " + message);
            err.println("  request id: " + (requestId == null ? "none" : requestId));
            return SERVICE_ERROR;
        }

        int noAnswer(SdkClientException e) {
            if (json) {
                out.println(result(false, null, null, e.getMessage(), null));
            }
            err.println("canceltask: " + what + " not canceled: no valid answer from " + command.name() + ": "
                    + e.getMessage());
            return CLIENT_ERROR;
        }

        private String result(boolean ok, String requestId, String errorCode, String errorMessage,
                Integer httpStatus) {
            ObjectNode node = JSON.createObjectNode()
                    .put("service", command.name())
                    .put("ok", ok)
                    .put("requestId", requestId)
                    .put("errorCode", errorCode)
                    .put("errorMessage", errorMessage)
                    .put("httpStatus", httpStatus);
            return node.toString();
        }
    }
}
