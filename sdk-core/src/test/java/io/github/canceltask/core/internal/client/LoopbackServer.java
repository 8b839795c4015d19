package io.github.canceltask.core.internal.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/**
 * A MockWebServer that keeps every socket it accepted, so a test can tell how many connections a client still
 * holds open without reaching into the client; with Nagle off, since MockWebServer writes an answer's head and
 * body separately and the body would otherwise wait for a delayed ACK (about 40 ms).
 */
final class LoopbackServer {
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    final MockWebServer server = new MockWebServer();

    LoopbackServer() {
        server.setServerSocketFactory(new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return new ServerSocket() {
                    @Override
                    public Socket accept() throws IOException {
                        Socket socket = super.accept();
                        socket.setTcpNoDelay(true);
                        accepted.add(socket);
                        return socket;
                    }
                };
            }

            @Override
            public ServerSocket createServerSocket(int port) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    int acceptedConnections() {
        return accepted.size();
    }

    /** @return connections the server has not closed; it closes its side once the client closes its own */
    long openConnections() {
        return accepted.stream().filter(s -> !s.isClosed()).count();
    }
}
