package io.github.canceltask.examples.cli;

import io.github.canceltask.examples.CancelAnswer;
import io.github.canceltask.examples.CloudTarget;
import io.github.canceltask.examples.CloudTarget.Vendor;
import io.github.canceltask.testkit.LocalCloud;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One service the CLI can cancel a task on (the four are in {@link Services}).
 *
 * @param name the name on the command line, e.g. {@code ecs}
 * @param vendor whose credentials chain applies
 * @param requiredOptions the options that must be given, e.g. {@code --task-id}
 * @param optionalOptions the service's options that may be left out
 * @param describe what is being canceled, for messages, e.g. {@code ECS task t-123}, from a command line holding
 *     every required option
 * @param prepare builds the request from a command line holding every required option, so that a bad value is
 *     reported before anything starts; throws IllegalArgumentException naming the field
 */
record ServiceCommand(String name, Vendor vendor, List<String> requiredOptions, List<String> optionalOptions,
        Function<CommandLine, String> describe, Function<CommandLine, Call> prepare) {

    /**
     * A request ready to send.
     *
     * @param seed adds the request's task to an embedded LocalCloud as running
     * @param send builds the client for the target, sends (asynchronously when told) and tells what came back;
     *     throws IllegalArgumentException when the region or the endpoint is invalid
     */
    record Call(Consumer<LocalCloud> seed, BiFunction<CloudTarget, Boolean, CancelAnswer> send) {
    }

    /**
     * @return the answer of {@code sync} or, when {@code async}, of {@code asynchronous} waited for, with the
     *     exception it failed with unwrapped so that both ways report alike
     */
    static <R> R send(boolean async, Supplier<R> sync, Supplier<CompletableFuture<R>> asynchronous) {
        if (!async) {
            return sync.get();
        }
        try {
            return asynchronous.get().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
