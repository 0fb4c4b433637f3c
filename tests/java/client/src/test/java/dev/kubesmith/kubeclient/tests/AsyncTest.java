package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** executeAsync with callbacks, executeWithHttpInfo, and calls built once and executed later. */
class AsyncTest {
    static ApiClient admin;
    static CoreV1Api core;
    static String ns;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Cluster.admin();
        core = new CoreV1Api(admin);
        ns = Cluster.createNamespace(admin);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.deleteNamespace(admin, ns);
    }

    /** Completes with the result, or exceptionally with the ApiException. */
    static final class Future<T> extends CompletableFuture<T> implements ApiCallback<T> {
        volatile int code;
        volatile Map<String, List<String>> headers;

        @Override
        public void onFailure(ApiException e, int statusCode, Map<String, List<String>> responseHeaders) {
            code = statusCode;
            completeExceptionally(e);
        }

        @Override
        public void onSuccess(T result, int statusCode, Map<String, List<String>> responseHeaders) {
            code = statusCode;
            headers = responseHeaders;
            complete(result);
        }
    }

    @Test
    void executeAsyncSucceedsAndFails() throws Exception {
        Future<V1ConfigMap> created = new Future<>();
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("async"))
                .putDataItem("a", "1")).executeAsync(created);
        assertEquals("1", created.get(30, TimeUnit.SECONDS).getData().get("a"));
        assertEquals(201, created.code);

        List<Future<V1ConfigMapList>> lists = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Future<V1ConfigMapList> f = new Future<>();
            core.listNamespacedConfigMap(ns).executeAsync(f);
            lists.add(f);
        }
        for (Future<V1ConfigMapList> f : lists) {
            assertTrue(f.get(30, TimeUnit.SECONDS).getItems().stream()
                    .anyMatch(c -> c.getMetadata().getName().equals("async")));
            assertEquals(200, f.code);
            assertTrue(f.headers.get("content-type").get(0).startsWith("application/json"));
        }

        Future<V1ConfigMap> missing = new Future<>();
        core.readNamespacedConfigMap("missing", ns).executeAsync(missing);
        java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> missing.get(30, TimeUnit.SECONDS));
        assertEquals(404, ((ApiException) e.getCause()).getCode());
        assertEquals(404, missing.code);
    }

    @Test
    void withHttpInfoAndBuiltCalls() throws Exception {
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("info"))).execute();
        ApiResponse<V1ConfigMap> r = core.readNamespacedConfigMap("info", ns).executeWithHttpInfo();
        assertEquals(200, r.getStatusCode());
        assertEquals("info", r.getData().getMetadata().getName());
        assertFalse(r.getHeaders().isEmpty());

        Call call = core.listNamespacedConfigMapCall(ns, null, null, null, "metadata.name=info", null, null,
                null, null, null, null, null, null, null);
        assertEquals("GET", call.method());
        assertEquals("/api/v1/namespaces/" + ns + "/configmaps", call.path());
        ApiResponse<V1ConfigMapList> first = admin.execute(call, V1ConfigMapList.class);
        ApiResponse<V1ConfigMapList> again = call.execute();
        assertEquals(1, first.getData().getItems().size());
        assertEquals(first.getData().getItems(), again.getData().getItems());
    }
}
