package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.transport.JdkTransport;
import dev.kubesmith.kubeclient.openapi.transport.Transport;
import dev.kubesmith.kubeclient.openapi.transport.TransportRequest;
import dev.kubesmith.kubeclient.openapi.transport.TransportResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * A connection that was never established is retried for every verb (the server saw nothing
 * of the request); a server certificate the client rejects is not retried. The refused
 * connection needs a port that starts listening while the client waits, which the testbed
 * cannot be made to do on cue; the rejected certificate is the testbed's own.
 */
class ConnectRetriesTest {
    /** Counts the exchanges a client starts. */
    static final class Counting implements Transport {
        final Transport inner;
        final AtomicInteger sends = new AtomicInteger();

        Counting(Transport inner) {
            this.inner = inner;
        }

        @Override
        public TransportResponse send(TransportRequest request, Cancellation cancel)
                throws IOException, InterruptedException {
            sends.incrementAndGet();
            return inner.send(request, cancel);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aPostToAServerNotYetListeningIsSentOnceItListens() throws Exception {
        int port = freePort();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create();
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = RetriesTest.CM.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(1500); // the client's first attempts are refused meanwhile
                server.bind(new InetSocketAddress("127.0.0.1", port), 0);
                server.start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        opener.start();
        Counting counting = new Counting(new JdkTransport(null, null, null, null, HttpClient.Version.HTTP_1_1));
        ApiClient client = new ApiClient().setBasePath("http://127.0.0.1:" + port).setTransport(counting);
        try {
            V1ConfigMap created = new CoreV1Api(client)
                    .createNamespacedConfigMap("ns", new V1ConfigMap().metadata(new V1ObjectMeta().name("x")))
                    .execute();
            assertEquals("x", created.getMetadata().getName());
            assertEquals(1, seen.size(), "the server got the POST once: " + seen);
            assertTrue(counting.sends.get() >= 2, "refused at first, then retried: " + counting.sends);
        } finally {
            opener.join();
            server.stop(0);
        }
    }

    @Test
    void aRejectedServerCertificateIsNotRetried() throws Exception {
        String basePath = Cluster.admin().getBasePath();
        // the JDK's default trust store does not hold the testbed's CA
        Counting counting = new Counting(new JdkTransport(SSLContext.getDefault(), null, null, null,
                HttpClient.Version.HTTP_1_1));
        ApiClient client = new ApiClient().setBasePath(basePath).setTransport(counting);
        ApiException e = assertThrows(ApiException.class,
                () -> new CoreV1Api(client).createNamespacedConfigMap("default",
                        new V1ConfigMap().metadata(new V1ObjectMeta().name("never"))).execute());
        assertInstanceOf(SSLHandshakeException.class, e.getCause(), String.valueOf(e.getCause()));
        assertEquals(1, counting.sends.get(), "a certificate rejected once is rejected again");

        ApiException get = assertThrows(ApiException.class,
                () -> new CoreV1Api(client).listNamespacedConfigMap("default").execute());
        assertInstanceOf(SSLHandshakeException.class, get.getCause());
        assertEquals(2, counting.sends.get(), "not retried for a GET either");
    }
}
