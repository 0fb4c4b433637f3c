package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.util.PatchUtils;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four patch kinds: JSON Patch, JSON merge, strategic merge, server-side apply. */
class PatchTest {
    static ApiClient admin;
    static CoreV1Api core;
    static AppsV1Api apps;
    static String ns;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Cluster.admin();
        core = new CoreV1Api(admin);
        apps = new AppsV1Api(admin);
        ns = Cluster.createNamespace(admin);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.deleteNamespace(admin, ns);
    }

    static void deployment(String name) throws ApiException {
        apps.createNamespacedDeployment(ns, new V1DeploymentBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(1)
                  .withNewSelector().addToMatchLabels("app", name).endSelector()
                  .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                    .withNewSpec()
                      .addNewContainer().withName("a").withImage(Cluster.IMAGE).endContainer()
                      .addNewContainer().withName("b").withImage(Cluster.IMAGE).endContainer()
                    .endSpec()
                  .endTemplate()
                .endSpec().build()).execute();
    }

    static List<String> images(V1Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().stream()
                .map(c -> c.getName() + "=" + c.getImage()).collect(Collectors.toList());
    }

    @Test
    void jsonPatch() throws Exception {
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("jp"))
                .putDataItem("a", "1")).execute();
        V1ConfigMap patched = PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("jp", ns, new V1Patch(
                        "[{\"op\":\"add\",\"path\":\"/data/b\",\"value\":\"2\"},{\"op\":\"remove\",\"path\":\"/data/a\"}]"))
                        .buildCall(null),
                V1Patch.PATCH_FORMAT_JSON_PATCH, admin);
        assertEquals(Map.of("b", "2"), patched.getData());
        // a failed test op is a 422
        ApiException e = assertThrows(ApiException.class, () -> PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("jp", ns,
                        new V1Patch("[{\"op\":\"test\",\"path\":\"/data/b\",\"value\":\"9\"}]")).buildCall(null),
                V1Patch.PATCH_FORMAT_JSON_PATCH, admin));
        assertEquals(422, e.getCode());
    }

    @Test
    void jsonPatchOnAListElementAndTheDefaultContentType() throws Exception {
        deployment("jp-list");
        // no format chosen: a body starting with '[' goes as JSON Patch
        V1Deployment patched = apps.patchNamespacedDeployment("jp-list", ns, new V1Patch(
                "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/1/image\",\"value\":\"x/b:2\"}]"))
                .execute();
        assertEquals(List.of("a=" + Cluster.IMAGE, "b=x/b:2"), images(patched));
    }

    @Test
    void mergePatchReplacesListsAndDeletesKeysWithNull() throws Exception {
        deployment("merge");
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta().name("merge"))
                .putDataItem("keep", "1").putDataItem("drop", "2")).execute();
        V1ConfigMap cm = PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("merge", ns, new V1Patch("{\"data\":{\"drop\":null,\"new\":\"3\"}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin);
        assertEquals(Map.of("keep", "1", "new", "3"), cm.getData());
        V1Deployment d = PatchUtils.patch(V1Deployment.class,
                () -> apps.patchNamespacedDeployment("merge", ns, new V1Patch(
                        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"only\",\"image\":\"x/o:1\"}]}}}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin);
        assertEquals(List.of("only=x/o:1"), images(d), "merge patch replaces the whole list");
    }

    @Test
    void strategicMergeMergesListsByKey() throws Exception {
        deployment("smp");
        V1Deployment d = PatchUtils.patch(V1Deployment.class,
                () -> apps.patchNamespacedDeployment("smp", ns, new V1Patch(
                        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"b\",\"image\":\"x/b:3\"}]}}}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_STRATEGIC_MERGE_PATCH, admin);
        assertEquals(List.of("a=" + Cluster.IMAGE, "b=x/b:3"), images(d), "containers merge by name");
        V1Deployment deleted = PatchUtils.patch(V1Deployment.class,
                () -> apps.patchNamespacedDeployment("smp", ns, new V1Patch(
                        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"a\",\"$patch\":\"delete\"}]}}}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_STRATEGIC_MERGE_PATCH, admin);
        assertEquals(List.of("b=x/b:3"), images(deleted));
    }

    @Test
    void serverSideApplyWithFieldManagerAndForce() throws Exception {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  owner: first\n";
        V1ConfigMap first = PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("ssa", ns, new V1Patch(yaml)).fieldManager("first")
                        .buildCall(null), V1Patch.PATCH_FORMAT_APPLY_YAML, admin);
        assertEquals("first", first.getData().get("owner"));
        assertEquals("first", first.getMetadata().getManagedFields().get(0).getManager());
        String other = yaml.replace("owner: first", "owner: second");
        ApiException conflict = assertThrows(ApiException.class, () -> PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("ssa", ns, new V1Patch(other)).fieldManager("second")
                        .buildCall(null), V1Patch.PATCH_FORMAT_APPLY_YAML, admin));
        assertEquals(409, conflict.getCode());
        assertEquals("FieldManagerConflict", conflict.getStatus().getDetails().getCauses().get(0).getReason());
        V1ConfigMap forced = PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("ssa", ns, new V1Patch(other)).fieldManager("second")
                        .force(true).buildCall(null), V1Patch.PATCH_FORMAT_APPLY_YAML, admin);
        assertEquals("second", forced.getData().get("owner"));
        // apply without a field manager is rejected by the server
        ApiException missing = assertThrows(ApiException.class, () -> PatchUtils.patch(V1ConfigMap.class,
                () -> core.patchNamespacedConfigMap("ssa", ns, new V1Patch(other)).buildCall(null),
                V1Patch.PATCH_FORMAT_APPLY_YAML, admin));
        assertTrue(missing.getMessage().contains("fieldManager"), missing.getMessage());
        assertNull(forced.getData().get("first"));
    }
}
