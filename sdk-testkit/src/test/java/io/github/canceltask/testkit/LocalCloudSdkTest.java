package io.github.canceltask.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.auth.Credentials;
import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** LocalCloud driven by our real SDK clients, one fresh client per call, as a user's test would. */
class LocalCloudSdkTest {
    private static final Pattern ALIBABA_REQUEST_ID =
            Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    private static final Pattern TENCENT_REQUEST_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final LocalCloud cloud = LocalCloud.start();

    @AfterEach
    void stop() {
        cloud.close();
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void cancelsARunningTaskAndRecordsTheCall(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING).addTask("task-2", TaskState.RUNNING);

        Product.Outcome outcome = product.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
        assertEquals(TaskState.RUNNING, product.tasks(cloud).state("task-2"));
        assertEquals(product == Product.ELASTICSEARCH ? Boolean.TRUE : null, outcome.result());
        List<RecordedCall> calls = cloud.requests();
        assertEquals(1, calls.size());
        RecordedCall call = calls.get(0);
        assertAll(
                () -> assertEquals(product.service, call.service()),
                () -> assertEquals("CancelTask", call.action()),
                () -> assertEquals("POST", call.method()),
                () -> assertEquals(200, call.httpStatus()),
                () -> assertNull(call.errorCode()),
                () -> assertTrue(call.succeeded()),
                () -> assertEquals(outcome.requestId(), call.requestId()),
                () -> assertTrue((product.alibaba() ? ALIBABA_REQUEST_ID : TENCENT_REQUEST_ID)
                        .matcher(outcome.requestId()).matches(), outcome.requestId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ECS           | 400 | InvalidTaskId.NotFound         | The specified \"TaskId\" is not found.",
            "DOMAIN        | 400 | InvalidTaskNo.NotFound         | The specified \"TaskNo\" is not found.",
            "ELASTICSEARCH | 400 | InstanceNotFound               | The instanceId provided does not exist.",
            "DLC           | 200 | InvalidParameter.InvalidTaskId | The taskid is invalid."})
    void refusesAnUnknownTaskWithTheVendorsCode(Product product, int status, String code, String message) {
        ServiceException e = assertThrows(ServiceException.class,
                () -> product.cancel(cloud, "no-such-task", Product.Setup.defaults()));

        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(message, e.errorMessage());
        assertEquals(1, cloud.requests().size());
        assertEquals(code, cloud.requests().get(0).errorCode());
        assertEquals(e.requestId(), cloud.requests().get(0).requestId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ECS    | FINISHED | 403 | InvalidTaskId.IncorrectTaskStatus",
            "ECS    | CANCELED | 403 | InvalidTaskId.IncorrectTaskStatus",
            "DOMAIN | FINISHED | 403 | InvalidTaskNo.IncorrectTaskStatus",
            "DLC    | FINISHED | 200 | InvalidParameter.TaskAlreadyFinished",
            "DLC    | CANCELED | 200 | InvalidParameter.TaskAlreadyFinished"})
    void refusesATaskThatIsNoLongerRunning(Product product, TaskState state, int status, String code) {
        product.tasks(cloud).addTask("task-1", state);

        ServiceException e = assertThrows(ServiceException.class,
                () -> product.cancel(cloud, "task-1", Product.Setup.defaults()));

        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(state, product.tasks(cloud).state("task-1"));
    }

    @Test
    void elasticsearchAnswersResultFalseForAMigrationThatAlreadyEnded() {
        cloud.elasticsearch().addTask("es-cn-1", TaskState.FINISHED);

        Product.Outcome outcome = Product.ELASTICSEARCH.cancel(cloud, "es-cn-1", Product.Setup.defaults());

        assertEquals(Boolean.FALSE, outcome.result());
        assertEquals(TaskState.FINISHED, cloud.elasticsearch().state("es-cn-1"));
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void refusesAWrongSecret(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        String id = cloud.credentials().resolveCredentials().id();

        ServiceException e = assertThrows(ServiceException.class, () -> product.cancel(cloud, "task-1",
                Product.Setup.defaults().credentials(StaticCredentialsProvider.of(id, "wrong-secret"))));

        if (product.alibaba()) {
            assertEquals(400, e.httpStatus());
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertTrue(e.errorMessage().startsWith(
                    "Specified signature is not matched with our calculation. server string to sign is:"),
                    e.errorMessage());
        } else {
            assertEquals("AuthFailure.SignatureFailure", e.errorCode());
        }
        assertEquals(1, cloud.requests().size());
        assertEquals(TaskState.RUNNING, product.tasks(cloud).state("task-1"));
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void refusesAnUnknownKeyId(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);

        ServiceException e = assertThrows(ServiceException.class, () -> product.cancel(cloud, "task-1",
                Product.Setup.defaults().credentials(StaticCredentialsProvider.of("nobody", "secret"))));

        assertEquals(product.alibaba() ? "InvalidAccessKeyId.NotFound" : "AuthFailure.SecretIdNotFound",
                e.errorCode());
        assertEquals(product.alibaba() ? 404 : 200, e.httpStatus());
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void refusesAStaleTimestampOnceThenTheClientCorrectsItsSkewFromTheDateHeader(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        Clock twentyMinutesBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));

        product.cancel(cloud, "task-1", Product.Setup.defaults().retryPolicy(RetryPolicy.none())
                .clock(twentyMinutesBehind));

        List<RecordedCall> calls = cloud.requests();
        assertEquals(2, calls.size());
        assertEquals(product.alibaba() ? "InvalidTimeStamp.Expired" : "AuthFailure.SignatureExpire",
                calls.get(0).errorCode());
        assertEquals(product.alibaba() ? 400 : 200, calls.get(0).httpStatus());
        assertTrue(calls.get(1).succeeded());
        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
    }

    @Test
    void signsWithTheEmulatorsClockOnceItHasLearnedIt() {
        Instant serviceTime = Instant.parse("2030-01-01T00:00:00Z");
        try (LocalCloud future = LocalCloud.builder().clock(Clock.fixed(serviceTime, ZoneOffset.UTC)).start()) {
            future.ecs().addTask("task-1", TaskState.RUNNING);

            Product.ECS.cancel(future, "task-1", Product.Setup.defaults());

            List<RecordedCall> calls = future.requests();
            assertEquals(2, calls.size());
            assertEquals("InvalidTimeStamp.Expired", calls.get(0).errorCode());
            assertTrue(calls.get(1).query().get("Timestamp").startsWith("2030-01-01T00:0"),
                    calls.get(1).query().get("Timestamp"));
        }
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void acceptsTheStsPairWithItsToken(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);

        product.cancel(cloud, "task-1", Product.Setup.defaults().credentials(cloud.stsCredentials()));

        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void refusesTheStsPairWithoutItsToken(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        Credentials sts = cloud.stsCredentials().resolveCredentials();

        ServiceException e = assertThrows(ServiceException.class, () -> product.cancel(cloud, "task-1",
                Product.Setup.defaults().credentials(StaticCredentialsProvider.of(sts.id(), sts.secret()))));

        assertEquals(product.alibaba() ? "InvalidSecurityToken.MismatchWithAccessKey" : "AuthFailure.TokenFailure",
                e.errorCode());
        assertEquals(TaskState.RUNNING, product.tasks(cloud).state("task-1"));
        assertFalse(cloud.requests().get(0).succeeded());
    }

    @Test
    void theStsTokenIsNotTheLongTermKeysSecret() {
        Credentials longTerm = cloud.credentials().resolveCredentials();
        Credentials sts = cloud.stsCredentials().resolveCredentials();

        assertTrue(longTerm.sessionToken().isEmpty());
        assertTrue(sts.sessionToken().isPresent());
        assertFalse(longTerm.id().equals(sts.id()));
    }
}
