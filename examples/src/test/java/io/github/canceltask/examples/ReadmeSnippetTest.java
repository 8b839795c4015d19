package io.github.canceltask.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.canceltask.core.exception.ServiceException;
import io.github.canceltask.ecs.CancelTaskRequest;
import io.github.canceltask.ecs.EcsClient;
import io.github.canceltask.ecs.EcsErrorCodes;
import io.github.canceltask.testkit.LocalCloud;
import io.github.canceltask.testkit.TaskState;
import org.junit.jupiter.api.Test;

/** The README's "Testing your code with LocalCloud" snippet, word for word, so that it keeps working. */
class ReadmeSnippetTest {
    @Test
    void cancelsTheRunningTaskAndRetriesAThrottledCall() {
        try (LocalCloud cloud = LocalCloud.start();
                EcsClient ecs = EcsClient.builder().region("cn-hangzhou")
                        .credentialsProvider(cloud.credentials())   // a key pair LocalCloud accepts
                        .endpointOverride(cloud.endpoint())         // http://127.0.0.1:<port>
                        .build()) {
            cloud.ecs().addTask("t-1", TaskState.RUNNING);
            cloud.throttleNext(1);                                  // the first try is throttled, the retry succeeds

            ecs.cancelTask(CancelTaskRequest.builder().taskId("t-1").build());

            assertEquals(TaskState.CANCELED, cloud.ecs().state("t-1"));
            assertEquals(2, cloud.requests().size());
            ServiceException e = assertThrows(ServiceException.class,
                    () -> ecs.cancelTask(CancelTaskRequest.builder().taskId("t-1").build()));
            assertEquals(EcsErrorCodes.INVALID_TASK_ID_INCORRECT_TASK_STATUS, e.errorCode());
        }
    }
}
