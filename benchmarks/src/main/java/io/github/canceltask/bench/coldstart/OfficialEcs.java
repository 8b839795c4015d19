package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.official.classic.ClassicEcsCancelTask;

/** Cold start, official: aliyun-java-sdk-core 4.7.3 + aliyun-java-sdk-ecs 5.11.7. */
public final class OfficialEcs {

    private OfficialEcs() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new ClassicEcsCancelTask(args[0]).call());
    }
}
