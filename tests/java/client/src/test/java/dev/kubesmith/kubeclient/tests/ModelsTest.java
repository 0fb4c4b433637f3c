package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.JsonDecodeException;
import dev.kubesmith.kubeclient.openapi.models.CoreV1Event;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1Container;
import dev.kubesmith.kubeclient.openapi.models.V1CustomResourceDefinition;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1PodList;
import dev.kubesmith.kubeclient.openapi.models.V1Secret;
import dev.kubesmith.kubeclient.openapi.models.V1Service;
import dev.kubesmith.kubeclient.util.Yaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated models with the runtime's codecs: real-shaped objects, special types, builders. */
class ModelsTest {
    private final JSON json = new JSON();

    static Path data(String name) {
        return Path.of(System.getProperty("kubesmith.testdata", "../../data"), name);
    }

    /**
     * The document as a free-form tree without explicit nulls (absent = null in models) and
     * with numbers compared by value (a {@code double} field writes 10 as 10.0).
     */
    @SuppressWarnings("unchecked")
    static Object withoutNulls(Object tree) {
        if (tree instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) tree).forEach((k, v) -> {
                if (v != null) {
                    out.put(k, withoutNulls(v));
                }
            });
            return out;
        }
        if (tree instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<Object>) tree).forEach(v -> out.add(withoutNulls(v)));
            return out;
        }
        if (tree instanceof Number) {
            return new BigDecimal(tree.toString()).stripTrailingZeros();
        }
        return tree;
    }

    @ParameterizedTest
    @CsvSource({"pod.json, V1Pod", "deployment.json, V1Deployment", "event.json, CoreV1Event",
        "secret.json, V1Secret", "crd.json, V1CustomResourceDefinition"})
    void realObjectsRoundTrip(String file, String model) throws Exception {
        byte[] bytes = Files.readAllBytes(data(file));
        Type type = Class.forName("dev.kubesmith.kubeclient.openapi.models." + model);
        Object decoded = json.deserialize(new ByteArrayInputStream(bytes), type);
        String written = json.serialize(decoded);
        Object expected = withoutNulls(json.deserialize(new String(bytes, StandardCharsets.UTF_8), Object.class));
        Object actual = withoutNulls(json.deserialize(written, Object.class));
        assertEquals(expected, actual, file + " survives decode + encode unchanged");
        Object again = json.deserialize(written, type);
        assertEquals(written, json.serialize(again), "stable after a second round");
    }

    @Test
    void podFieldsAreTyped() throws Exception {
        V1Pod pod = json.deserialize(Files.readString(data("pod.json")), V1Pod.class);
        assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 20, 30, 0, ZoneOffset.UTC),
                pod.getMetadata().getCreationTimestamp());
        V1Container c = pod.getSpec().getContainers().get(0);
        assertTrue(c.getName().length() > 0);
        if (c.getResources() != null && c.getResources().getRequests() != null) {
            for (Quantity q : c.getResources().getRequests().values()) {
                assertTrue(q.getNumber().signum() >= 0);
            }
        }
        assertTrue(pod.toString().startsWith("class V1Pod {"));
    }

    @Test
    void microTimeKeepsSixDigitsAndTimeKeepsSeconds() throws Exception {
        CoreV1Event event = json.deserialize(Files.readString(data("event.json")), CoreV1Event.class);
        assertEquals(123_456_000, event.getEventTime().getNano());
        String out = json.serialize(event);
        assertTrue(out.contains("\"eventTime\":\"2024-05-01T10:20:30.123456Z\""), out);
        assertTrue(out.contains("\"lastObservedTime\":\"2024-05-01T10:21:30.000000Z\""), out);
        assertTrue(out.contains("\"creationTimestamp\":\"2024-05-01T10:20:30Z\""), out);
    }

    @Test
    void secretDataIsBytes() throws Exception {
        V1Secret secret = new V1Secret().metadata(new V1ObjectMeta().name("s"))
                .putDataItem("k", new byte[] {0, (byte) 0xFE, 'x'});
        String text = json.serialize(secret);
        assertTrue(text.contains("\"k\":\"AP54\""), text);
        assertArrayEquals(new byte[] {0, (byte) 0xFE, 'x'},
                ((V1Secret) json.deserialize(text, V1Secret.class)).getData().get("k"));
    }

    @Test
    void unknownFieldsFromANewerServerAreSkipped() throws Exception {
        String text = "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"futureField\":{\"deep\":[1,{\"x\":null}]},"
                + "\"metadata\":{\"name\":\"p\",\"newMeta\":\"x\"},"
                + "\"status\":{\"phase\":\"Running\",\"allocatedResourcesV9\":[{\"a\":1}],\"podIP\":\"10.0.0.1\"}}";
        V1Pod pod = json.deserialize(text, V1Pod.class);
        assertEquals("p", pod.getMetadata().getName());
        assertEquals("Running", pod.getStatus().getPhase());
        assertEquals("10.0.0.1", pod.getStatus().getPodIP());
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},"
                + "\"status\":{\"phase\":\"Running\",\"podIP\":\"10.0.0.1\"}}", json.serialize(pod));
    }

    @Test
    void aWrongTypeNamesTheJsonPointer() {
        JsonDecodeException e = assertThrows(JsonDecodeException.class, () -> json.deserialize(
                "{\"metadata\":{\"name\":\"p\",\"creationTimestamp\":\"yesterday\"}}", V1Pod.class));
        assertTrue(e.getMessage().contains("/metadata/creationTimestamp"), e.getMessage());
        JsonDecodeException list = assertThrows(JsonDecodeException.class, () -> json.deserialize(
                "{\"items\":[{\"spec\":{\"containers\":[{\"name\":\"a\",\"ports\":[{\"containerPort\":\"eighty\"}]}]}}]}",
                V1PodList.class));
        assertTrue(list.getMessage().contains("/items/0/spec/containers/0/ports/0/containerPort"), list.getMessage());
    }

    @Test
    void intOrStringAndQuantityInModels() throws Exception {
        V1Service svc = json.deserialize("{\"spec\":{\"ports\":[{\"port\":80,\"targetPort\":8080},"
                + "{\"port\":443,\"targetPort\":\"https\"}]}}", V1Service.class);
        assertEquals(new IntOrString(8080), svc.getSpec().getPorts().get(0).getTargetPort());
        assertEquals(new IntOrString("https"), svc.getSpec().getPorts().get(1).getTargetPort());
        V1Container c = json.deserialize("{\"name\":\"c\",\"resources\":{\"limits\":{\"cpu\":\"250m\",\"memory\":\"64Mi\"}}}",
                V1Container.class);
        assertEquals(0, new BigDecimal("0.25").compareTo(c.getResources().getLimits().get("cpu").getNumber()));
        assertEquals("{\"name\":\"c\",\"resources\":{\"limits\":{\"cpu\":\"250m\",\"memory\":\"64Mi\"}}}",
                json.serialize(c));
    }

    @Test
    void theChaptersPodBuilder() {
        V1Pod pod =
            new V1PodBuilder()
                .withNewMetadata().withName("myapp").endMetadata()
                .withNewSpec()
                  .addNewContainer()
                    .withName("myapp")
                    .withImage("my_cool_image:v1")
                  .endContainer()
                .endSpec()
                .build();
        assertEquals("{\"metadata\":{\"name\":\"myapp\"},\"spec\":{\"containers\":[{\"image\":\"my_cool_image:v1\","
                + "\"name\":\"myapp\"}]}}", json.serialize(pod));
        assertEquals(new V1Pod().metadata(new V1ObjectMeta().name("myapp"))
                .spec(new dev.kubesmith.kubeclient.openapi.models.V1PodSpec()
                        .addContainersItem(new V1Container().name("myapp").image("my_cool_image:v1"))), pod);
    }

    @Test
    void buildersEditMapsAndLists() {
        V1Deployment base = new V1DeploymentBuilder()
                .withNewMetadata().withName("web").addToLabels("app", "web").addToLabels("tier", "front").endMetadata()
                .withNewSpec().withReplicas(1)
                  .withNewTemplate().withNewSpec()
                    .addNewContainer().withName("a").withImage("i:1").endContainer()
                    .addNewContainer().withName("b").withImage("i:2").endContainer()
                  .endSpec().endTemplate()
                .endSpec().build();
        V1Deployment edited = new V1DeploymentBuilder(base)
                .editMetadata().removeFromLabels("tier").endMetadata()
                .editSpec().withReplicas(3).endSpec()
                .build();
        assertEquals(Map.of("app", "web"), edited.getMetadata().getLabels());
        assertEquals(Map.of("app", "web", "tier", "front"), base.getMetadata().getLabels(), "the original is untouched");
        assertEquals(3, edited.getSpec().getReplicas());
        assertEquals(2, edited.getSpec().getTemplate().getSpec().getContainers().size());
        assertNotEquals(base, edited);
    }

    @Test
    void yamlThroughTheRegistry() throws IOException {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  labels: {on: 'yes'}\n"
                + "data:\n  enabled: 'true'\n  count: '3'\n---\n"
                + "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n"
                + "  selector: {matchLabels: {app: web}}\n";
        List<Object> docs = Yaml.loadAll(yaml);
        V1ConfigMap cm = assertInstanceOf(V1ConfigMap.class, docs.get(0));
        assertEquals(Map.of("enabled", "true", "count", "3"), cm.getData());
        assertEquals(Map.of("on", "yes"), cm.getMetadata().getLabels(), "YAML 1.2: on is a string");
        V1Deployment d = assertInstanceOf(V1Deployment.class, docs.get(1));
        assertEquals(2, d.getSpec().getReplicas());
        V1Deployment again = Yaml.loadAs(Yaml.dump(d), V1Deployment.class);
        assertEquals(d, again);
        assertTrue(Yaml.dump(d).contains("replicas: 2"), Yaml.dump(d));
        Iterator<Object> both = docs.iterator();
        assertEquals(docs, Yaml.loadAll(Yaml.dumpAll(both)));
        IOException unknown = assertThrows(IOException.class,
                () -> Yaml.load("apiVersion: example.com/v1\nkind: Widget\n"));
        assertTrue(unknown.getMessage().contains("example.com/v1/Widget"), unknown.getMessage());
        assertNull(Yaml.modelClass("example.com/v1", "Widget"));
    }

    @Test
    void crdSchemasKeepTheirUnions() throws Exception {
        V1CustomResourceDefinition crd = json.deserialize(Files.readString(data("crd.json")),
                V1CustomResourceDefinition.class);
        assertTrue(crd.getSpec().getVersions().get(0).getSchema() != null);
    }
}
