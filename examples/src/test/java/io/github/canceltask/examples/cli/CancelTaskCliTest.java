package io.github.canceltask.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.examples.ProgramRun;
import io.github.canceltask.testkit.LocalCloud;
import io.github.canceltask.testkit.ServiceState;
import io.github.canceltask.testkit.TaskState;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@code canceltask} in-process with an environment of the test's own, never the real one. */
class CancelTaskCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE_HINT = "Run 'canceltask --help' for usage.";

    @TempDir
    Path home;

    /**
     * @param name the service's name on the command line
     * @param what how messages name what is canceled, before the id
     * @param unknownTaskCode what LocalCloud answers for a task it does not know
     * @param unknownTaskStatus with which HTTP status
     */
    record Service(String name, Vendor vendor, Function<LocalCloud, ServiceState> state,
            Function<String, List<String>> arguments, String what, String unknownTaskCode, int unknownTaskStatus) {
        String[] args(String taskId, String... more) {
            List<String> all = new ArrayList<>(arguments.apply(taskId));
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Service> services() {
        return Stream.of(
                new Service("ecs", Vendor.ALIBABA, LocalCloud::ecs,
                        id -> List.of("ecs", "--region", "cn-hangzhou", "--task-id", id),
                        "ECS task ", "InvalidTaskId.NotFound", 400),
                new Service("domain", Vendor.ALIBABA, LocalCloud::domain,
                        id -> List.of("domain", "--task-no", id, "--user-client-ip", "203.0.113.7", "--lang=en"),
                        "Domain task ", "InvalidTaskNo.NotFound", 400),
                new Service("elasticsearch", Vendor.ALIBABA, LocalCloud::elasticsearch,
                        id -> List.of("elasticsearch", "--region", "cn-hangzhou", "--instance-id", id,
                                "--client-token", "cli-test-token-1"),
                        "the task of Elasticsearch instance ", "InstanceNotFound", 400),
                new Service("dlc", Vendor.TENCENT, LocalCloud::dlc,
                        id -> List.of("dlc", "--region", "ap-guangzhou", "--task-id", id),
                        "DLC task ", "InvalidParameter.InvalidTaskId", 200));
    }

    private ProgramRun canceltask(Map<String, String> environment, String... args) {
        return ProgramRun.of(CancelTaskCli::run, environment, args);
    }

    @ParameterizedTest
    @MethodSource("services")
    void withoutCredentialsOrEndpointCancelsOnAnEmbeddedLocalCloudAndSaysSoOnStderr(Service service) {
        ProgramRun run = canceltask(ProgramRun.noCredentials(home), service.args("task-1"));

        assertEquals(0, run.status(), run::err);
        String requestId =
                ProgramRun.find(run.out(), "^Canceled " + service.what() + "task-1\\. Request id: (\\S+)\n$");
        assertFalse(requestId.equals("null"));
        assertTrue(run.err().matches("No credentials found; running against an embedded LocalCloud at "
                + "http://127\\.0\\.0\\.1:\\d+ - no cloud account used\\.\n"), run.err());
    }

    @ParameterizedTest
    @MethodSource("services")
    void jsonReportsSuccessAsOneObjectAndTheTaskIsCanceled(Service service) throws Exception {
        try (LocalCloud cloud = LocalCloud.start()) {
            service.state().apply(cloud).addTask("task-2", TaskState.RUNNING);

            ProgramRun run = canceltask(ProgramRun.credentialsOf(home, service.vendor(), cloud),
                    service.args("task-2", "--endpoint", cloud.endpoint().toString(), "--json"));

            assertEquals(0, run.status(), run::err);
            assertEquals(TaskState.CANCELED, service.state().apply(cloud).state("task-2"));
            JsonNode result = onlyJsonLine(run.out());
            assertEquals(List.of("service", "ok", "requestId", "errorCode", "errorMessage", "httpStatus"),
                    fieldNames(result));
            assertEquals(service.name(), result.get("service").asText());
            assertTrue(result.get("ok").isBoolean() && result.get("ok").booleanValue());
            assertTrue(result.get("requestId").isTextual() && !result.get("requestId").asText().isEmpty());
            assertTrue(result.get("errorCode").isNull());
            assertTrue(result.get("errorMessage").isNull());
            assertEquals(200, result.get("httpStatus").intValue());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void anUnknownTaskExitsOneWithTheCodeAndTheRequestIdOnStderr(Service service) throws Exception {
        try (LocalCloud cloud = LocalCloud.start()) {
            ProgramRun run = canceltask(ProgramRun.credentialsOf(home, service.vendor(), cloud),
                    service.args("no-such-task", "--endpoint", cloud.endpoint().toString(), "--json"));

            assertEquals(1, run.status(), run::err);
            JsonNode result = onlyJsonLine(run.out());
            assertFalse(result.get("ok").booleanValue());
            assertEquals(service.unknownTaskCode(), result.get("errorCode").asText());
            assertEquals(service.unknownTaskStatus(), result.get("httpStatus").intValue());
            String requestId = result.get("requestId").asText();
            List<String> err = run.err().lines().toList();
            assertEquals("Calling " + cloud.endpoint() + " with credentials from the default chain.", err.get(0));
            assertEquals("canceltask: " + service.what() + "no-such-task not canceled: "
                    + service.unknownTaskCode() + " (HTTP " + service.unknownTaskStatus() + ")", err.get(1));
            assertEquals("  message:    " + result.get("errorMessage").asText(), err.get(2));
            assertEquals("  request id: " + requestId, err.get(3));
            assertEquals(4, err.size());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void asyncCancelsAndReportsErrorsLikeSync(Service service) {
        try (LocalCloud cloud = LocalCloud.start()) {
            service.state().apply(cloud).addTask("task-3", TaskState.RUNNING);
            service.state().apply(cloud).addTask("task-done", TaskState.FINISHED);
            Map<String, String> environment = ProgramRun.credentialsOf(home, service.vendor(), cloud);
            String endpoint = cloud.endpoint().toString();

            ProgramRun canceled = canceltask(environment, service.args("task-3", "--async", "--endpoint", endpoint));
            ProgramRun unknown = canceltask(environment, service.args("gone", "--endpoint", endpoint, "--async"));

            assertEquals(0, canceled.status(), canceled::err);
            assertTrue(canceled.out().startsWith("Canceled " + service.what() + "task-3. Request id: "));
            assertEquals(TaskState.CANCELED, service.state().apply(cloud).state("task-3"));
            assertEquals(1, unknown.status(), unknown::err);
            assertTrue(unknown.err().contains(" not canceled: " + service.unknownTaskCode() + " (HTTP "),
                    unknown.err());
            assertEquals(TaskState.FINISHED, service.state().apply(cloud).state("task-done"));
        }
    }

    @Test
    void elasticsearchResultFalseIsNotCanceledAndExitsOne() throws Exception {
        try (LocalCloud cloud = LocalCloud.start()) {
            cloud.elasticsearch().addTask("es-done", TaskState.FINISHED);

            ProgramRun run = canceltask(ProgramRun.credentialsOf(home, Vendor.ALIBABA, cloud), "elasticsearch",
                    "--region", "cn-hangzhou", "--instance-id", "es-done", "--endpoint", cloud.endpoint().toString(),
                    "--json");

            assertEquals(1, run.status(), run::err);
            JsonNode result = onlyJsonLine(run.out());
            assertFalse(result.get("ok").booleanValue());
            assertTrue(result.get("errorCode").isNull());
            assertEquals("the cancel failed: the task is no longer running", result.get("errorMessage").asText());
            assertEquals(200, result.get("httpStatus").intValue());
            List<String> err = run.err().lines().toList();
            assertEquals("canceltask: the task of Elasticsearch instance es-done not canceled: Result false (HTTP 200)",
                    err.get(1));
            assertEquals("  request id: " + result.get("requestId").asText(), err.get(3));
        }
    }

    @Test
    void jsonOnTheEmbeddedLocalCloudKeepsStdoutToTheJsonObject() throws Exception {
        ProgramRun run = canceltask(ProgramRun.noCredentials(home),
                "dlc", "--json", "--region", "ap-guangzhou", "--task-id", "a1b2");

        assertEquals(0, run.status(), run::err);
        assertEquals("dlc", onlyJsonLine(run.out()).get("service").asText());
        assertTrue(run.err().startsWith("No credentials found; running against an embedded LocalCloud"));
    }

    @Test
    void credentialsWithoutLiveStillUseTheEmbeddedLocalCloud() {
        try (LocalCloud credentialsSource = LocalCloud.start()) {
            ProgramRun run = canceltask(ProgramRun.credentialsOf(home, Vendor.ALIBABA, credentialsSource),
                    "ecs", "--region", "cn-hangzhou", "--task-id", "t-9");

            assertEquals(0, run.status(), run::err);
            assertTrue(run.err().startsWith("Credentials found, but no --live: running against an embedded LocalCloud"
                    + " at http://127.0.0.1:"), run.err());
            assertTrue(credentialsSource.requests().isEmpty());
        }
    }

    @Test
    void liveWithoutCredentialsExitsThreeNamingThePlacesLookedAt() {
        try (LocalCloud cloud = LocalCloud.start()) {
            ProgramRun run = canceltask(ProgramRun.noCredentials(home), "dlc", "--live", "--region", "ap-guangzhou",
                    "--task-id", "a1", "--endpoint", cloud.endpoint().toString());

            assertEquals(3, run.status(), run::err);
            assertEquals("", run.out());
            assertTrue(run.err().contains("canceltask: DLC task a1 not canceled: no valid answer from dlc: "
                    + "No credentials found. Looked at: environment variables TENCENTCLOUD_SECRET_ID"), run.err());
            assertTrue(cloud.requests().isEmpty());
        }
    }

    @Test
    void noServiceListeningExitsThreeAndJsonSaysWhy() throws Exception {
        URI closed;
        Map<String, String> environment;
        try (LocalCloud cloud = LocalCloud.start()) {
            closed = cloud.endpoint();
            environment = ProgramRun.credentialsOf(home, Vendor.ALIBABA, cloud);
        }

        ProgramRun run = canceltask(environment, "ecs", "--region", "cn-hangzhou", "--task-id", "t-1",
                "--endpoint", closed.toString(), "--json");

        assertEquals(3, run.status(), run::err);
        JsonNode result = onlyJsonLine(run.out());
        assertFalse(result.get("ok").booleanValue());
        assertTrue(result.get("requestId").isNull());
        assertTrue(result.get("errorCode").isNull());
        assertTrue(result.get("httpStatus").isNull());
        assertFalse(result.get("errorMessage").asText().isEmpty());
        assertTrue(run.err().contains("canceltask: ECS task t-1 not canceled: no valid answer from ecs: "),
                run.err());
    }

    @Test
    void helpPrintsTheUsageOnStdoutAndExitsZero() {
        ProgramRun help = canceltask(Map.of(), "--help");
        ProgramRun shortHelp = canceltask(Map.of(), "ecs", "--task-id", "t-1", "-h");

        assertEquals(0, help.status());
        assertEquals(CancelTaskCli.USAGE, help.out());
        assertEquals("", help.err());
        assertTrue(help.out().startsWith("usage: canceltask <service> [options]\n"));
        assertEquals(0, shortHelp.status());
        assertEquals(CancelTaskCli.USAGE, shortHelp.out());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of(), "no service given (ecs, domain, elasticsearch or dlc)"),
                Arguments.of(List.of("s3", "--task-id", "t-1"),
                        "unknown service 's3' (choose ecs, domain, elasticsearch or dlc)"),
                Arguments.of(List.of("ecs"), "ecs needs --region and --task-id"),
                Arguments.of(List.of("ecs", "--task-id", "t-1"), "ecs needs --region"),
                Arguments.of(List.of("domain", "--lang", "en"), "domain needs --task-no"),
                Arguments.of(List.of("ecs", "--region", "cn-hangzhou", "--task-id", "t-1", "--lang", "en"),
                        "--lang does not apply to ecs (its options: --region, --task-id)"),
                Arguments.of(List.of("dlc", "--task-id", "t-1", "--region"), "--region needs a value"),
                Arguments.of(List.of("dlc", "--task-id", "--json"), "--task-id needs a value"),
                Arguments.of(List.of("ecs", "--colour"), "unknown option --colour"),
                Arguments.of(List.of("ecs", "--json=yes"), "--json takes no value"),
                Arguments.of(List.of("ecs", "--task-id", "a", "--task-id=b"), "--task-id is given twice"),
                Arguments.of(List.of("ecs", "dlc"), "unexpected argument 'dlc'"),
                Arguments.of(List.of("domain", "--task-no", "7", "--lang", "fr"), "lang must be zh or en"),
                Arguments.of(List.of("ecs", "--region", "cn-hangzhou", "--task-id", "t-1", "--endpoint", "http://[x"),
                        "--endpoint is not a URL: Expected closing bracket for IPv6 address at index 9: http://[x"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitTwoWithTheReasonAndAHintOnStderr(List<String> args, String reason) {
        ProgramRun run = canceltask(ProgramRun.noCredentials(home), args.toArray(String[]::new));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("canceltask: " + reason + "\n" + USAGE_HINT + "\n", run.err());
    }

    @Test
    void aRegionOrEndpointTheClientRefusesIsAUsageError() {
        ProgramRun badRegion = canceltask(ProgramRun.noCredentials(home),
                "ecs", "--region", "CN_HANGZHOU", "--task-id", "t-1");
        ProgramRun badScheme = canceltask(ProgramRun.noCredentials(home),
                "ecs", "--region", "cn-hangzhou", "--task-id", "t-1", "--endpoint", "ftp://127.0.0.1:1");

        assertEquals(2, badRegion.status());
        assertTrue(badRegion.err().endsWith("canceltask: region is not a region name (lower-case letters, digits "
                + "and hyphens, e.g. cn-hangzhou or ap-guangzhou)\n" + USAGE_HINT + "\n"), badRegion.err());
        assertEquals(2, badScheme.status());
        assertTrue(badScheme.err().endsWith("canceltask: endpointOverride must start with https:// or http://\n"
                + USAGE_HINT + "\n"), badScheme.err());
    }

    private static JsonNode onlyJsonLine(String out) throws Exception {
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), out);
        JsonNode node = JSON.readTree(lines.get(0));
        assertTrue(node.isObject(), out);
        return node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
