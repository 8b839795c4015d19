package io.github.canceltask.bench;

import io.github.canceltask.bench.official.classic.ClassicDomainCancelTask;
import io.github.canceltask.bench.official.classic.ClassicEcsCancelTask;
import io.github.canceltask.bench.ours.OursDlcCancelTask;
import io.github.canceltask.bench.ours.OursDomainCancelTask;
import io.github.canceltask.bench.ours.OursEcsCancelTask;
import io.github.canceltask.bench.ours.OursElasticsearchCancelTask;
import io.github.canceltask.bench.support.IsolatedSdk;
import io.github.canceltask.bench.support.LoopbackServer;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One full, synchronous CancelTask call (build the request, sign, send over HTTP/1.1 keep-alive to the in-process
 * {@link LoopbackServer} on 127.0.0.1, read and parse the answer, return the request id), ours against the official
 * SDK, for each of the four services. One client per benchmark, shared by all threads, built with the defaults a user
 * gets (only credentials, region and endpoint set). The thread count comes from the subclasses
 * ({@link CallSequentialBenchmark}: 1, {@link CallConcurrentBenchmark}: 8).
 *
 * <p>Throughput in ops/ms, SampleTime in ms/op (BENCHMARKS.md shows ops/s and microseconds).
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class CallBenchmark {

    /** Shared base of the per-service states: the server, and a check that the client reached it. */
    abstract static class Side {
        Callable<String> call;

        static LoopbackServer server() {
            return LoopbackServer.shared();
        }

        void verify(String expectedRequestId) throws Exception {
            String id = call.call();
            if (!expectedRequestId.equals(id)) {
                throw new IllegalStateException(getClass().getSimpleName() + ": request id " + id);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            LoopbackServer server = server();
            // the number of TCP connections tells whether the client kept its connections alive
            System.out.println("loopback server: " + server.requests() + " requests over "
                    + server.connectionsAccepted() + " connections");
            if (call instanceof AutoCloseable) {
                ((AutoCloseable) call).close();
            }
        }
    }

    // ---------------------------------------------------------------- ours

    @State(Scope.Benchmark)
    public static class EcsOurs extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new OursEcsCancelTask(server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class DomainOurs extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new OursDomainCancelTask(server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class EsOurs extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new OursElasticsearchCancelTask(server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class DlcOurs extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new OursDlcCancelTask(server().hostAndPort());
            verify(LoopbackServer.DLC_REQUEST_ID);
        }
    }

    @Benchmark
    public String ecsOurs(EcsOurs s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String domainOurs(DomainOurs s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String esOurs(EsOurs s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String dlcOurs(DlcOurs s) throws Exception {
        return s.call.call();
    }

    // ---------------------------------------------------------------- official

    @State(Scope.Benchmark)
    public static class EcsOfficial extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new ClassicEcsCancelTask(server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class DomainOfficial extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = new ClassicDomainCancelTask(server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class EsOfficial extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = IsolatedSdk.tea().newCallable("io.github.canceltask.bench.official.tea.TeaEsCancelTask",
                    server().hostAndPort());
            verify(LoopbackServer.ALIBABA_REQUEST_ID);
        }
    }

    @State(Scope.Benchmark)
    public static class DlcOfficial extends Side {
        @Setup(Level.Trial)
        public void setup() throws Exception {
            call = IsolatedSdk.tencent().newCallable(
                    "io.github.canceltask.bench.official.tencent.TencentDlcCancelTask", server().hostAndPort());
            verify(LoopbackServer.DLC_REQUEST_ID);
        }
    }

    @Benchmark
    public String ecsOfficial(EcsOfficial s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String domainOfficial(DomainOfficial s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String esOfficial(EsOfficial s) throws Exception {
        return s.call.call();
    }

    @Benchmark
    public String dlcOfficial(DlcOfficial s) throws Exception {
        return s.call.call();
    }
}
