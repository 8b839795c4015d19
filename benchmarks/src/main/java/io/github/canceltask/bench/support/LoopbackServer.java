package io.github.canceltask.bench.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with the documented success body of the API it is
 * addressed to. It checks nothing (no signature, no parameters): it stands for a server with zero cost, so the client
 * side is what is measured.
 *
 * <ul>
 *   <li>path {@code /openapi/...} (Alibaba ROA, Elasticsearch): {@code {"RequestId":"...","Result":true}}</li>
 *   <li>a request with an {@code X-TC-Action} header (Tencent TC3, DLC): {@code {"Response":{"RequestId":"..."}}}</li>
 *   <li>anything else (Alibaba RPC, ECS and Domain): {@code {"RequestId":"..."}}</li>
 * </ul>
 *
 * <p>One blocking thread per connection, keep-alive, pipelining tolerated, {@code Content-Length} and chunked request
 * bodies read and discarded, {@code Expect: 100-continue} honoured. In steady state it allocates nothing per request
 * (the buffers are per connection and the answers are precomputed bytes), so it adds the same, near-zero, cost to both
 * sides of every comparison and does not pollute {@code gc.alloc.rate.norm}.
 */
public final class LoopbackServer implements Closeable {

    public static final String ALIBABA_REQUEST_ID = "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E";
    public static final String DLC_REQUEST_ID = "48d09166-9ddc-4734-8cea-0cdf69c7d685";

    private static final byte[] RPC_RESPONSE = response(
            "{\"RequestId\":\"" + ALIBABA_REQUEST_ID + "\"}", "x-acs-request-id: " + ALIBABA_REQUEST_ID + "\r\n");
    private static final byte[] ROA_RESPONSE = response(
            "{\"RequestId\":\"" + ALIBABA_REQUEST_ID + "\",\"Result\":true}",
            "x-acs-request-id: " + ALIBABA_REQUEST_ID + "\r\n");
    private static final byte[] TC3_RESPONSE = response(
            "{\"Response\":{\"RequestId\":\"" + DLC_REQUEST_ID + "\"}}", "");
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOO_LARGE =
            "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private static LoopbackServer shared;

    private final ServerSocket serverSocket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final LongAdder requests = new LongAdder();
    private volatile boolean closed;

    private static byte[] response(String body, String extraHeaders) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/json;charset=utf-8\r\n"
                + extraHeaders
                + "Content-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    private LoopbackServer(int port) throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        Thread acceptor = new Thread(this::acceptLoop, "loopback-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server on an ephemeral port of 127.0.0.1. */
    public static LoopbackServer start() throws IOException {
        return new LoopbackServer(0);
    }

    /** Starts a server on the given port of 127.0.0.1 (0: ephemeral). */
    public static LoopbackServer start(int port) throws IOException {
        return new LoopbackServer(port);
    }

