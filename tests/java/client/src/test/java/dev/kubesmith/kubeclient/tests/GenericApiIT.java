package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentList;
import dev.kubesmith.kubeclient.openapi.models.V1Namespace;
import dev.kubesmith.kubeclient.openapi.models.V1NamespaceList;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Secret;
import dev.kubesmith.kubeclient.openapi.models.V1Service;
import dev.kubesmith.kubeclient.util.Wait;
import dev.kubesmith.kubeclient.util.Yaml;
import dev.kubesmith.kubeclient.util.generic.GenericKubernetesApi;
import dev.kubesmith.kubeclient.util.generic.KubernetesApiResponse;
import dev.kubesmith.kubeclient.util.generic.dynamic.Discovery;
import dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesApi;
import dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesListObject;
import dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesObject;
import dev.kubesmith.kubeclient.util.generic.options.CreateOptions;
import dev.kubesmith.kubeclient.util.generic.options.DeleteOptions;
import dev.kubesmith.kubeclient.util.generic.options.ListOptions;
import dev.kubesmith.kubeclient.util.generic.options.PatchOptions;
import dev.kubesmith.kubeclient.util.generic.options.UpdateOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GenericKubernetesApi (typed), DynamicKubernetesApi (untyped, over discovery),
 * Yaml.createResource and Wait.poll on the testbed.
 */
