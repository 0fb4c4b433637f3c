package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Compressed responses: the transport asks for gzip, as OkHttp does, and inflates what comes
 * back. The API server compresses large lists (over 128 KiB); the scripted server covers
 * what it does not send on demand (an empty gzip-encoded body).
 */
class GzipTest {
    @Test
    void aLargeListComesBackCompressedAndDecodes() throws Exception {
        ApiClient admin = Cluster.admin();
        CoreV1Api core = new CoreV1Api(admin);
        String ns = Cluster.createNamespace(admin);
        try {
            String value = "v".repeat(4096); // 40 ConfigMaps: 160 KiB, over the threshold
            for (int i = 0; i < 40; i++) {
                core.createNamespacedConfigMap(ns, new V1ConfigMap()
                        .metadata(new V1ObjectMeta().name("big-" + i)).putDataItem("k", value))
                        .execute();
            }
            ApiResponse<V1ConfigMapList> response =
                    core.listNamespacedConfigMap(ns).executeWithHttpInfo();
            assertNull(response.getHeaders().get("content-encoding"), "inflated by the transport");
            long big = response.getData().getItems().stream()
                    .filter(c -> c.getMetadata().getName().startsWith("big-"))
                    .peek(c -> assertEquals(value, c.getData().get("k")))
                    .count();
            assertEquals(40, big);
        } finally {
            Cluster.deleteNamespace(admin, ns);
        }
    }

    @Test
    void gzipEncodedBodiesAreInflatedAndAnEmptyOneIsEmpty() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", GzipTest::answer);
        server.start();
        try {
            ApiClient client = new ApiClient()
                    .setBasePath("http://127.0.0.1:" + server.getAddress().getPort());
            CoreV1Api api = new CoreV1Api(client);
            V1ConfigMap cm = api.readNamespacedConfigMap("full", "ns").execute();
            assertEquals("full", cm.getMetadata().getName());
            ApiResponse<V1ConfigMap> empty = api.readNamespacedConfigMap("empty", "ns")
                    .executeWithHttpInfo();
            assertEquals(200, empty.getStatusCode());
            assertNull(empty.getData());
            assertFalse(empty.getHeaders().containsKey("content-encoding"));
        } finally {
            server.stop(0);
        }
    }

    /** gzip-encoded answers, when asked for: a ConfigMap, or an empty body (for "empty"). */
    static void answer(HttpExchange exchange) throws IOException {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        byte[] body = new byte[0];
        if (!exchange.getRequestURI().getPath().endsWith("/empty")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write("{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"full\"}}"
                        .getBytes(StandardCharsets.UTF_8));
            }
            body = bytes.toByteArray();
        }
        if (!"gzip".equals(accept)) {
            exchange.sendResponseHeaders(406, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