    /** The one server of this JVM, started on first use; its threads are daemons and die with the JVM. */
    public static synchronized LoopbackServer shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the loopback server", e);
            }
        }
        return shared;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** {@code 127.0.0.1:port}, what the official SDKs take as an endpoint. */
    public String hostAndPort() {
        return "127.0.0.1:" + port();
    }

    /** {@code http://127.0.0.1:port}, what our clients take as {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://" + hostAndPort());
    }

    public long requests() {
        return requests.sum();
    }

    public int connectionsAccepted() {
        return connectionCount.get();
    }

    /** Bytes allocated so far by this server's threads (HotSpot only; -1 when unknown). */
    public long allocatedBytes() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!(mx instanceof com.sun.management.ThreadMXBean)) {
            return -1;
        }
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        long sum = 0;
        for (Thread t : workers) {
            long b = hs.getThreadAllocatedBytes(t.getId());
            if (b > 0) {
                sum += b;
            }
        }
        return sum;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = serverSocket.accept();
                s.setTcpNoDelay(true);
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "loopback-conn-" + connectionCount.incrementAndGet());
                t.setDaemon(true);
                workers.add(t);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("loopback: accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket s) {
        byte[] buf = new byte[16 * 1024];
        int len = 0;
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            while (!closed) {
                // 1. the header block
                int headerEnd;
                while ((headerEnd = indexOfHeaderEnd(buf, len)) < 0) {
                    if (len == buf.length) {
                        out.write(TOO_LARGE);
                        return;
                    }
                    int n = in.read(buf, len, buf.length - len);
                    if (n < 0) {
                        return;
                    }
                    len += n;
                }
                // 2. request line and the few headers that matter
                int lineEnd = indexOf(buf, 0, headerEnd, (byte) '\r');
                int sp1 = indexOf(buf, 0, lineEnd, (byte) ' ');
                boolean roa = startsWith(buf, sp1 + 1, lineEnd, "/openapi/");
                boolean tc3 = false;
                boolean chunked = false;
                boolean close = false;
                boolean expectContinue = false;
                long contentLength = 0;
                int p = lineEnd + 2;
                while (p < headerEnd) {
                    int eol = indexOf(buf, p, headerEnd + 2, (byte) '\r');
                    int colon = indexOf(buf, p, eol, (byte) ':');
                    if (colon > 0) {
                        int vs = colon + 1;
                        while (vs < eol && (buf[vs] == ' ' || buf[vs] == '\t')) {
                            vs++;
                        }
                        if (nameIs(buf, p, colon, "content-length")) {
                            contentLength = parseLong(buf, vs, eol);
                        } else if (nameIs(buf, p, colon, "transfer-encoding")) {
                            chunked = containsIgnoreCase(buf, vs, eol, "chunked");
                        } else if (nameIs(buf, p, colon, "x-tc-action")) {
                            tc3 = true;
                        } else if (nameIs(buf, p, colon, "connection")) {
                            close = containsIgnoreCase(buf, vs, eol, "close");
                        } else if (nameIs(buf, p, colon, "expect")) {
                            expectContinue = containsIgnoreCase(buf, vs, eol, "100-continue");
                        }
                    }
                    p = eol + 2;
                }
                int consumed = headerEnd + 4;
                if (expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                // 3. the body, read and dropped
                if (chunked) {
                    // compact, then read chunk by chunk
                    len = compact(buf, consumed, len);
                    consumed = 0;
                    while (true) {
                        int eol;
                        while ((eol = indexOfCrlf(buf, consumed, len)) < 0) {
                            len = compact(buf, consumed, len);
                            consumed = 0;
                            int n = in.read(buf, len, buf.length - len);
                            if (n < 0) {
                                return;
                            }
                            len += n;
                        }
                        long size = parseHex(buf, consumed, eol);
                        consumed = eol + 2;
                        long skip = size + 2; // data + CRLF (for size 0: the final CRLF, no trailers expected)
                        while (skip > 0) {
                            if (consumed < len) {
                                int take = (int) Math.min(skip, len - consumed);
                                consumed += take;
                                skip -= take;
                            } else {
                                consumed = 0;
                                len = 0;
                                int n = in.read(buf, 0, buf.length);
                                if (n < 0) {
                                    return;
                                }
                                len = n;
                            }
                        }
                        if (size == 0) {
                            break;
                        }
                    }
                } else {
                    long skip = contentLength;
                    while (skip > 0) {
                        if (consumed < len) {
                            int take = (int) Math.min(skip, len - consumed);
                            consumed += take;
                            skip -= take;
                        } else {
                            consumed = 0;
                            len = 0;
                            int n = in.read(buf, 0, buf.length);
                            if (n < 0) {
                                return;
                            }
                            len = n;
                        }
                    }
                }
                len = compact(buf, consumed, len);
                // 4. the answer
                out.write(roa ? ROA_RESPONSE : tc3 ? TC3_RESPONSE : RPC_RESPONSE);
                out.flush();
                requests.increment();
                if (close) {
                    return;
                }
            }
        } catch (SocketException e) {
            // peer closed or server closing
        } catch (IOException e) {
            if (!closed) {
                System.err.println("loopback: connection failed: " + e);
            }
        } finally {
            connections.remove(s);
        }
    }

    private static int compact(byte[] buf, int from, int len) {
        if (from == 0) {
            return len;
        }
        int rest = len - from;
        if (rest > 0) {
            System.arraycopy(buf, from, buf, 0, rest);
        }
        return Math.max(rest, 0);
    }

    private static int indexOfHeaderEnd(byte[] b, int len) {
        for (int i = 0; i + 3 < len; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfCrlf(byte[] b, int from, int len) {
        for (int i = from; i + 1 < len; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return to;
    }

    private static boolean startsWith(byte[] b, int from, int to, String s) {
        if (to - from < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameIs(byte[] b, int from, int to, String lower) {
        if (to - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(byte[] b, int from, int to, String lower) {
        outer:
        for (int i = from; i + lower.length() <= to; i++) {
            for (int j = 0; j < lower.length(); j++) {
                int c = b[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (c != lower.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long parseLong(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    private static long parseHex(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                break; // chunk extensions
            }
            v = v * 16 + d;
        }
        return v;
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket s : connections) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
