package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.util.Exec;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.stream.ChannelConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Faults a real server does not produce, from a scripted server on a local socket. */
class FaultsCluster {
    interface Script {
        void serve(int connection, String requestHead, OutputStream out) throws Exception;
    }

    /** Accepts connections and answers each with the script; records the request lines. */
    static final class Scripted implements AutoCloseable {
        final ServerSocket server;
        final List<String> requests = new ArrayList<>();

        Scripted(Script script) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                for (int n = 0; !server.isClosed(); n++) {
                    try (Socket s = server.accept()) {
                        String head = readHead(s.getInputStream());
                        synchronized (requests) {
                            requests.add(head.split("\r\n")[0]);
                        }
                        script.serve(n, head, s.getOutputStream());
                    } catch (Exception e) {
                        if (server.isClosed()) {
                            return;
                        }
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static int requests(Scripted server) {
        synchronized (server.requests) {
            return server.requests.size();
        }
    }

    static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    static String event(String type, String name, int rv) {
        return "{\"type\":\"" + type + "\",\"object\":{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\""
                + name + "\",\"namespace\":\"ns\",\"resourceVersion\":\"" + rv + "\"}}}\n";
    }

    /** One whole event, half of the next, then the connection drops; then the rest. */
    static Script dropMidEvent() {
        return (n, head, out) -> {
            String first = event("ADDED", "a", 5);
            String second = event("MODIFIED", "a", 6);
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            if (n == 0) {
                out.write(first.getBytes(StandardCharsets.UTF_8));
                out.write(second.substring(0, 30).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(second.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(60_000);
            }
            out.flush();
        };
    }

    @Test
    void aConnectionDroppedMidEventResumesFromTheLastVersion() throws Exception {
        try (Scripted server = new Scripted(dropMidEvent())) {
            ApiClient client = new ApiClient().setBasePath(server.url());
            List<String> seen = new ArrayList<>();
            try (Watch<V1ConfigMap> w = Watch.createWatch(client, new CoreV1Api(client)
                    .listNamespacedConfigMap("ns").resourceVersion("4").watch(true).buildCall(null),
                    V1ConfigMap.class)) {
                for (Watch.Response<V1ConfigMap> e : w) {
                    seen.add(e.type + " " + e.object.getMetadata().getResourceVersion());
                    if (seen.size() == 2) {
                        break;
                    }
                }
            }
            assertEquals(List.of("ADDED 5", "MODIFIED 6"), seen);
            synchronized (server.requests) {
                assertTrue(server.requests.get(1).contains("resourceVersion=5"),
                        server.requests.toString());
            }
        }
    }

    /** A WebSocket upgrade, a whole stdout message "ok", then a frame cut short. */
    static Script truncatedFrame() {
        return (n, head, out) -> {
            String key = null;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept
                    + "\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // a whole stdout message "ok", then a frame announcing 100 bytes that sends 3
            out.write(new byte[] {(byte) 0x82, 3, 1, 'o', 'k'});
            out.write(new byte[] {(byte) 0x82, 100, 1, 'x', 'y'});
            out.flush();
        };
    }

    @Test
    void aTruncatedWebSocketFrameFailsTheStreamsInsteadOfHanging() throws Exception {
        try (Scripted server = new Scripted(truncatedFrame())) {
            ApiClient client = new ApiClient().setBasePath(server.url());
            // the dead connection is found by the keepalive: pings fail, or silence exceeds
            // the idle limit (61 s as client-go; shortened here)
            System.setProperty(ChannelConnection.IDLE_PROPERTY, "8");
            Process p;
            try {
                p = new Exec(client).exec("ns", "pod", new String[] {"true"}, false);
            } finally {
                System.clearProperty(ChannelConnection.IDLE_PROPERTY);
            }
            InputStream stdout = p.getInputStream();
            byte[] two = stdout.readNBytes(2);
            assertEquals("ok", new String(two, StandardCharsets.UTF_8));
            assertThrows(IOException.class, stdout::readAllBytes);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(-1, p.exitValue());
        }
    }

    @Test
    void anAsyncWatchResumesAfterADropMidEvent() throws Exception {
        try (Scripted server = new Scripted(dropMidEvent())) {
            ApiClient client = new ApiClient().setBasePath(server.url());
            Watch<V1ConfigMap> w = Watch.createWatchAsync(client, new CoreV1Api(client)
                    .listNamespacedConfigMap("ns").resourceVersion("4").watch(true).buildCall(null),
                    V1ConfigMap.class).get(30, TimeUnit.SECONDS);
            List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CompletableFuture<Void> done = w.forEachAsync(
                    e -> seen.add(e.type + " " + e.object.getMetadata().getResourceVersion()));
            Bed.waitFor("two events", () -> seen.size() >= 2, 30);
            assertEquals(List.of("ADDED 5", "MODIFIED 6"), seen);
            synchronized (server.requests) {
                assertTrue(server.requests.get(1).contains("resourceVersion=5"),
                        server.requests.toString());
            }
            done.cancel(true);
            assertFalse(w.hasNext());
        }
    }

    @Test
    void aTruncatedFrameEndsAnAsyncExecWithExitValueMinusOne() throws Exception {
        try (Scripted server = new Scripted(truncatedFrame())) {
            ApiClient client = new ApiClient().setBasePath(server.url());
            System.setProperty(ChannelConnection.IDLE_PROPERTY, "8");
            Exec.ExecProcess p;
            try {
                p = new Exec(client).execAsync("ns", "pod", new String[] {"true"}, null, false,
                        false).get(30, TimeUnit.SECONDS);
            } finally {
                System.clearProperty(ChannelConnection.IDLE_PROPERTY);
            }
            assertEquals(-1, (int) p.onExit().thenApply(Process::exitValue).get(30, TimeUnit.SECONDS));
            assertEquals("ok", new String(p.getInputStream().readNBytes(2), StandardCharsets.UTF_8));
            assertThrows(IOException.class, p.getInputStream()::readAllBytes);
        }
    }

    /**
     * A future cancelled while the server is still answering: the stream that arrives is
     * closed (the server sees its connection end), for a log stream and a watch.
     */
    @Test
    void cancellingAnOpeningStreamClosesItWhenItArrives() throws Exception {
        java.util.concurrent.BlockingQueue<String> ends = new java.util.concurrent.LinkedBlockingQueue<>();
        try (Scripted server = new Scripted((n, head, out) -> {
            Thread.sleep(500); // the client cancels meanwhile
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: "
                    + (head.contains("/log") ? "text/plain" : "application/json")
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = (head.contains("/log") ? "a line\n" : event("ADDED", "a", 5))
                    .getBytes(StandardCharsets.UTF_8);
            long until = System.nanoTime() + 20_000_000_000L;
            try {
                // keep streaming until the client closes the connection
                while (System.nanoTime() < until) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                }
                ends.add("still open: " + head.split("\r\n")[0]);
            } catch (IOException closed) {
                ends.add("closed: " + head.split("\r\n")[0]);
            }
        })) {
            ApiClient client = new ApiClient().setBasePath(server.url());
            java.util.concurrent.CompletableFuture<InputStream> log =
                    new dev.kubesmith.kubeclient.util.PodLogs(client).streamNamespacedPodLogAsync(
                            "ns", "pod", "main", null, null, false, false, true);
            Bed.waitFor("the log request", () -> requests(server) == 1, 10);
            assertTrue(log.cancel(true));
            String end = ends.poll(30, TimeUnit.SECONDS);
            assertTrue(end != null && end.startsWith("closed: GET /api/v1/namespaces/ns/pods/pod/log"),
                    String.valueOf(end));

            java.util.concurrent.CompletableFuture<Watch<V1ConfigMap>> watch = Watch.createWatchAsync(
                    client, new CoreV1Api(client).listNamespacedConfigMap("ns").watch(true)
                            .buildCall(null), V1ConfigMap.class);
            Bed.waitFor("the watch request", () -> requests(server) == 2, 10);
            assertTrue(watch.cancel(true));
            end = ends.poll(30, TimeUnit.SECONDS);
            assertTrue(end != null && end.startsWith("closed: GET /api/v1/namespaces/ns/configmaps"),
                    String.valueOf(end));
        }
    }
}
