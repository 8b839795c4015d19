package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.official.classic.ClassicDomainCancelTask;

/** Cold start, official: aliyun-java-sdk-core 4.7.3 + aliyun-java-sdk-domain 3.14.11. */
public final class OfficialDomain {

    private OfficialDomain() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new ClassicDomainCancelTask(args[0]).call());
    }
}
