package io.github.canceltask.bench.coldstart;

import io.github.canceltask.bench.official.tea.TeaEsCancelTask;

/** Cold start, official: elasticsearch20170613 1.1.5 (tea), with its own OkHttp 3.12 on the class path. */
public final class OfficialElasticsearch {

    private OfficialElasticsearch() {
    }

    public static void main(String[] args) throws Exception {
        ColdStart.done(new TeaEsCancelTask(args[0]).call());
    }
}
