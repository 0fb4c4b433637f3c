package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries against a scripted server: the faults a real API server cannot be made to produce
 * on demand (429 and 503 with Retry-After, a connection dropped before the response).
 */
class RetriesTest {
    static final String LIST = "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}";
    static final String CM = "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}";

    /** One scripted answer: a status with headers and body, or null to drop the connection. */
    record Answer(int status, String retryAfter, String body) {}

    HttpServer server;
    final List<Answer> script = Collections.synchronizedList(new ArrayList<>());
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        seen.add(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Answer a = script.isEmpty() ? new Answer(500, null, "script ran out") : script.remove(0);
        if (a == null) {
            exchange.close(); // no response at all: the connection is dropped
            return;
        }
        if (a.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", a.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(a.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    ApiClient client() {
        return new ApiClient().setBasePath("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static String status(int code, String reason) {
        return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"" + reason
                + "\",\"code\":" + code + "}";
    }

    @Test
    void tooManyRequestsAndUnavailableWithRetryAfterAreRetried() throws Exception {
        script.add(new Answer(429, "0", status(429, "TooManyRequests")));
        script.add(new Answer(503, "1", status(503, "ServiceUnavailable")));
        script.add(new Answer(200, null, LIST));
        long started = System.nanoTime();
        new CoreV1Api(client()).listNamespacedConfigMap("ns").execute();
        assertEquals(3, requests.get());
        assertTrue(System.nanoTime() - started >= 900_000_000L, "waited for Retry-After: 1");
    }

    @Test
    void aPostIsResentWithItsBodyWhenTheServerSaysSo() throws Exception {
        script.add(new Answer(429, "0", status(429, "TooManyRequests")));
        script.add(new Answer(201, null, CM));
        new CoreV1Api(client()).createNamespacedConfigMap("ns", new V1ConfigMap().metadata(new V1ObjectMeta().name("x")))
                .execute();
        assertEquals(2, seen.size());
        assertEquals(seen.get(0), seen.get(1));
        assertTrue(seen.get(1).contains("\"name\":\"x\""), seen.toString());
    }

    @Test
    void errorsWithoutRetryAfterAreNotRetried() {
        script.add(new Answer(503, null, status(503, "ServiceUnavailable")));
        ApiException e = assertThrows(ApiException.class,
                () -> new CoreV1Api(client()).listNamespacedConfigMap("ns").execute());
        assertEquals(503, e.getCode());
        assertEquals(1, requests.get());
    }

    @Test
    void retriesAreBounded() {
        for (int i = 0; i < 5; i++) {
            script.add(new Answer(429, "0", status(429, "TooManyRequests")));
        }
        ApiClient client = client().setMaxRetries(3);
        ApiException e = assertThrows(ApiException.class,
                () -> new CoreV1Api(client).listNamespacedConfigMap("ns").execute());
        assertEquals(429, e.getCode());
        assertEquals(4, requests.get(), "the first attempt and 3 retries");
    }

    @Test
    void aDroppedConnectionIsRetriedForGetOnly() throws Exception {
        script.add(null);
        script.add(new Answer(200, null, LIST));
        new CoreV1Api(client()).listNamespacedConfigMap("ns").execute();
        assertEquals(2, requests.get());

        requests.set(0);
        script.clear();
        script.add(null);
        script.add(new Answer(201, null, CM));
        ApiException e = assertThrows(ApiException.class, () -> new CoreV1Api(client())
                .createNamespacedConfigMap("ns", new V1ConfigMap().metadata(new V1ObjectMeta().name("x"))).execute());
        assertEquals(0, e.getCode());
        assertEquals(1, requests.get(), "a POST may have been applied: not resent");
    }

    @Test
    void aBodyThatIsNotAStatusStillGivesTheCode() {
        script.add(new Answer(502, null, "<html>bad gateway</html>"));
        ApiException e = assertThrows(ApiException.class,
                () -> new CoreV1Api(client()).listNamespacedConfigMap("ns").execute());
        assertEquals(502, e.getCode());
        assertEquals(null, e.getStatus());
        assertTrue(e.getMessage().contains("bad gateway"), e.getMessage());
    }
}
