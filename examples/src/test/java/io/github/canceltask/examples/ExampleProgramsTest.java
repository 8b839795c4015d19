package io.github.canceltask.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.LocalCloud;
import io.github.canceltask.testkit.ServiceState;
import io.github.canceltask.testkit.TaskState;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs each example program in-process, against its embedded LocalCloud or one the test owns. */
class ExampleProgramsTest {
    private static final String EMBEDDED_NOTICE = "No credentials found; running against an embedded LocalCloud at "
            + "http://127.0.0.1:\\d+ - no cloud account used.";

    @TempDir
    Path home;

    /**
     * @param program the example
     * @param vendor whose credentials it reads
     * @param state the service it calls, in a LocalCloud
     * @param what how it names what it cancels, before the id
     * @param unknownTaskCode the code LocalCloud answers for a task it does not know
     */
    record Example(String name, ProgramRun.Program program, Vendor vendor, Function<LocalCloud, ServiceState> state,
            String what, String unknownTaskCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("ECS", EcsCancelTaskExample::run, Vendor.ALIBABA, LocalCloud::ecs,
                        "Canceled ECS task ", "InvalidTaskId.NotFound"),
                new Example("Domain", DomainCancelTaskExample::run, Vendor.ALIBABA, LocalCloud::domain,
                        "Canceled Domain task ", "InvalidTaskNo.NotFound"),
                new Example("Elasticsearch", ElasticsearchCancelTaskExample::run, Vendor.ALIBABA,
                        LocalCloud::elasticsearch, "Canceled the task of Elasticsearch instance ",
                        "InstanceNotFound"),
                new Example("DLC", DlcCancelTaskExample::run, Vendor.TENCENT, LocalCloud::dlc,
                        "Canceled DLC task ", "InvalidParameter.InvalidTaskId"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void withoutCredentialsCancelsASeededTaskOnAnEmbeddedLocalCloudAndSaysSo(Example example) {
        ProgramRun run = ProgramRun.of(example.program(), ProgramRun.noCredentials(home));

        assertEquals(0, run.status(), run::err);
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].matches(EMBEDDED_NOTICE), lines[0]);
        assertTrue(lines[1].startsWith(example.what()), lines[1]);
        assertNotEquals("null", ProgramRun.find(lines[1], "\\. Request id: (\\S+)$"));
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void withCredentialsButNoLiveStaysOnTheEmbeddedLocalCloud(Example example) {
        try (LocalCloud credentialsSource = LocalCloud.start()) {
            Map<String, String> environment =
                    ProgramRun.credentialsOf(home, example.vendor(), credentialsSource);

            ProgramRun run = ProgramRun.of(example.program(), environment);

            assertEquals(0, run.status(), run::err);
            assertTrue(run.out().matches("(?s)Credentials found, but no --live: running against an embedded "
                    + "LocalCloud at http://127\\.0\\.0\\.1:\\d+ - no cloud account used\\. Add --live to call the "
                    + "real service\\.\n" + example.what() + ".*"), run.out());
            assertTrue(credentialsSource.requests().isEmpty(), "the credentials' own LocalCloud was called");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void withAnEndpointCancelsTheTaskThere(Example example) {
        try (LocalCloud cloud = LocalCloud.start()) {
            example.state().apply(cloud).addTask("task-7", TaskState.RUNNING);

            ProgramRun run = ProgramRun.of(example.program(),
                    ProgramRun.credentialsOf(home, example.vendor(), cloud),
                    "--endpoint", cloud.endpoint().toString(), "task-7");

            assertEquals(0, run.status(), run::err);
            assertEquals(TaskState.CANCELED, example.state().apply(cloud).state("task-7"));
            assertTrue(run.out().startsWith("Calling " + cloud.endpoint()
                    + " with credentials from the default chain.\n" + example.what() + "task-7"), run.out());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anUnknownTaskExitsOneWithTheCodeAndTheRequestIdOnStderr(Example example) {
        try (LocalCloud cloud = LocalCloud.start()) {
            ProgramRun run = ProgramRun.of(example.program(),
                    ProgramRun.credentialsOf(home, example.vendor(), cloud),
                    "--endpoint", cloud.endpoint().toString(), "no-such-task");

            assertEquals(1, run.status(), run::out);
            assertTrue(run.err().contains(": " + example.unknownTaskCode() + " (HTTP "), run.err());
            assertNotEquals("null", ProgramRun.find(run.err(), "(?m)^Request id: (\\S+)$"));
            assertEquals(1, run.out().lines().count(), run.out());
        }
    }

    @Test
    void elasticsearchAnsweringResultFalseExitsOne() {
        try (LocalCloud cloud = LocalCloud.start()) {
            cloud.elasticsearch().addTask("es-done", TaskState.FINISHED);

            ProgramRun run = ProgramRun.of(ElasticsearchCancelTaskExample::run,
                    ProgramRun.credentialsOf(home, Vendor.ALIBABA, cloud),
                    "--endpoint", cloud.endpoint().toString(), "es-done");

            assertEquals(1, run.status(), run::out);
            assertTrue(run.err().startsWith("Elasticsearch did not cancel the task of es-done: Result false (the task "
                    + "is no longer running)\nRequest id: "), run.err());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void liveWithoutCredentialsExitsThreeAndSendsNothing(Example example) {
        try (LocalCloud cloud = LocalCloud.start()) {
            ProgramRun run = ProgramRun.of(example.program(), ProgramRun.noCredentials(home),
                    "--live", "--endpoint", cloud.endpoint().toString(), "task-7");

            assertEquals(3, run.status(), run::out);
            assertTrue(run.err().contains("No credentials found. Looked at: environment variables "), run.err());
            assertTrue(cloud.requests().isEmpty(), "a request was sent without credentials");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anUnknownOptionExitsTwoWithTheUsageLine(Example example) {
        Map<String, String> environment = new HashMap<>(ProgramRun.noCredentials(home));

        ProgramRun run = ProgramRun.of(example.program(), environment, "--region", "cn-hangzhou");

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("unknown option --region\nusage: "), run.err());
        assertTrue(run.err().endsWith("CancelTaskExample [--live] [--endpoint URL] [TASK [REGION]]\n"), run.err());
    }
}
