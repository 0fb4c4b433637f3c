package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.util.PortForward;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Port-forward through the API server and KWOK to a local HTTP server (KWOK's target). */
class PortForwardCluster {
    /** An HTTP server where KWOK forwards every pod port: GET says hello, POST echoes. */
    static HttpServer target() throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Bed.PORT_FORWARD_TARGET), 50);
        server.createContext("/", exchange -> {
            byte[] body = "POST".equals(exchange.getRequestMethod())
                    ? exchange.getRequestBody().readAllBytes()
                    : ("hello from " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    /**
     * One HTTP/1.0 request over a forwarded port; the body of the answer, read by its
     * Content-Length (v4 cannot close one port's channel while the socket carries others).
     */
    static String get(PortForward.PortForwardResult result, int port, String path)
            throws IOException {
        OutputStream out = result.getOutboundStream(port);
        out.write(("GET " + path + " HTTP/1.0\r\nHost: pod\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = result.getInputStream(port);
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the answer ended inside its head: " + head);
            }
            head.append((char) c);
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 200"), head.toString());
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void forwardSeveralPortsOnOneWebSocket() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        HttpServer server = target();
        try (PortForward.PortForwardResult r = new PortForward(client).forward(Bed.NS, pod,
                List.of(8080, 9090))) {
            assertEquals(List.of(8080, 9090), r.getPorts());
            assertEquals("hello from /a", get(r, 8080, "/a"));
            assertEquals("hello from /b", get(r, 9090, "/b"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theErrorChannelFailsTheDataStream() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        // nothing listens where KWOK forwards to: the server reports it on the error channel
        try (PortForward.PortForwardResult r = new PortForward(client).forward(Bed.NS, pod,
                List.of(8080))) {
            InputStream in = r.getInputStream(8080);
            IOException e = assertThrows(IOException.class, in::readAllBytes);
            assertTrue(e.getMessage().contains("8080"), e.getMessage());
            String text = r.getError(8080);
            assertTrue(text != null && text.contains("error forwarding port 8080"), text);
        }
    }

    @Test
    void localListenerAndParallelConnectionsWithLargeBodies() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        HttpServer server = target();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (PortForward.LocalPortForward local = new PortForward(client).listen(Bed.NS, pod,
                8080, 0)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    byte[] body = new byte[256 * 1024 + n];
                    java.util.Arrays.fill(body, (byte) ('a' + n));
                    HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + local.getLocalPort() + "/echo/" + n))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return resp.statusCode() == 200 && java.util.Arrays.equals(body, resp.body());
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            server.stop(0);
        }
    }
}
