package io.github.canceltask.testkit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks one emulated API knows, by id (for Elasticsearch, by instance id: its CancelTask cancels the instance's
 * data migration). Thread-safe: the test thread sets and reads states while the emulator's threads cancel.
 */
public final class ServiceState {
    /** What a cancel did. */
    enum CancelOutcome {
        CANCELED, NOT_FOUND, NOT_RUNNING
    }

    private final String name;
    private final ConcurrentHashMap<String, TaskState> tasks = new ConcurrentHashMap<>();

    ServiceState(String name) {
        this.name = name;
    }

    /**
     * Adds a task, or sets the state of a known one.
     *
     * @param id the task id (Elasticsearch: the instance id) exactly as clients send it
     * @param state its state
     * @return this, to add more
     */
    public ServiceState addTask(String id, TaskState state) {
        tasks.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(state, "state"));
        return this;
    }

    /**
     * @param id a task id
     * @return the task's current state, or null when no task has this id
     */
    public TaskState state(String id) {
        return id == null ? null : tasks.get(id);
    }

    /** @return a snapshot of every task and its state, sorted by id */
    public Map<String, TaskState> tasks() {
        return Collections.unmodifiableMap(new TreeMap<>(tasks));
    }

    /** Cancels a running task atomically, so two concurrent cancels never both succeed. */
    CancelOutcome cancel(String id) {
        CancelOutcome[] outcome = {CancelOutcome.NOT_FOUND};
        tasks.computeIfPresent(id, (key, state) -> {
            outcome[0] = state == TaskState.RUNNING ? CancelOutcome.CANCELED : CancelOutcome.NOT_RUNNING;
            return state == TaskState.RUNNING ? TaskState.CANCELED : state;
        });
        return outcome[0];
    }

    @Override
    public String toString() {
        return name + new TreeMap<>(tasks);
    }
}
