package io.github.canceltask.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link CallBenchmark} with eight threads sharing one client per SDK. */
@Threads(8)
public class CallConcurrentBenchmark extends CallBenchmark {
}
