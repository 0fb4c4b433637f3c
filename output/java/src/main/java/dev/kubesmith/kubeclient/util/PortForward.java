package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.util.stream.ChannelConnection;
import dev.kubesmith.kubeclient.util.stream.Futures;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Port-forward over a WebSocket ({@code v4.channel.k8s.io}), client-java's
 * {@code PortForward}: the i-th port's data is channel 2i, its errors channel 2i+1, and
 * each channel's first message names the port. One WebSocket carries one TCP connection per
 * port; {@link #listen} opens a new one for every local connection.
 */
public class PortForward {
    private final ApiClient client;

    public PortForward() {
        this(Configuration.getDefaultApiClient());
    }

    public PortForward(ApiClient client) {
        this.client = client;
    }

    public PortForwardResult forward(V1Pod pod, List<Integer> ports)
            throws ApiException, IOException {
        return forward(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), ports);
    }

    /** Connects to each of the pod's {@code ports} (one connection per port). */
    public PortForwardResult forward(String namespace, String name, List<Integer> ports)
            throws ApiException, IOException {
        Channels channels = new Channels(ports);
        ChannelConnection connection = WebSockets.open(client,
                Exec.podPath(client, namespace, name, "portforward"), channels.query,
                List.of(WebSockets.V4_PROTOCOL), channels.hello, channels.errorOf);
        return new PortForwardResult(connection, ports);
    }

    /**
     * {@link #forward(String, String, List)} without blocking: completes (on the client's
     * callback executor) once the server accepted the WebSocket, or fails with the
     * ApiException {@code forward} would throw; cancelled before that, the connection is
     * closed when it opens. Bad ports throw at once, as in {@code forward}.
     */
    public CompletableFuture<PortForwardResult> forwardAsync(String namespace, String name,
            List<Integer> ports) {
        Channels channels = new Channels(ports);
        List<Integer> copy = List.copyOf(ports);
        return Futures.relay(WebSockets.openAsync(client, Exec.podPath(client, namespace, name,
                "portforward"), channels.query, List.of(WebSockets.V4_PROTOCOL), channels.hello,
                channels.errorOf), client.getCallbackExecutor(),
                c -> new PortForwardResult(c, copy), ChannelConnection::close);
    }

    /** The query and channel layout of a port list: port i is data 2i and error 2i+1. */
    private static final class Channels {
        final List<Pair> query = new ArrayList<>();
        final Map<Integer, Integer> hello = new HashMap<>();
        final Map<Integer, Integer> errorOf = new HashMap<>();

        Channels(List<Integer> ports) {
            if (ports.isEmpty() || ports.size() > 127) {
                throw new IllegalArgumentException("between 1 and 127 ports, not " + ports.size());
            }
            for (int i = 0; i < ports.size(); i++) {
                int port = ports.get(i);
                if (port <= 0 || port > 65535) {
                    throw new IllegalArgumentException("not a port: " + port);
                }
                query.add(new Pair("ports", String.valueOf(port)));
                hello.put(2 * i, port);
                hello.put(2 * i + 1, port);
                errorOf.put(2 * i + 1, 2 * i);
            }
        }
    }

    /**
     * Listens on {@code localPort} of the loopback address (0: any free port) and forwards
     * every accepted connection to the pod's {@code remotePort} over its own WebSocket.
     */
    public LocalPortForward listen(String namespace, String name, int remotePort, int localPort)
            throws IOException {
        ServerSocket server = new ServerSocket(localPort, 50, InetAddress.getLoopbackAddress());
        LocalPortForward local = new LocalPortForward(server);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    return; // closed
                }
                Thread conn = new Thread(() -> serve(namespace, name, remotePort, socket),
                        "kubeclient-port-forward-" + remotePort);
                conn.setDaemon(true);
                conn.start();
            }
        }, "kubeclient-port-forward-listener-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return local;
    }

    private void serve(String namespace, String name, int remotePort, Socket socket) {
        PortForwardResult result = null;
        try (Socket s = socket) {
            PortForwardResult forwarded = forward(namespace, name, List.of(remotePort));
            result = forwarded;
            Thread up = new Thread(() -> {
                try {
                    s.getInputStream().transferTo(forwarded.getOutboundStream(remotePort));
                } catch (IOException e) {
                    // the other direction ends the connection
                }
                forwarded.close(); // v4 has no half-close: the local end closing ends it all
            }, "kubeclient-port-forward-up");
            up.setDaemon(true);
            up.start();
            try {
                forwarded.getInputStream(remotePort).transferTo(s.getOutputStream());
            } catch (IOException e) {
                // reported on the error channel; the local connection is closed below
            }
        } catch (ApiException | IOException e) {
            System.getLogger("dev.kubesmith.kubeclient").log(System.Logger.Level.WARNING,
                    "port-forward to " + namespace + "/" + name + ":" + remotePort + " failed: "
                            + e.getMessage());
        } finally {
            if (result != null) {
                result.close();
            }
        }
    }

    /** The streams of each forwarded port. */
    public static class PortForwardResult implements Closeable {
        private final ChannelConnection connection;
        private final List<Integer> ports;

        PortForwardResult(ChannelConnection connection, List<Integer> ports) {
            this.connection = connection;
            this.ports = List.copyOf(ports);
        }

        private int index(int port) {
            int i = ports.indexOf(port);
            if (i < 0) {
                throw new IllegalArgumentException("port " + port + " is not forwarded here");
            }
            return i;
        }

        public List<Integer> getPorts() {
            return ports;
        }

        /** What the pod sends on this port. */
        public InputStream getInputStream(int port) {
            return connection.input(2 * index(port));
        }

        /** What is sent to the pod on this port. */
        public OutputStream getOutboundStream(int port) {
            return connection.output(2 * index(port));
        }

        /**
         * What the server said on this port's error channel (e.g. nothing listens in the
         * pod), or null. Reads of {@link #getInputStream} fail with it after the data.
         */
        public String getError(int port) {
            return connection.errorText(2 * index(port) + 1);
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /** A local listener forwarding to the pod; close it to stop accepting. */
    public static class LocalPortForward implements Closeable {
        private final ServerSocket server;

        LocalPortForward(ServerSocket server) {
            this.server = server;
        }

        public int getLocalPort() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
