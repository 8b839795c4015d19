package io.github.canceltask.testkit;

/** The state of a task held by {@link LocalCloud}. Only a {@link #RUNNING} task can be canceled. */
public enum TaskState {
    /** Still running: a cancel succeeds and moves it to {@link #CANCELED}. */
    RUNNING,
    /** Ended on its own: a cancel is refused with the service's "already finished" answer. */
    FINISHED,
    /** Canceled: a further cancel is refused like a finished task's. */
    CANCELED
}
