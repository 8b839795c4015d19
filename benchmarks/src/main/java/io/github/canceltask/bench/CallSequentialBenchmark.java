package io.github.canceltask.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link CallBenchmark} with one thread. */
@Threads(1)
public class CallSequentialBenchmark extends CallBenchmark {
}
