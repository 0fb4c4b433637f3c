package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1PodCondition;
import dev.kubesmith.kubeclient.openapi.models.V1Scale;
import dev.kubesmith.kubeclient.util.PatchUtils;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status and scale subresources. */
class SubresourcesTest {
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

    static V1Deployment available(String name, int replicas) throws Exception {
        return Cluster.waitUntil(name + " to have " + replicas + " available", () -> {
            V1Deployment d = apps.readNamespacedDeploymentStatus(name, ns).execute();
            return d.getStatus() != null && Integer.valueOf(replicas).equals(d.getStatus().getAvailableReplicas())
                    && Integer.valueOf(replicas).equals(d.getStatus().getReplicas()) ? d : null;
        }, Duration.ofSeconds(90));
    }

    @Test
    void deploymentScale() throws Exception {
        apps.createNamespacedDeployment(ns, new V1DeploymentBuilder()
                .withNewMetadata().withName("scaled").endMetadata()
                .withNewSpec().withReplicas(1)
                  .withNewSelector().addToMatchLabels("app", "scaled").endSelector()
                  .withNewTemplate().withNewMetadata().addToLabels("app", "scaled").endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withImage(Cluster.IMAGE).endContainer().endSpec()
                  .endTemplate()
                .endSpec().build()).execute();
        available("scaled", 1);
        V1Scale scale = apps.readNamespacedDeploymentScale("scaled", ns).execute();
        assertEquals("Scale", scale.getKind());
        assertEquals("autoscaling/v1", scale.getApiVersion());
        assertEquals(1, scale.getSpec().getReplicas());
        assertEquals("app=scaled", scale.getStatus().getSelector());

        V1Scale patched = PatchUtils.patch(V1Scale.class,
                () -> apps.patchNamespacedDeploymentScale("scaled", ns, new V1Patch("{\"spec\":{\"replicas\":3}}"))
                        .buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, admin);
        assertEquals(3, patched.getSpec().getReplicas());
        available("scaled", 3);

        V1Scale current = apps.readNamespacedDeploymentScale("scaled", ns).execute();
        current.getSpec().setReplicas(2);
        assertEquals(2, apps.replaceNamespacedDeploymentScale("scaled", ns, current).execute().getSpec().getReplicas());
        V1Deployment status = available("scaled", 2);
        assertTrue(status.getStatus().getConditions().stream().map(c -> c.getType())
                .collect(Collectors.toSet()).containsAll(java.util.Set.of("Available", "Progressing")));
    }

    @Test
    void podStatus() throws Exception {
        // no scheduler serves this name: the pod stays Pending and nobody else writes its status
        core.createNamespacedPod(ns, new V1PodBuilder().withNewMetadata().withName("status").endMetadata()
                .withNewSpec().withSchedulerName("kubesmith-no-such-scheduler")
                  .addNewContainer().withName("c").withImage(Cluster.IMAGE).endContainer().endSpec().build())
                .execute();
        V1Pod current = core.readNamespacedPodStatus("status", ns).execute();
        assertEquals("Pending", current.getStatus().getPhase());
        current.getStatus().addConditionsItem(new V1PodCondition().type("kubesmith.test/Checked").status("True")
                .reason("IntegrationTest").message("ok"));
        current.getStatus().setMessage("written through /status");
        V1Pod replaced = core.replaceNamespacedPodStatus("status", ns, current).execute();
        assertEquals("written through /status", replaced.getStatus().getMessage());

        V1Pod patched = PatchUtils.patch(V1Pod.class, () -> core.patchNamespacedPodStatus("status", ns, new V1Patch(
                "{\"status\":{\"conditions\":[{\"type\":\"kubesmith.test/Second\",\"status\":\"False\"}]}}"))
                .buildCall(null), V1Patch.PATCH_FORMAT_STRATEGIC_MERGE_PATCH, admin);
        Map<String, String> types = patched.getStatus().getConditions().stream()
                .collect(Collectors.toMap(V1PodCondition::getType, V1PodCondition::getStatus));
        assertEquals("True", types.get("kubesmith.test/Checked"));
        assertEquals("False", types.get("kubesmith.test/Second"));

        V1Pod main = core.readNamespacedPod("status", ns).execute();
        main.getStatus().setMessage("ignored");
        main.getMetadata().putLabelsItem("changed", "yes");
        V1Pod after = core.replaceNamespacedPod("status", ns, main).execute();
        assertEquals("written through /status", after.getStatus().getMessage());
        assertEquals(Map.of("changed", "yes"), after.getMetadata().getLabels());
    }
}
