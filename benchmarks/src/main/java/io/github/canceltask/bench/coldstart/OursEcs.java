package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.ours.OursEcsCancelTask;

/** Cold start, ours: {@code java -cp <classes>:<sdk-ecs runtime class path> ... 127.0.0.1:port}. */
public final class OursEcs {

    private OursEcs() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new OursEcsCancelTask(args[0]).call());
    }
}
