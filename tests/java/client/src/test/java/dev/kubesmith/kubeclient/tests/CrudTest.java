package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.BatchV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.apis.RbacAuthorizationV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1Container;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1Job;
import dev.kubesmith.kubeclient.openapi.models.V1JobBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1Namespace;
import dev.kubesmith.kubeclient.openapi.models.V1Node;
import dev.kubesmith.kubeclient.openapi.models.V1NodeCondition;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodList;
import dev.kubesmith.kubeclient.openapi.models.V1PolicyRule;
import dev.kubesmith.kubeclient.openapi.models.V1Role;
import dev.kubesmith.kubeclient.openapi.models.V1RoleBinding;
import dev.kubesmith.kubeclient.openapi.models.V1RoleRef;
import dev.kubesmith.kubeclient.openapi.models.V1Secret;
import dev.kubesmith.kubeclient.openapi.models.V1Service;
import dev.kubesmith.kubeclient.openapi.models.V1ServicePort;
import dev.kubesmith.kubeclient.openapi.models.V1ServiceSpec;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.openapi.models.RbacV1Subject;
import dev.kubesmith.kubeclient.openapi.models.V1ClusterRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Create, read, list, update, delete of the kinds the Python integration suite covers. */
class CrudTest {
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

    static V1ObjectMeta meta(String name) {
        return new V1ObjectMeta().name(name);
    }

    static int code(Executable call) {
        return assertThrows(ApiException.class, call::run).getCode();
    }

    interface Executable {
        void run() throws Exception;
    }

    @Test
    void namespaceLifecycle() throws Exception {
        String name = Cluster.unique("kubesmith-java-ns");
        V1Namespace created = core.createNamespace(new V1Namespace().metadata(meta(name)
                .putLabelsItem("suite", "crud"))).execute();
        assertEquals("Active", created.getStatus().getPhase());
        assertTrue(core.listNamespace().labelSelector("suite=crud").execute().getItems().stream()
                .anyMatch(n -> n.getMetadata().getName().equals(name)));
        Object deleted = core.deleteNamespace(name).execute();
        // a namespace being finalized comes back as itself, otherwise a Status
        assertTrue(deleted instanceof V1Namespace || deleted instanceof V1Status, String.valueOf(deleted));
        Cluster.waitUntil("the namespace to go", () -> {
            try {
                core.readNamespace(name).execute();
                return false;
            } catch (ApiException e) {
                return e.getCode() == 404;
            }
        }, Duration.ofSeconds(60));
    }

