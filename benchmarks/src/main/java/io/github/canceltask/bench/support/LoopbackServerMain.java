package io.github.canceltask.bench.support;

/**
 * Runs {@link LoopbackServer} as its own process (for {@code coldstart.sh}): prints {@code PORT <n>} and serves until
 * standard input closes or the optional time limit (seconds, second argument; default 1800) runs out.
 * Usage: {@code java -cp benchmarks.jar io.github.canceltask.bench.support.LoopbackServerMain [port] [seconds]}.
 */
public final class LoopbackServerMain {

    private LoopbackServerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;
        try (LoopbackServer server = LoopbackServer.start(port)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            Thread stdinWatch = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // drain
                    }
                } catch (java.io.IOException ignored) {
                    // closed
                }
                System.exit(0);
            }, "stdin-watch");
            stdinWatch.setDaemon(true);
            stdinWatch.start();
            Thread.sleep(seconds * 1000);
            System.err.println("loopback: time limit reached after " + server.requests() + " requests");
        }
    }
}
