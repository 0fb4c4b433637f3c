package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.util.PatchUtils;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dryRun and fieldValidation on writes. */
class WriteOptionsTest {
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

    static int status(ThrowingCall call) {
        return assertThrows(ApiException.class, call::run).getCode();
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void dryRunCreateIsNotPersisted() throws Exception {
        V1ConfigMap dry = core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("dry"))
                .putDataItem("a", "1")).dryRun("All").execute();
        assertEquals("dry", dry.getMetadata().getName());
        assertEquals(404, status(() -> core.readNamespacedConfigMap("dry", ns).execute()));
    }

    @Test
    void dryRunUpdatePatchAndDeleteChangeNothing() throws Exception {
        V1ConfigMap real = core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("real"))
                .putDataItem("a", "1")).execute();
        assertEquals("2", core.replaceNamespacedConfigMap("real", ns, real.putDataItem("a", "2")).dryRun("All")
                .execute().getData().get("a"));
        V1ConfigMap patched = PatchUtils.patch(V1ConfigMap.class, () -> core.patchNamespacedConfigMap("real", ns,
                new V1Patch("{\"data\":{\"a\":\"3\"}}")).dryRun("All").buildCall(null),
                V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin);
        assertEquals("3", patched.getData().get("a"));
        core.deleteNamespacedConfigMap("real", ns).dryRun("All").execute();
        assertEquals(Map.of("a", "1"), core.readNamespacedConfigMap("real", ns).execute().getData());
        ApiException bad = assertThrows(ApiException.class,
                () -> core.deleteNamespacedConfigMap("real", ns).dryRun("Some").execute());
        assertEquals(422, bad.getCode());
        assertTrue(bad.getMessage().contains("dryRun"), bad.getMessage());
    }

    @Test
    void strictFieldValidationRejectsAnUnknownField() throws Exception {
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("strict"))).execute();
        ApiException e = assertThrows(ApiException.class, () -> PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("strict", ns, new V1Patch("{\"data\":{\"a\":\"1\"},\"bogus\":1}"))
                        .fieldValidation("Strict").buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin));
        assertEquals(422, e.getCode());
        assertTrue(e.getMessage().contains("strict decoding error: unknown field \"bogus\""), e.getMessage());
        assertNull(core.readNamespacedConfigMap("strict", ns).execute().getData());
    }

    @Test
    void warnFieldValidationAcceptsWithAWarningHeader() throws Exception {
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("warn"))).execute();
        ApiResponse<V1ConfigMap> r = PatchUtils.patchWithHttpInfo(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("warn", ns, new V1Patch("{\"data\":{\"a\":\"1\"},\"bogus\":1}"))
                        .fieldValidation("Warn").buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin);
        assertEquals(200, r.getStatusCode());
        assertEquals("1", r.getData().getData().get("a"));
        String warning = r.getHeaders().get("warning").get(0);
        assertTrue(warning.startsWith("299 ") && warning.contains("unknown field") && warning.contains("bogus"),
                warning);
    }
}
