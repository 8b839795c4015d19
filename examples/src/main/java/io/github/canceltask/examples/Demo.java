package io.github.canceltask.examples;

import io.github.canceltask.core.client.SdkClientBuilder;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.domain.DomainClient;
import io.github.canceltask.dlc.DlcClient;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.elasticsearch.ElasticsearchClient;
import io.github.canceltask.testkit.LocalCloud;
import io.github.canceltask.testkit.ServiceState;
import io.github.canceltask.testkit.TaskState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SDK in a few seconds, with no cloud account: starts a LocalCloud and, on each of the four services, cancels a
 * running task, then tries an unknown task and a finished one, and prints what each call answered.
 */
public final class Demo {
    private static final String RUNNING_TASK = "demo-running-1";
    private static final String UNKNOWN_TASK = "demo-unknown-1";
    private static final String FINISHED_TASK = "demo-finished-1";

    private Demo() {
    }

    /**
     * @param args none
     * @throws IllegalStateException when a call did not answer as expected (the table shows which)
     */
    public static void main(String[] args) {
        if (!run(System.out)) {
            throw new IllegalStateException("the demo did not go as expected: see the rows marked UNEXPECTED");
        }
    }

    /** One service's cancel call, as a user's code would make it. */
    private record Service(String name, ServiceState state, Function<String, CancelAnswer> cancel) {
    }

    /** One line of the table. */
    private record Row(String service, String situation, String outcome, String code, String requestId) {
    }

    /**
     * @param out where the table goes
     * @return whether every call answered as expected
     */
    static boolean run(PrintStream out) {
        long started = System.nanoTime();
        try (LocalCloud cloud = LocalCloud.start();
                EcsClient ecs = pointAt(cloud, EcsClient.builder()).region("cn-hangzhou").build();
                DomainClient domain = pointAt(cloud, DomainClient.builder()).build();
                ElasticsearchClient elasticsearch =
                        pointAt(cloud, ElasticsearchClient.builder()).region("cn-hangzhou").build();
                DlcClient dlc = pointAt(cloud, DlcClient.builder()).region("ap-guangzhou").build()) {
            out.println("LocalCloud (an in-process emulator of the four APIs) is listening at " + cloud.endpoint()
                    + ". No cloud account is used.");
            out.println();
            List<Service> services = List.of(
                    new Service("ECS", cloud.ecs(), id -> new CancelAnswer(ecs.cancelTask(
                            io.github.canceltask.ecs.CancelTaskRequest.builder().taskId(id).build()).requestId(),
                            true)),
                    new Service("Domain", cloud.domain(), id -> new CancelAnswer(domain.cancelTask(
                            io.github.canceltask.domain.CancelTaskRequest.builder().taskNo(id).build()).requestId(),
                            true)),
                    new Service("Elasticsearch", cloud.elasticsearch(), id -> {
                        io.github.canceltask.elasticsearch.CancelTaskResponse response = elasticsearch.cancelTask(
                                io.github.canceltask.elasticsearch.CancelTaskRequest.builder().instanceId(id).build());
                        // Elasticsearch says no with a successful answer: Result false, "the cancel failed".
                        return new CancelAnswer(response.requestId(), response.result());
                    }),
                    new Service("DLC", cloud.dlc(), id -> new CancelAnswer(dlc.cancelTask(
                            io.github.canceltask.dlc.CancelTaskRequest.builder().taskId(id).build()).requestId(),
                            true)));
            List<Row> rows = new ArrayList<>();
            for (Service service : services) {
                service.state().addTask(RUNNING_TASK, TaskState.RUNNING);
                service.state().addTask(FINISHED_TASK, TaskState.FINISHED);
                rows.add(expectCanceled(service));
                rows.add(expectRefused(service, "unknown task", UNKNOWN_TASK));
                rows.add(expectRefused(service, "already finished", FINISHED_TASK));
            }
            printTable(out, rows);
            boolean allAsExpected = rows.stream().noneMatch(row -> row.outcome().startsWith("UNEXPECTED"));
            out.println();
            out.printf("%d calls, %s, in %d ms.%n", rows.size(),
                    allAsExpected ? "each answered as expected" : "SOME DID NOT ANSWER AS EXPECTED",
                    (System.nanoTime() - started) / 1_000_000);
            return allAsExpected;
        }
    }

    private static <B extends SdkClientBuilder<B, ?>> B pointAt(LocalCloud cloud, B builder) {
        return builder.credentialsProvider(cloud.credentials()).endpointOverride(cloud.endpoint());
    }

    private static Row expectCanceled(Service service) {
        try {
            CancelAnswer answer = service.cancel().apply(RUNNING_TASK);
            TaskState now = service.state().state(RUNNING_TASK);
            String outcome = answer.canceled() && now == TaskState.CANCELED ? "canceled"
                    : "UNEXPECTED: answered " + (answer.canceled() ? "canceled" : "Result false") + ", task is " + now;
            return new Row(service.name(), "running task", outcome, "-", answer.requestId());
        } catch (ServiceException e) {
            return new Row(service.name(), "running task", "UNEXPECTED: refused (HTTP " + e.httpStatus() + ")",
                    e.errorCode(), e.requestId());
        }
    }

    private static Row expectRefused(Service service, String situation, String taskId) {
        try {
            CancelAnswer answer = service.cancel().apply(taskId);
            String outcome = answer.canceled() ? "UNEXPECTED: canceled" : "not canceled (Result false)";
            return new Row(service.name(), situation, outcome, "-", answer.requestId());
        } catch (ServiceException e) {
            return new Row(service.name(), situation, "refused (HTTP " + e.httpStatus() + ")", e.errorCode(),
                    e.requestId());
        }
    }

    private static void printTable(PrintStream out, List<Row> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"service", "case", "outcome", "code", "request id"});
        rows.forEach(row -> lines.add(new String[] {row.service(), row.situation(), row.outcome(),
            String.valueOf(row.code()), String.valueOf(row.requestId())}));
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = lines.get(l)[i];
                text.append(i == 0 ? "" : " | ").append(i == widths.length - 1 ? cell : pad(cell, widths[i]));
            }
            out.println(text);
            if (l == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.println(rule);
            }
        }
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length());
    }
}
