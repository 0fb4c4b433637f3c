package dev.kubesmith.kubeclient.tests.crd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.apis.ExampleComV1Api;
import dev.kubesmith.kubeclient.openapi.apis.ToolsExampleOrgV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Gizmo;
import dev.kubesmith.kubeclient.openapi.models.V1GizmoSpec;
import dev.kubesmith.kubeclient.openapi.models.V1GizmoPartsItem;
import dev.kubesmith.kubeclient.openapi.models.V1Namespace;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Scale;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.openapi.models.V1Widget;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetList;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetSpec;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetBackendsValue;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetPortsItem;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetSchedule;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetStatus;
import dev.kubesmith.kubeclient.openapi.models.V1WidgetConditionsItem;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.PatchUtils;
import dev.kubesmith.kubeclient.util.Yaml;
import dev.kubesmith.kubeclient.util.generic.GenericKubernetesApi;
import dev.kubesmith.kubeclient.util.generic.KubernetesApiResponse;
import dev.kubesmith.kubeclient.util.generic.options.ListOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed custom resources of tests/data/crds/good (installed by tests/java/test_java_auth.py)
 * through the client generated for them: CRUD, schema validation, patches, server-side
 * apply, status and scale, the generic API, YAML and executeAsync.
 */
class CrdTest {
    static ApiClient client;
    static ExampleComV1Api api;
    static String ns;