    @Test
    void configMapCrud() throws Exception {
        V1ConfigMap created = core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(meta("cm"))
                .putDataItem("a", "1").putBinaryDataItem("bin", new byte[] {0, 1, (byte) 0xFF})).execute();
        assertEquals("1", created.getData().get("a"));
        V1ConfigMap read = core.readNamespacedConfigMap("cm", ns).execute();
        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, read.getBinaryData().get("bin"));
        read.getData().put("b", "2");
        V1ConfigMap replaced = core.replaceNamespacedConfigMap("cm", ns, read).execute();
        assertEquals(Map.of("a", "1", "b", "2"), replaced.getData());
        assertEquals(List.of("cm"), core.listNamespacedConfigMap(ns).fieldSelector("metadata.name=cm").execute()
                .getItems().stream().map(c -> c.getMetadata().getName()).collect(Collectors.toList()));
        V1Status status = assertInstanceOf(V1Status.class, core.deleteNamespacedConfigMap("cm", ns).execute());
        assertEquals("Success", status.getStatus());
        assertEquals(404, code(() -> core.readNamespacedConfigMap("cm", ns).execute()));
    }

    @Test
    void secretBytesRoundTrip() throws Exception {
        byte[] raw = new byte[256];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        core.createNamespacedSecret(ns, new V1Secret().metadata(meta("s")).type("Opaque")
                .putDataItem("raw", raw).putStringDataItem("text", "héllo")).execute();
        V1Secret read = core.readNamespacedSecret("s", ns).execute();
        assertArrayEquals(raw, read.getData().get("raw"));
        assertArrayEquals("héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8), read.getData().get("text"));
        assertNull(read.getStringData(), "stringData is write-only");
    }

    @Test
    void serviceCrud() throws Exception {
        V1Service created = core.createNamespacedService(ns, new V1Service().metadata(meta("web"))
                .spec(new V1ServiceSpec().putSelectorItem("app", "web")
                        .addPortsItem(new V1ServicePort().name("http").port(80).targetPort(new IntOrString(8080)))
                        .addPortsItem(new V1ServicePort().name("https").port(443).targetPort(new IntOrString("https")))))
                .execute();
        assertNotNull(created.getSpec().getClusterIP());
        assertEquals(new IntOrString(8080), created.getSpec().getPorts().get(0).getTargetPort());
        assertEquals(new IntOrString("https"), created.getSpec().getPorts().get(1).getTargetPort());
        created.getSpec().getPorts().get(0).setPort(8081);
        V1Service replaced = core.replaceNamespacedService("web", ns, created).execute();
        assertEquals(8081, replaced.getSpec().getPorts().get(0).getPort());
        core.deleteNamespacedService("web", ns).execute();
        assertEquals(404, code(() -> core.readNamespacedService("web", ns).execute()));
    }

    @Test
    void podCrudReachesRunning() throws Exception {
        core.createNamespacedPod(ns, new V1Pod().metadata(meta("p").putLabelsItem("app", "p"))
                .spec(new dev.kubesmith.kubeclient.openapi.models.V1PodSpec()
                        .addContainersItem(new V1Container().name("c").image(Cluster.IMAGE)))).execute();
        V1Pod running = Cluster.waitUntil("the pod to run", () -> {
            V1Pod p = core.readNamespacedPod("p", ns).execute();
            return "Running".equals(p.getStatus().getPhase()) ? p : null;
        }, Duration.ofSeconds(60));
        assertNotNull(running.getStatus().getPodIP());
        assertNotNull(running.getStatus().getStartTime());
        V1PodList list = core.listNamespacedPod(ns).labelSelector("app=p").execute();
        assertEquals(1, list.getItems().size());
        core.deleteNamespacedPod("p", ns).gracePeriodSeconds(0).execute();
        Cluster.waitUntil("the pod to go", () -> {
            try {
                core.readNamespacedPod("p", ns).execute();
                return false;
            } catch (ApiException e) {
                return e.getCode() == 404;
            }
        }, Duration.ofSeconds(60));
    }

    @Test
    void deploymentCrudPodsReachRunning() throws Exception {
        AppsV1Api apps = new AppsV1Api(admin);
        apps.createNamespacedDeployment(ns, new V1DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withReplicas(2)
                  .withNewSelector().addToMatchLabels("app", "web").endSelector()
                  .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                    .withNewSpec().addNewContainer().withName("web").withImage(Cluster.IMAGE).endContainer().endSpec()
                  .endTemplate()
                .endSpec().build()).execute();
        V1Deployment ready = Cluster.waitUntil("the deployment to be available", () -> {
            V1Deployment d = apps.readNamespacedDeployment("web", ns).execute();
            return d.getStatus() != null && Integer.valueOf(2).equals(d.getStatus().getAvailableReplicas()) ? d : null;
        }, Duration.ofSeconds(90));
        assertEquals(2, ready.getStatus().getReadyReplicas());
        List<V1Pod> pods = core.listNamespacedPod(ns).labelSelector("app=web").execute().getItems();
        assertEquals(2, pods.size());
        assertTrue(pods.stream().allMatch(p -> "Running".equals(p.getStatus().getPhase())));
        assertEquals("ReplicaSet", pods.get(0).getMetadata().getOwnerReferences().get(0).getKind());
        apps.deleteNamespacedDeployment("web", ns).propagationPolicy("Foreground").execute();
    }

    @Test
    void jobRunsToCompletion() throws Exception {
        BatchV1Api batch = new BatchV1Api(admin);
        V1Job created = batch.createNamespacedJob(ns, new V1JobBuilder()
                .withNewMetadata().withName("once").endMetadata()
                .withNewSpec().withBackoffLimit(0).withCompletions(1)
                  .withNewTemplate().withNewMetadata().addToLabels("job", "once").endMetadata()
                    .withNewSpec().withRestartPolicy("Never")
                      .addNewContainer().withName("work").withImage(Cluster.IMAGE).endContainer()
                    .endSpec()
                  .endTemplate()
                .endSpec().build()).execute();
        assertNotNull(created.getSpec().getSelector().getMatchLabels().get("batch.kubernetes.io/controller-uid"));
        V1Job done = Cluster.waitUntil("the job to succeed", () -> {
            V1Job j = batch.readNamespacedJobStatus("once", ns).execute();
            return j.getStatus() != null && Integer.valueOf(1).equals(j.getStatus().getSucceeded()) ? j : null;
        }, Duration.ofSeconds(90));
        assertTrue(done.getStatus().getConditions().stream()
                .anyMatch(c -> c.getType().equals("Complete") && c.getStatus().equals("True")));
        assertTrue(!done.getStatus().getCompletionTime().isBefore(done.getStatus().getStartTime()));
        batch.deleteNamespacedJob("once", ns).propagationPolicy("Background").execute();
    }

    @Test
    void roleAndBindingGrantTheLimitedUser() throws Exception {
        RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(admin);
        CoreV1Api limited = new CoreV1Api(Cluster.client(Cluster.LIMITED));
        core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(meta("visible"))).execute();
        assertEquals(403, code(() -> limited.listNamespacedConfigMap(ns).execute()));
        rbac.createNamespacedRole(ns, new V1Role().metadata(meta("cm-reader"))
                .addRulesItem(new V1PolicyRule().addApiGroupsItem("").addResourcesItem("configmaps")
                        .addVerbsItem("get").addVerbsItem("list"))).execute();
        rbac.createNamespacedRoleBinding(ns, new V1RoleBinding().metadata(meta("cm-reader"))
                .roleRef(new V1RoleRef().apiGroup("rbac.authorization.k8s.io").kind("Role").name("cm-reader"))
                .addSubjectsItem(new RbacV1Subject().kind("User").name(Cluster.LIMITED_USER)
                        .apiGroup("rbac.authorization.k8s.io"))).execute();
        Cluster.waitUntil("the binding to take effect", () -> limited.listNamespacedConfigMap(ns).execute()
                .getItems().stream().anyMatch(c -> c.getMetadata().getName().equals("visible")), Duration.ofSeconds(30));
        assertEquals(403, code(() -> limited.deleteNamespacedConfigMap("visible", ns).execute()));
        rbac.deleteNamespacedRoleBinding("cm-reader", ns).execute();
        rbac.deleteNamespacedRole("cm-reader", ns).execute();
    }

    @Test
    void clusterRoleCrud() throws Exception {
        RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(admin);
        String name = Cluster.unique("kubesmith-java-role");
        V1ClusterRole created = rbac.createClusterRole(new V1ClusterRole().metadata(meta(name))
                .addRulesItem(new V1PolicyRule().addApiGroupsItem("").addResourcesItem("pods").addVerbsItem("get")))
                .execute();
        assertNull(created.getMetadata().getNamespace());
        created.getRules().get(0).addVerbsItem("list");
        assertEquals(List.of("get", "list"), rbac.replaceClusterRole(name, created).execute().getRules().get(0).getVerbs());
        rbac.deleteClusterRole(name).execute();
        assertEquals(404, code(() -> rbac.readClusterRole(name).execute()));
    }

    @Test
    void nodes() throws Exception {
        List<V1Node> nodes = core.listNode().execute().getItems();
        assertTrue(nodes.size() >= 1);
        V1Node node = core.readNode(nodes.get(0).getMetadata().getName()).execute();
        assertTrue(node.getStatus().getConditions().stream()
                .anyMatch((V1NodeCondition c) -> c.getType().equals("Ready") && c.getStatus().equals("True")));
        assertNotNull(node.getStatus().getCapacity().get("cpu").getNumber());
    }
}
