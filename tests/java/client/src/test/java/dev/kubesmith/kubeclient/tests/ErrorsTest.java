package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1Container;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodSpec;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.credentials.AccessTokenAuthentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed errors: 401, 403, 404, 409 and 422 with their decoded Status. */
class ErrorsTest {
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

    @Test
    void notFound() {
        ApiException e = assertThrows(ApiException.class, () -> core.readNamespacedConfigMap("missing", ns).execute());
        assertEquals(404, e.getCode());
        V1Status status = e.getStatus();
        assertEquals("NotFound", status.getReason());
        assertEquals(404, status.getCode());
        assertEquals("missing", status.getDetails().getName());
        assertTrue(e.getMessage().startsWith("HTTP 404 NotFound: configmaps \"missing\" not found"), e.getMessage());
        assertTrue(e.getResponseBody().contains("\"kind\":\"Status\""));
        assertTrue(e.getResponseHeaders().get("content-type").get(0).startsWith("application/json"));
    }

    @Test
    void alreadyExistsAndStaleResourceVersionAreConflicts() throws Exception {
        V1ConfigMap cm = new V1ConfigMap().metadata(new V1ObjectMeta().name("twice")).putDataItem("a", "1");
        V1ConfigMap created = core.createNamespacedConfigMap(ns, cm).execute();
        ApiException exists = assertThrows(ApiException.class, () -> core.createNamespacedConfigMap(ns, cm).execute());
        assertEquals(409, exists.getCode());
        assertEquals("AlreadyExists", exists.getStatus().getReason());

        core.replaceNamespacedConfigMap("twice", ns, created.putDataItem("a", "2")).execute();
        ApiException stale = assertThrows(ApiException.class,
                () -> core.replaceNamespacedConfigMap("twice", ns, created.putDataItem("a", "3")).execute());
        assertEquals(409, stale.getCode());
        assertEquals("Conflict", stale.getStatus().getReason());
    }

    @Test
    void invalidWithFieldCauses() {
        ApiException e = assertThrows(ApiException.class, () -> core.createNamespacedConfigMap(ns,
                new V1ConfigMap().metadata(new V1ObjectMeta().name("Not_A_Valid_Name"))).execute());
        assertEquals(422, e.getCode());
        assertEquals("Invalid", e.getStatus().getReason());
        assertEquals("metadata.name", e.getStatus().getDetails().getCauses().get(0).getField());

        ApiException pod = assertThrows(ApiException.class, () -> core.createNamespacedPod(ns, new V1Pod()
                .metadata(new V1ObjectMeta().name("no-image"))
                .spec(new V1PodSpec().addContainersItem(new V1Container().name("c")))).execute());
        assertEquals(422, pod.getCode());
        assertTrue(pod.getStatus().getDetails().getCauses().stream()
                .anyMatch(c -> "spec.containers[0].image".equals(c.getField())), pod.getResponseBody());
    }

    @Test
    void badTokenIs401() throws Exception {
        ApiClient client = ClientBuilder.kubeconfig(Cluster.config(Cluster.ADMIN_TOKEN))
                .setAuthentication(new AccessTokenAuthentication("not-a-valid-token")).build();
        ApiException e = assertThrows(ApiException.class, () -> new CoreV1Api(client).listNamespace().execute());
        assertEquals(401, e.getCode());
        assertEquals("Unauthorized", e.getStatus().getReason());
        assertFalse(e.getMessage().contains("not-a-valid-token"));
    }

    @Test
    void limitedUserIs403() throws Exception {
        CoreV1Api limited = new CoreV1Api(Cluster.client(Cluster.LIMITED));
        ApiException e = assertThrows(ApiException.class, () -> limited.listNamespacedSecret(ns).execute());
        assertEquals(403, e.getCode());
        assertEquals("Forbidden", e.getStatus().getReason());
        assertTrue(e.getMessage().contains(Cluster.LIMITED_USER), e.getMessage());
    }

    @Test
    void noServerIsCodeZeroWithTheCause() {
        ApiClient nowhere = new ClientBuilder().setBasePath("https://127.0.0.1:1").build();
        ApiException e = assertThrows(ApiException.class, () -> new CoreV1Api(nowhere).listNamespace().execute());
        assertEquals(0, e.getCode());
        assertNotNull(e.getCause());
    }

    @Test
    void legacyStyleThrowsTheSame() {
        ApiException e = assertThrows(ApiException.class, () -> core.readNamespacedConfigMap("missing", ns, null));
        assertEquals(404, e.getCode());
    }
}