    @BeforeAll
    static void setUp() throws Exception {
        KubeConfig config = KubeConfig.loadKubeConfig(Path.of(System.getenv("KUBECONFIG")));
        config.setContext("admin");
        client = ClientBuilder.kubeconfig(config).build();
        api = new ExampleComV1Api(client);
        ns = name("crd-java");
        new CoreV1Api(client).createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(ns)))
                .execute();
    }

    @AfterAll
    static void tearDown() throws Exception {
        new CoreV1Api(client).deleteNamespace(ns).execute();
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static V1Widget widget(String name, V1WidgetSpec spec) {
        return new V1Widget().apiVersion("example.com/v1").kind("Widget")
                .metadata(new V1ObjectMeta().name(name).namespace(ns).labels(Map.of("app", "widget")))
                .spec(spec.size(spec.getSize() == null ? "small" : spec.getSize()));
    }

    @Test
    void typedCrud() throws Exception {
        String name = name("w");
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        V1Widget body = widget(name, new V1WidgetSpec()
                .port(new IntOrString("http"))
                .ports(List.of(new V1WidgetPortsItem().containerPort(8080).name("http")))
                .backends(Map.of("main", new V1WidgetBackendsValue().host("a.example.com").weight(3L)))
                .config(Map.of("nested", Map.of("list", List.of(1, "two", true))))
                .resourceTemplate(Map.of("apiVersion", "v1", "kind", "ConfigMap", "data", Map.of("k", "v")))
                .schedule(new V1WidgetSchedule().startAt(start).day("2026-01-02"))
                .payload("hello".getBytes(StandardCharsets.UTF_8))
                .ratio(0.5));
        body.getMetadata().labels(Map.of("app", "widget", "test", "crud"));
        V1Widget created = api.createNamespacedWidget(ns, body).execute();
        assertTrue(created.getMetadata().getUid() != null);
        // server-side defaults of the schema
        assertEquals(1, created.getSpec().getReplicas());
        assertEquals(Boolean.FALSE, created.getSpec().getPaused());
        assertEquals("TCP", created.getSpec().getPorts().get(0).getProtocol());
        // what was sent comes back typed
        assertEquals("http", created.getSpec().getPort().getStrValue());
        assertEquals(3L, created.getSpec().getBackends().get("main").getWeight());
        assertEquals(Map.of("nested", Map.of("list", List.of(1, "two", true))),
                normalise(created.getSpec().getConfig()));
        assertEquals(Map.of("k", "v"), created.getSpec().getResourceTemplate().get("data"));
        assertEquals(start.toInstant(), created.getSpec().getSchedule().getStartAt().toInstant());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), created.getSpec().getPayload());

        V1Widget read = api.readNamespacedWidget(name, ns).execute();
        assertEquals(created, read);
        V1WidgetList listed = api.listNamespacedWidget(ns).labelSelector("app=widget,test=crud").execute();
        assertEquals(List.of(name), names(listed));
        V1WidgetList everywhere = api.listWidgetForAllNamespaces()
                .fieldSelector("metadata.name=" + name).execute();
        assertEquals(List.of(ns), everywhere.getItems().stream().map(w -> w.getMetadata().getNamespace())
                .collect(Collectors.toList()));

        read.getSpec().setSize("large");
        V1Widget replaced = api.replaceNamespacedWidget(name, ns, read).execute();
        assertEquals("large", replaced.getSpec().getSize());
        assertEquals(2L, replaced.getMetadata().getGeneration());

        Object deleted = api.deleteNamespacedWidget(name, ns).execute();
        assertTrue(deleted instanceof V1Widget || deleted instanceof V1Status, String.valueOf(deleted));
        ApiException gone = assertThrows(ApiException.class, () -> api.readNamespacedWidget(name, ns).execute());
        assertEquals(404, gone.getCode());
    }

    /** Numbers of free-form JSON as the Java literals of the test (Integer). */
    static Object normalise(Object value) {
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey(), e -> normalise(e.getValue())));
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(CrdTest::normalise).collect(Collectors.toList());
        }
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        return value;
    }

    static List<String> names(V1WidgetList list) {
        return list.getItems().stream().map(w -> w.getMetadata().getName()).collect(Collectors.toList());
    }

    @Test
    void schemaValidationIsTheServers() {
        ApiException e = assertThrows(ApiException.class, () -> api.createNamespacedWidget(ns,
                widget(name("bad"), new V1WidgetSpec().replicas(1).minReplicas(3))).execute());
        assertEquals(422, e.getCode());
        assertTrue(e.getResponseBody().contains("minReplicas must not exceed replicas"), e.getResponseBody());
    }

    @Test
    void patchKinds() throws Exception {
        String name = name("p");
        api.createNamespacedWidget(ns, widget(name, new V1WidgetSpec().labels(Map.of("a", "1")))).execute();
        // the default patch type of a custom resource is merge patch
        V1Widget merged = api.patchNamespacedWidget(name, ns, new V1Patch("{\"spec\":{\"labels\":{\"b\":\"2\"}}}"))
                .execute();
        assertEquals(Map.of("a", "1", "b", "2"), merged.getSpec().getLabels());
        V1Widget patched = PatchUtils.patch(V1Widget.class, () -> api.patchNamespacedWidget(name, ns,
                new V1Patch("[{\"op\":\"replace\",\"path\":\"/spec/size\",\"value\":\"medium\"}]")).buildCall(null),
                V1Patch.PATCH_FORMAT_JSON_PATCH, client);
        assertEquals("medium", patched.getSpec().getSize());
        ApiException refused = assertThrows(ApiException.class, () -> PatchUtils.patch(V1Widget.class,
                () -> api.patchNamespacedWidget(name, ns, new V1Patch("{\"spec\":{\"size\":\"large\"}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_STRATEGIC_MERGE_PATCH, client));
        assertEquals(415, refused.getCode(), "custom resources have no strategic merge");
    }

    @Test
    void serverSideApplyWithATypedBody() throws Exception {
        String name = name("ssa");
        JSON json = new JSON();
        V1Patch alpha = new V1Patch(json.serialize(widget(name, new V1WidgetSpec().size("large").replicas(2))));
        V1Widget first = PatchUtils.patch(V1Widget.class, () -> api.patchNamespacedWidget(name, ns, alpha)
                .fieldManager("alpha").buildCall(null), V1Patch.PATCH_FORMAT_APPLY_YAML, client);
        assertEquals(2, first.getSpec().getReplicas());
        assertEquals(List.of("alpha"), first.getMetadata().getManagedFields().stream()
                .map(f -> f.getManager()).collect(Collectors.toList()));
        V1Patch beta = new V1Patch(json.serialize(widget(name, new V1WidgetSpec().size("large").replicas(4))));
        ApiException conflict = assertThrows(ApiException.class, () -> PatchUtils.patch(V1Widget.class,
                () -> api.patchNamespacedWidget(name, ns, beta).fieldManager("beta").buildCall(null),
                V1Patch.PATCH_FORMAT_APPLY_YAML, client));
        assertEquals(409, conflict.getCode());
        V1Widget forced = PatchUtils.patch(V1Widget.class, () -> api.patchNamespacedWidget(name, ns, beta)
                .fieldManager("beta").force(true).buildCall(null), V1Patch.PATCH_FORMAT_APPLY_YAML, client);
        assertEquals(4, forced.getSpec().getReplicas());
        assertEquals(2, forced.getMetadata().getManagedFields().size());
    }

    @Test
    void statusAndScaleSubresources() throws Exception {
        String name = name("s");
        V1Widget created = api.createNamespacedWidget(ns, widget(name, new V1WidgetSpec().replicas(2))).execute();
        assertNull(created.getStatus());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        created.status(new V1WidgetStatus().replicas(2).selector("app=widget").conditions(List.of(
                new V1WidgetConditionsItem().type("Ready").status("True").lastTransitionTime(now)
                        .reason("Up"))));
        created.getSpec().setSize("large"); // ignored by the status endpoint
        V1Widget updated = api.replaceNamespacedWidgetStatus(name, ns, created).execute();
        assertEquals(now.toInstant(), updated.getStatus().getConditions().get(0).getLastTransitionTime().toInstant());
        assertEquals("small", updated.getSpec().getSize());
        V1Widget patched = api.patchNamespacedWidgetStatus(name, ns,
                new V1Patch("{\"status\":{\"observedGeneration\":1}}")).execute();
        assertEquals(1L, patched.getStatus().getObservedGeneration());
        assertEquals(2, api.readNamespacedWidgetStatus(name, ns).execute().getStatus().getReplicas());

        V1Scale scale = api.readNamespacedWidgetScale(name, ns).execute();
        assertEquals(2, scale.getSpec().getReplicas());
        assertEquals(2, scale.getStatus().getReplicas());
        assertEquals("app=widget", scale.getStatus().getSelector());
        api.patchNamespacedWidgetScale(name, ns, new V1Patch("{\"spec\":{\"replicas\":5}}")).execute();
        assertEquals(5, api.readNamespacedWidget(name, ns).execute().getSpec().getReplicas());
        scale = api.readNamespacedWidgetScale(name, ns).execute();
        scale.getSpec().setReplicas(7);
        assertEquals(7, api.replaceNamespacedWidgetScale(name, ns, scale).execute().getSpec().getReplicas());
        assertEquals(7, api.readNamespacedWidget(name, ns).execute().getSpec().getReplicas());
    }

    @Test
    void genericApiYamlAndBuildersOfACustomResource() throws Exception {
        GenericKubernetesApi<V1Widget, V1WidgetList> widgets = new GenericKubernetesApi<>(V1Widget.class,
                V1WidgetList.class, "example.com", "v1", "widgets", client);
        String name = name("g");
        // the generated registry knows the custom kind: YAML is typed without addModelMap
        V1Widget fromYaml = (V1Widget) Yaml.load("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n"
                + "  name: " + name + "\n  namespace: " + ns + "\nspec:\n  size: medium\n  port: 8080\n");
        assertEquals(8080, fromYaml.getSpec().getPort().getIntValue());
        V1Widget created = (V1Widget) Yaml.createResource(client, Yaml.dump(fromYaml));
        assertEquals("medium", created.getSpec().getSize());
        assertEquals("medium", widgets.get(ns, name).throwsApiException().getObject().getSpec().getSize());
        V1Widget edited = new V1WidgetBuilder(created).editSpec().withSize("large").endSpec().build();
        assertEquals("medium", created.getSpec().getSize(), "the builder copies");
        assertEquals("large", widgets.update(edited).throwsApiException().getObject().getSpec().getSize());
        assertEquals(List.of(name), names(widgets.list(ns, new ListOptions().fieldSelector("metadata.name=" + name))
                .throwsApiException().getObject()));
        KubernetesApiResponse<V1Widget> deleted = widgets.delete(ns, name);
        assertTrue(deleted.isSuccess());
        assertEquals(404, widgets.get(ns, name).getHttpStatusCode());
    }

    @Test
    void executeAsync() throws Exception {
        String name = name("async");
        CompletableFuture<V1Widget> created = new CompletableFuture<>();
        api.createNamespacedWidget(ns, widget(name, new V1WidgetSpec())).executeAsync(callback(created));
        assertEquals(name, created.get(30, TimeUnit.SECONDS).getMetadata().getName());
        CompletableFuture<V1Widget> read = new CompletableFuture<>();
        api.readNamespacedWidget(name, ns).executeAsync(callback(read));
        assertEquals("small", read.get(30, TimeUnit.SECONDS).getSpec().getSize());
        CompletableFuture<V1Widget> missing = new CompletableFuture<>();
        api.readNamespacedWidget("no-" + name, ns).executeAsync(callback(missing));
        Exception e = assertThrows(Exception.class, () -> missing.get(30, TimeUnit.SECONDS));
        assertInstanceOf(ApiException.class, e.getCause());
        assertEquals(404, ((ApiException) e.getCause()).getCode());
    }

    static <T> ApiCallback<T> callback(CompletableFuture<T> future) {
        return new ApiCallback<T>() {
            @Override
            public void onFailure(ApiException e, int statusCode, Map<String, List<String>> headers) {
                future.completeExceptionally(e);
            }

            @Override
            public void onSuccess(T result, int statusCode, Map<String, List<String>> headers) {
                future.complete(result);
            }
        };
    }

    @Test
    void clusterScopedKind() throws Exception {
        ToolsExampleOrgV1Api tools = new ToolsExampleOrgV1Api(client);
        String name = name("g");
        V1Gizmo created = tools.createGizmo(new V1Gizmo().apiVersion("tools.example.org/v1").kind("Gizmo")
                .metadata(new V1ObjectMeta().name(name))
                .spec(new V1GizmoSpec().color("red").parts(List.of(new V1GizmoPartsItem().name("bolt")))))
                .execute();
        assertNull(created.getMetadata().getNamespace());
        assertEquals(1L, created.getSpec().getParts().get(0).getCount(), "defaulted by the server");
        V1Gizmo status = tools.patchGizmoStatus(name, new V1Patch("{\"status\":{\"phase\":\"Ready\"}}")).execute();
        assertEquals("Ready", status.getStatus().getPhase());
        assertTrue(tools.listGizmo().execute().getItems().stream()
                .anyMatch(g -> name.equals(g.getMetadata().getName())));
        tools.deleteGizmo(name).execute();
    }
}
