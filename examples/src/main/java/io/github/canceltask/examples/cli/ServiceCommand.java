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
import java.util.function.Supplier;

/** One service the CLI can cancel a task on: its options and the call. */
interface ServiceCommand {
    /** @return the name on the command line, e.g. {@code ecs} */
    String name();

    /** @return whose credentials chain applies */
    Vendor vendor();

    /** @return the options that must be given, e.g. {@code --task-id} */
    List<String> requiredOptions();

    /** @return the service's options that may be left out */
    List<String> optionalOptions();

    /**
     * @param line the parsed command line, holding every required option
     * @return what is being canceled, for messages, e.g. {@code ECS task t-123}
     */
    String describe(CommandLine line);

    /**
     * Builds the request, so that a bad value is reported before anything starts.
     *
     * @param line the parsed command line, holding every required option
     * @return the call, ready to send
     * @throws IllegalArgumentException when an option's value is invalid, naming the field
     */
    Call prepare(CommandLine line);

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
