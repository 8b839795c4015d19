package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.ours.OursDomainCancelTask;

/** Cold start, ours: {@code java -cp <classes>:<sdk-domain runtime class path> ... 127.0.0.1:port}. */
public final class OursDomain {

    private OursDomain() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new OursDomainCancelTask(args[0]).call());
    }
}