class GenericApiIT {
    static ApiClient admin;
    static String ns;
    static GenericKubernetesApi<V1ConfigMap, V1ConfigMapList> configMaps;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Cluster.admin();
        ns = Cluster.createNamespace(admin);
        configMaps = new GenericKubernetesApi<>(V1ConfigMap.class, V1ConfigMapList.class, "", "v1",
                "configmaps", admin);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.deleteNamespace(admin, ns);
    }

    static V1ConfigMap configMap(String name, Map<String, String> data) {
        return new V1ConfigMap().metadata(new V1ObjectMeta().name(name).namespace(ns)).data(data);
    }

    @Test
    void typedCrudOfANamespacedResource() throws Exception {
        V1ConfigMap created = configMaps.create(configMap("crud", Map.of("a", "1")))
                .throwsApiException().getObject();
        assertEquals("crud", created.getMetadata().getName());
        assertNotNullUid(created);

        V1ConfigMap read = configMaps.get(ns, "crud").throwsApiException().getObject();
        assertEquals(Map.of("a", "1"), read.getData());

        read.getData().put("b", "2");
        V1ConfigMap updated = configMaps.update(read).throwsApiException().getObject();
        assertEquals(Map.of("a", "1", "b", "2"), updated.getData());

        // a stale resourceVersion: a 409 as a response, and as an exception on demand
        KubernetesApiResponse<V1ConfigMap> stale = configMaps.update(read);
        assertFalse(stale.isSuccess());
        assertEquals(409, stale.getHttpStatusCode());
        assertEquals("Conflict", stale.getStatus().getReason());
        ApiException conflict = assertThrows(ApiException.class, stale::throwsApiException);
        assertEquals(409, conflict.getCode());

        V1ConfigMap patched = configMaps.patch(ns, "crud", V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH,
                new V1Patch("{\"data\":{\"a\":null,\"c\":\"3\"}}")).throwsApiException().getObject();
        assertEquals(Map.of("b", "2", "c", "3"), patched.getData());
        V1ConfigMap jsonPatched = configMaps.patch(ns, "crud", V1Patch.PATCH_FORMAT_JSON_PATCH,
                new V1Patch("[{\"op\":\"replace\",\"path\":\"/data/b\",\"value\":\"20\"}]"))
                .throwsApiException().getObject();
        assertEquals("20", jsonPatched.getData().get("b"));

        List<String> names = configMaps.list(ns).throwsApiException().getObject().getItems().stream()
                .map(c -> c.getMetadata().getName()).collect(Collectors.toList());
        assertTrue(names.contains("crud"), names.toString());

        KubernetesApiResponse<V1ConfigMap> deleted = configMaps.delete(ns, "crud");
        assertTrue(deleted.isSuccess(), deleted.toString());
        KubernetesApiResponse<V1ConfigMap> gone = configMaps.get(ns, "crud");
        assertEquals(404, gone.getHttpStatusCode());
        assertEquals("NotFound", gone.getStatus().getReason());
        assertNull(gone.getObject());
        AtomicInteger handled = new AtomicInteger();
        gone.onFailure((code, status) -> handled.set(code));
        assertEquals(404, handled.get());
    }

    static void assertNotNullUid(V1ConfigMap cm) {
        assertTrue(cm.getMetadata().getUid() != null && !cm.getMetadata().getUid().isEmpty());
    }

    @Test
    void optionsReachTheServer() throws Exception {
        // dryRun: answered, not stored
        V1ConfigMap dry = configMaps.create(ns, configMap("dry", Map.of()), new CreateOptions().dryRun("All"))
                .throwsApiException().getObject();
        assertEquals("dry", dry.getMetadata().getName());
        assertEquals(404, configMaps.get(ns, "dry").getHttpStatusCode());
        // fieldManager on create and update, labelSelector and limit on list
        for (int i = 0; i < 3; i++) {
            V1ConfigMap cm = configMap("opt-" + i, Map.of("i", String.valueOf(i)));
            cm.getMetadata().labels(Map.of("set", "opts"));
            configMaps.create(ns, cm, new CreateOptions().fieldManager("creator")).throwsApiException();
        }
        V1ConfigMap one = configMaps.get(ns, "opt-0").throwsApiException().getObject();
        assertEquals("creator", one.getMetadata().getManagedFields().get(0).getManager());
        one.getData().put("k", "v");
        V1ConfigMap updated = configMaps.update(one, new UpdateOptions().fieldManager("updater"))
                .throwsApiException().getObject();
        assertTrue(updated.getMetadata().getManagedFields().stream()
                .anyMatch(f -> "updater".equals(f.getManager())));
        V1ConfigMapList page = configMaps.list(ns, new ListOptions().labelSelector("set=opts").limit(2))
                .throwsApiException().getObject();
        assertEquals(2, page.getItems().size());
        String token = page.getMetadata().getContinue();
        assertFalse(token == null || token.isEmpty());
        V1ConfigMapList rest = configMaps.list(ns, new ListOptions().labelSelector("set=opts")
                .continueToken(token)).throwsApiException().getObject();
        assertEquals(1, rest.getItems().size());
        // delete with a dryRun option leaves the object
        assertTrue(configMaps.delete(ns, "opt-1", new DeleteOptions().dryRun("All")).isSuccess());
        assertTrue(configMaps.get(ns, "opt-1").isSuccess());
    }

    @Test
    void serverSideApplyThroughTheGenericApi() throws Exception {
        String intent = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"applied\"},"
                + "\"data\":{\"owner\":\"first\"}}";
        V1ConfigMap first = configMaps.patch(ns, "applied", V1Patch.PATCH_FORMAT_APPLY_YAML,
                new V1Patch(intent), new PatchOptions().fieldManager("first")).throwsApiException().getObject();
        assertEquals("first", first.getData().get("owner"));
        String other = intent.replace("first", "second");
        KubernetesApiResponse<V1ConfigMap> conflict = configMaps.patch(ns, "applied",
                V1Patch.PATCH_FORMAT_APPLY_YAML, new V1Patch(other), new PatchOptions().fieldManager("second"));
        assertEquals(409, conflict.getHttpStatusCode());
        assertEquals("FieldManagerConflict", conflict.getStatus().getDetails().getCauses().get(0).getReason());
        V1ConfigMap forced = configMaps.patch(ns, "applied", V1Patch.PATCH_FORMAT_APPLY_YAML,
                new V1Patch(other), new PatchOptions().fieldManager("second").force(true))
                .throwsApiException().getObject();
        assertEquals("second", forced.getData().get("owner"));
    }

    @Test
    void asyncCallsAnswerFutures() throws Exception {
        V1ConfigMap created = configMaps.createAsync(ns, configMap("async", Map.of("x", "1")),
                new CreateOptions()).get(30, TimeUnit.SECONDS).throwsApiException().getObject();
        assertEquals("async", created.getMetadata().getName());
        assertEquals(Map.of("x", "1"), configMaps.getAsync(ns, "async", new dev.kubesmith.kubeclient
                .util.generic.options.GetOptions()).get(30, TimeUnit.SECONDS).getObject().getData());
        assertTrue(configMaps.listAsync(ns, new ListOptions()).get(30, TimeUnit.SECONDS).getObject()
                .getItems().size() >= 1);
        V1ConfigMap patched = configMaps.patchAsync(ns, "async", V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH,
                new V1Patch("{\"data\":{\"y\":\"2\"}}"), new PatchOptions()).get(30, TimeUnit.SECONDS)
                .getObject();
        assertEquals("2", patched.getData().get("y"));
        patched.getData().put("z", "3");
        assertEquals("3", configMaps.updateAsync(patched, new UpdateOptions()).get(30, TimeUnit.SECONDS)
                .getObject().getData().get("z"));
        assertTrue(configMaps.deleteAsync(ns, "async", null).get(30, TimeUnit.SECONDS).isSuccess());
        KubernetesApiResponse<V1ConfigMap> missing = configMaps.getAsync(ns, "async",
                new dev.kubesmith.kubeclient.util.generic.options.GetOptions()).get(30, TimeUnit.SECONDS);
        assertEquals(404, missing.getHttpStatusCode());
    }

    @Test
    void clusterScopedResourcesAndDeleteAnswers() throws Exception {
        GenericKubernetesApi<V1Namespace, V1NamespaceList> namespaces = new GenericKubernetesApi<>(
                V1Namespace.class, V1NamespaceList.class, "", "v1", "namespaces", admin);
        String name = Cluster.unique("generic-ns");
        namespaces.create(new V1Namespace().metadata(new V1ObjectMeta().name(name))).throwsApiException();
        assertEquals(name, namespaces.get(name).throwsApiException().getObject().getMetadata().getName());
        // a namespace is deleted through finalizers: the answer is the object, terminating
        KubernetesApiResponse<V1Namespace> deleted = namespaces.delete(name);
        assertTrue(deleted.isSuccess());
        assertEquals("Terminating", deleted.getObject().getStatus().getPhase());
        // a deployment in another API group, deleted with foreground propagation
        GenericKubernetesApi<V1Deployment, V1DeploymentList> deployments = new GenericKubernetesApi<>(
                V1Deployment.class, V1DeploymentList.class, "apps", "v1", "deployments", admin);
        V1Deployment d = (V1Deployment) Yaml.load(String.join("\n",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: gd, namespace: " + ns + "}",
                "spec:", "  replicas: 1", "  selector: {matchLabels: {app: gd}}",
                "  template:", "    metadata: {labels: {app: gd}}",
                "    spec: {containers: [{name: a, image: " + Cluster.IMAGE + "}]}"));
        deployments.create(d).throwsApiException();
        V1Deployment fetched = deployments.get(ns, "gd").throwsApiException().getObject();
        assertEquals(1, fetched.getSpec().getReplicas());
        KubernetesApiResponse<V1Deployment> gone = deployments.delete(ns, "gd",
                new DeleteOptions().propagationPolicy("Foreground"));
        assertTrue(gone.isSuccess(), gone.toString());
        // a Status or the object with its foreground finalizer, decoded either way
        assertTrue(gone.getObject() != null || gone.getStatus() != null);
    }

    @Test
    void dynamicApiOverDiscovery() throws Exception {
        DynamicKubernetesApi api = DynamicKubernetesApi.forKind("v1", "ConfigMap", admin);
        assertEquals("configmaps", api.getResource().getResourcePlural());
        assertEquals(Boolean.TRUE, api.getResource().getNamespaced());
        DynamicKubernetesObject obj = new DynamicKubernetesObject();
        obj.setApiVersion("v1");
        obj.setKind("ConfigMap");
        obj.setMetadata(new V1ObjectMeta().name("dyn").namespace(ns));
        obj.put("data", Map.of("k", "v"));
        DynamicKubernetesObject created = api.create(obj).throwsApiException().getObject();
        assertEquals("dyn", created.getMetadata().getName());
        assertEquals(Map.of("k", "v"), created.get("data"));
        // read back typed through the same bytes
        V1ConfigMap typed = api.get(ns, "dyn").throwsApiException().getObject().as(V1ConfigMap.class);
        assertEquals("v", typed.getData().get("k"));
        DynamicKubernetesListObject list = api.list(ns).throwsApiException().getObject();
        assertEquals("ConfigMapList", list.getKind());
        assertTrue(list.getItems().stream().anyMatch(o -> "dyn".equals(o.getMetadata().getName())));
        DynamicKubernetesObject patched = api.patch(ns, "dyn", V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH,
                new V1Patch("{\"data\":{\"k\":\"w\"}}")).throwsApiException().getObject();
        assertEquals(Map.of("k", "w"), patched.get("data"));
        assertTrue(api.delete(ns, "dyn").isSuccess());
        // an apps/v1 resource by its names; a kind the server does not serve
        DynamicKubernetesApi deployments = new DynamicKubernetesApi("apps", "v1", "deployments", admin);
        assertTrue(deployments.list(ns).isSuccess());
        ApiException unknown = assertThrows(ApiException.class,
                () -> DynamicKubernetesApi.forKind("v1", "NoSuchKind", admin));
        assertEquals(404, unknown.getCode());
        List<Discovery.APIResource> all = new Discovery(admin).findAll();
        assertTrue(all.stream().anyMatch(r -> "apps/v1".equals(r.getApiVersion())
                && "Deployment".equals(r.getKind()) && r.getVerbs().contains("patch")), all.toString());
    }

    @Test
    void dynamicObjectsKeepUnknownFieldsAndHideValues() throws Exception {
        DynamicKubernetesApi secrets = DynamicKubernetesApi.forKind("v1", "Secret", admin);
        V1Secret secret = new V1Secret().metadata(new V1ObjectMeta().name("dyn-secret").namespace(ns))
                .stringData(Map.of("password", "hunter2-" + ns));
        secret.setApiVersion("v1");
        secret.setKind("Secret");
        DynamicKubernetesObject created = secrets.create(DynamicKubernetesObject.of(secret))
                .throwsApiException().getObject();
        assertFalse(created.toString().contains("aHVudGVy"), created.toString());
        assertTrue(created.getRaw().containsKey("type"), "fields this class has no getter for stay");
    }

    @Test
    void yamlCreateResourceAndRoundTrip() throws Exception {
        String docs = String.join("\n",
                "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: from-yaml", "  namespace: " + ns,
                "data:", "  answer: \"42\"", "---",
                "apiVersion: v1", "kind: Service", "metadata:", "  name: svc-yaml", "  namespace: " + ns,
                "spec:", "  ports:", "  - port: 80", "    targetPort: http", "");
        List<Object> loaded = Yaml.loadAll(docs);
        assertInstanceOf(V1ConfigMap.class, loaded.get(0));
        assertInstanceOf(V1Service.class, loaded.get(1));
        Object created = Yaml.createResource(admin, Yaml.dump(loaded.get(0)));
        assertInstanceOf(V1ConfigMap.class, created);
        assertEquals("42", ((V1ConfigMap) created).getData().get("answer"));
        V1Service svc = (V1Service) Yaml.createResource(admin, Yaml.dump(loaded.get(1)));
        assertEquals("http", svc.getSpec().getPorts().get(0).getTargetPort().getStrValue());
        assertEquals("42", new CoreV1Api(admin).readNamespacedConfigMap("from-yaml", ns).execute()
                .getData().get("answer"));
        // dump → load gives an equal object
        V1Service again = Yaml.loadAs(Yaml.dump(svc), V1Service.class);
        assertEquals(svc, again);
        IllegalArgumentException noKind = assertThrows(IllegalArgumentException.class, () -> {
            try {
                Yaml.createResource(admin, "apiVersion: example.com/v1\nkind: Unknown\nmetadata: {name: x}\n");
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        });
        assertTrue(noKind.getMessage().contains("unknown apiVersion/kind example.com/v1/Unknown"),
                noKind.getMessage());
    }

    @Test
    void waitPollsUntilTheConditionHoldsOrTimesOut() throws Exception {
        AppsV1Api apps = new AppsV1Api(admin);
        apps.createNamespacedDeployment(ns, (V1Deployment) Yaml.load(String.join("\n",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: waited}",
                "spec:", "  replicas: 2", "  selector: {matchLabels: {app: waited}}",
                "  template:", "    metadata: {labels: {app: waited}}",
                "    spec: {containers: [{name: a, image: " + Cluster.IMAGE + "}]}"))).execute();
        // the controller manager and KWOK make the pods ready
        boolean ready = Wait.poll(Duration.ofMillis(200), Duration.ofSeconds(60), () -> {
            try {
                Integer n = apps.readNamespacedDeployment("waited", ns).execute().getStatus().getReadyReplicas();
                return n != null && n == 2;
            } catch (ApiException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(ready);
        AtomicInteger checks = new AtomicInteger();
        long started = System.nanoTime();
        assertFalse(Wait.poll(Duration.ofMillis(100), Duration.ofMillis(500), () -> {
            checks.incrementAndGet();
            return false;
        }));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(took >= 500 && checks.get() >= 3, took + " ms, " + checks + " checks");
    }
}
