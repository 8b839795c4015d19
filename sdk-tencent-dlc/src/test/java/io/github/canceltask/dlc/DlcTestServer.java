package io.github.canceltask.dlc;

import io.github.canceltask.core.auth.StaticCredentialsProvider;
import io.github.canceltask.core.retry.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared pieces of the DLC client tests: the example keys, answer bodies and a client aimed at a loopback server. */
final class DlcTestServer {
    static final String SECRET_ID = "AKIDEXAMPLEdlcCancelTask0000000000000";
    static final String SECRET_KEY = "EXAMPLEdlcSecretKey0123456789abcdef";
    static final String TASK_ID = "2f1e8b7c-3d4a-4e5f-9a6b-7c8d9e0f1a2b";
    static final CancelTaskRequest REQUEST = CancelTaskRequest.builder().taskId(TASK_ID).build();
    /** Retries as the default policy does, with waits short enough for a test. */
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

    private DlcTestServer() {
    }

    static MockWebServer start() {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        try {
            server.start();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return server;
    }

    /**
     * MockWebServer writes an answer's head and body separately; with Nagle's algorithm on, the body then waits for
     * the client's delayed ACK (about 40 ms a call on Linux loopback), which would dominate every timing here.
     */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException();
        }
    }

    static URI endpoint(MockWebServer server) {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** @return a builder for {@code ap-guangzhou} with the example keys, aimed at the server, fast retries */
    static DlcClient.Builder client(MockWebServer server) {
        return DlcClient.builder()
                .region("ap-guangzhou")
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .endpointOverride(endpoint(server))
                .retryPolicy(FAST_RETRIES)
                .callTimeout(Duration.ofSeconds(10));
    }

    static MockResponse success(String requestId) {
        return json("{\"Response\":{\"RequestId\":\"" + requestId + "\"}}");
    }

    static MockResponse error(String code, String message, String requestId) {
        return json("{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message
                + "\"},\"RequestId\":\"" + requestId + "\"}}");
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
