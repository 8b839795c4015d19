package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.ours.OursDlcCancelTask;

/** Cold start, ours: {@code java -cp <classes>:<sdk-dlc runtime class path> ... 127.0.0.1:port}. */
public final class OursDlc {

    private OursDlc() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new OursDlcCancelTask(args[0]).call());
    }
}
