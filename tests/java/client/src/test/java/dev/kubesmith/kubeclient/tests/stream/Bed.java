package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodBuilder;
import dev.kubesmith.kubeclient.util.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The testbed as tests/java/test_java_streaming_cluster.py hands it over: KUBECONFIG, a
 * namespace, the address KWOK forwards pod ports to, and a control endpoint (restart the
 * API server, compact etcd, append to the pod log every container shows).
 */
final class Bed {
    static final String NS = require("KUBESMITH_TEST_NAMESPACE");
    static final int PORT_FORWARD_TARGET = Integer.parseInt(require("KUBESMITH_PORT_FORWARD_PORT"));
    private static final String CONTROL = require("KUBESMITH_CONTROL");

    private Bed() {}

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set: run these tests through "
                    + "tests/java/test_java_streaming_cluster.py");
        }
        return value;
    }

    static ApiClient client() throws IOException {
        return Config.defaultClient();
    }

    static String control(String action, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(CONTROL + "/" + action))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body();
    }

    static void waitFor(String what, BooleanSupplier check, long seconds)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!check.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** A Running pod (KWOK runs its exec commands locally) with one container "main". */
    static synchronized String pod(ApiClient client, String name) throws Exception {
        CoreV1Api api = new CoreV1Api(client);
        try {
            api.readNamespacedPod(name, NS).execute();
            return name;
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
        V1Pod pod = new V1PodBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("registry.invalid/box:1")
                .endContainer().endSpec().build();
        api.createNamespacedPod(NS, pod).execute();
        waitFor("pod " + name + " to run", () -> {
            try {
                V1Pod p = api.readNamespacedPod(name, NS).execute();
                return p.getStatus() != null && "Running".equals(p.getStatus().getPhase());
            } catch (ApiException e) {
                return false;
            }
        }, 60);
        return name;
    }

    static V1ConfigMap configMap(String name, String value) {
        return new V1ConfigMap().metadata(new dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta()
                .name(name)).data(Map.of("k", value));
    }
}
