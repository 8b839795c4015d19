package io.github.canceltask.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.canceltask.core.exception.SdkClientException;
import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Injected faults, observed through our SDK clients' retries and in {@link LocalCloud#requests()}. */
class LocalCloudFaultsTest {
    private final LocalCloud cloud = LocalCloud.start();

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static List<String> codes(List<RecordedCall> calls) {
        return calls.stream().map(c -> c.answered() ? String.valueOf(c.errorCode()) : "no answer").toList();
    }

    @ParameterizedTest
    @CsvSource({"ECS, 400, Throttling", "DOMAIN, 400, Throttling", "ELASTICSEARCH, 400, Throttling",
            "DLC, 200, RequestLimitExceeded"})
    void aThrottledCallIsRetried(Product product, int status, String code) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        cloud.throttleNext(1);

        product.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(List.of(code, "null"), codes(cloud.requests()));
        assertEquals(status, cloud.requests().get(0).httpStatus());
        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
    }

    @Test
    void throttlingBeyondTheRetryBudgetReachesTheCaller() {
        cloud.ecs().addTask("task-1", TaskState.RUNNING);
        cloud.throttleNext(5);

        ServiceException e = assertThrows(ServiceException.class,
                () -> Product.ECS.cancel(cloud, "task-1", Product.Setup.defaults()));

        assertEquals("Throttling", e.errorCode());
        assertEquals(3, e.attempts());
        assertEquals(3, cloud.requests().size());
        assertEquals(TaskState.RUNNING, cloud.ecs().state("task-1"));
        cloud.clearFaults();
        Product.ECS.cancel(cloud, "task-1", Product.Setup.defaults());
        assertEquals(4, cloud.requests().size());
    }

    @ParameterizedTest
    @CsvSource({"ECS, 500, InternalError", "ECS, 503, ServiceUnavailable", "DOMAIN, 502, ServiceUnavailable",
            "ELASTICSEARCH, 503, ServiceUnavailable", "DLC, 500, InternalError", "DLC, 503, InternalError"})
    void aServerFailureIsRetried(Product product, int status, String code) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        cloud.failNext(1, status);

        product.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(List.of(code, "null"), codes(cloud.requests()));
        assertEquals(status, cloud.requests().get(0).httpStatus());
        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
    }

    @Test
    void aRetryAfterAnswerIsRetried() {
        cloud.dlc().addTask("task-1", TaskState.RUNNING);
        cloud.failNextWithRetryAfter(1, 0);

        Product.DLC.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(List.of("InternalError", "null"), codes(cloud.requests()));
        assertEquals(503, cloud.requests().get(0).httpStatus());
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void aDroppedConnectionIsRetried(Product product) {
        product.tasks(cloud).addTask("task-1", TaskState.RUNNING);
        cloud.dropNext(1);

        product.cancel(cloud, "task-1", Product.Setup.defaults());

        List<RecordedCall> calls = cloud.requests();
        assertEquals(List.of("no answer", "null"), codes(calls));
        assertFalse(calls.get(0).answered());
        assertEquals(0, calls.get(0).httpStatus());
        assertNull(calls.get(0).requestId());
        assertEquals(TaskState.CANCELED, product.tasks(cloud).state("task-1"));
    }

    @Test
    void aLostElasticsearchAnswerIsRetriedWithTheSameClientTokenAndGetsTheSameResult() {
        cloud.elasticsearch().addTask("es-cn-1", TaskState.RUNNING);
        cloud.loseAnswerNext(1);

        Product.Outcome outcome = Product.ELASTICSEARCH.cancel(cloud, "es-cn-1", Product.Setup.defaults());

        assertEquals(Boolean.TRUE, outcome.result());
        List<RecordedCall> calls = cloud.requests();
        assertEquals(2, calls.size());
        assertFalse(calls.get(0).answered());
        assertEquals(200, calls.get(0).httpStatus());
        assertEquals(calls.get(0).query().get("clientToken"), calls.get(1).query().get("clientToken"));
        assertEquals(TaskState.CANCELED, cloud.elasticsearch().state("es-cn-1"));
    }

    @Test
    void aLostEcsAnswerMakesTheRetrySeeTheTaskAlreadyCanceled() {
        cloud.ecs().addTask("task-1", TaskState.RUNNING);
        cloud.loseAnswerNext(1);

        ServiceException e = assertThrows(ServiceException.class,
                () -> Product.ECS.cancel(cloud, "task-1", Product.Setup.defaults()));

        assertEquals("InvalidTaskId.IncorrectTaskStatus", e.errorCode());
        assertEquals(2, e.attempts());
        assertTrue(e.earlierAttemptMayHaveSucceeded());
        assertEquals(TaskState.CANCELED, cloud.ecs().state("task-1"));
    }

    @Test
    void aDelayedAnswerStillArrives() {
        cloud.domain().addTask("task-1", TaskState.RUNNING);
        cloud.delayNext(1, Duration.ofMillis(100));

        Product.DOMAIN.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(1, cloud.requests().size());
        assertEquals(TaskState.CANCELED, cloud.domain().state("task-1"));
    }

    @Test
    void aDelayBeyondTheCallTimeoutTimesOutAfterTheCancelTookEffect() {
        cloud.dlc().addTask("task-1", TaskState.RUNNING);
        cloud.delayNext(1, Duration.ofSeconds(2));

        assertThrows(SdkClientException.class, () -> Product.DLC.cancel(cloud, "task-1",
                Product.Setup.defaults().retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofMillis(300))));

        assertEquals(TaskState.CANCELED, cloud.dlc().state("task-1"));
    }

    @Test
    void faultsApplyInTheOrderTheyWereQueued() {
        cloud.ecs().addTask("task-1", TaskState.RUNNING);
        cloud.throttleNext(1).failNext(1, 500);

        Product.ECS.cancel(cloud, "task-1", Product.Setup.defaults());

        assertEquals(List.of("Throttling", "InternalError", "null"), codes(cloud.requests()));
    }

    @Test
    void dlcRateLimitRefusesCallsBeyondItsRate() {
        try (LocalCloud limited = LocalCloud.builder().dlcRateLimit(1).start()) {
            limited.dlc().addTask("task-1", TaskState.RUNNING).addTask("task-2", TaskState.RUNNING);
            Product.Setup noRetries = Product.Setup.defaults().retryPolicy(RetryPolicy.none());

            Product.DLC.cancel(limited, "task-1", noRetries);
            ServiceException e = assertThrows(ServiceException.class,
                    () -> Product.DLC.cancel(limited, "task-2", noRetries));

            assertEquals("RequestLimitExceeded", e.errorCode());
            assertEquals(TaskState.RUNNING, limited.dlc().state("task-2"));
        }
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> cloud.throttleNext(-1));
        assertThrows(IllegalArgumentException.class, () -> cloud.failNext(1, 404));
        assertThrows(IllegalArgumentException.class, () -> cloud.failNextWithRetryAfter(1, -1));
        assertThrows(IllegalArgumentException.class, () -> cloud.delayNext(1, Duration.ofMillis(-1)));
        assertEquals("[]", Arrays.toString(cloud.requests().toArray()));
    }
}
