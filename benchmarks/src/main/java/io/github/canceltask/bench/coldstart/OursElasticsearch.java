package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.ours.OursElasticsearchCancelTask;

/** Cold start, ours: {@code java -cp <classes>:<sdk-elasticsearch runtime class path> ... 127.0.0.1:port}. */
public final class OursElasticsearch {

    private OursElasticsearch() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new OursElasticsearchCancelTask(args[0]).call());
    }
}
