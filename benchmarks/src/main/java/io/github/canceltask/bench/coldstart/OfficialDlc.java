package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.official.tencent.TencentDlcCancelTask;

/** Cold start, official: tencentcloud-sdk-java 3.1.1000, with its own OkHttp 3.12 on the class path. */
public final class OfficialDlc {

    private OfficialDlc() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new TencentDlcCancelTask(args[0]).call());
    }
}
