package io.github.canceltask.bench.coldstart;

/**
 * The cold-start programs: each builds one client (ours or the official SDK's) in a fresh JVM, makes one CancelTask
 * call to the loopback server given as {@code 127.0.0.1:port}, prints the request id and halts at once (no shutdown
 * hooks, no client close: the clock stops at the first completed call). {@code benchmarks/coldstart.sh} runs them with
 * nothing but that SDK's own runtime class path and times each process from launch to exit.
 */
public final class ColdStart {

    private ColdStart() {
    }

    static void done(String requestId) {
        System.out.println(requestId);
        System.out.flush();
        Runtime.getRuntime().halt(requestId == null || requestId.isEmpty() ? 1 : 0);
    }
}
