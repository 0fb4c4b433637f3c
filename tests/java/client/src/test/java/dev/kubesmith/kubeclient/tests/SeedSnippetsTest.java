package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.AuthenticationV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.AuthenticationV1TokenRequest;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1DeploymentBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1PodList;
import dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectReview;
import dev.kubesmith.kubeclient.openapi.models.V1ServiceAccount;
import dev.kubesmith.kubeclient.openapi.models.V1TokenRequestSpec;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.Config;
import dev.kubesmith.kubeclient.util.PatchUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book chapter's Java snippets, with only the imports changed (and .execute()). */
class SeedSnippetsTest {
    static ApiClient admin;
    static String ns;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Cluster.admin();
        ns = Cluster.createNamespace(admin);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.deleteNamespace(admin, ns);
    }

    @Test
    void listPodsWithTheDefaultClient() throws Exception {
        ApiClient client = Config.defaultClient();
        Configuration.setDefaultApiClient(client);
        CoreV1Api api = new CoreV1Api();
        V1PodList list = api.listNamespacedPod("default").execute();
        assertNotNull(list.getItems());
        // the chapter's older positional form, with the pinned spec's parameter list
        V1PodList legacy = api.listNamespacedPod("default", null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertEquals(list.getItems().size(), legacy.getItems().size());
        assertEquals("v1", list.getApiVersion());
    }

    @Test
    void createThePodBuiltWithTheBuilder() throws Exception {
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
        CoreV1Api api = new CoreV1Api(admin);
        V1Pod created = api.createNamespacedPod(ns, pod).execute();
        assertEquals("myapp", created.getMetadata().getName());
        assertNotNull(created.getMetadata().getUid());
        assertEquals("my_cool_image:v1", api.readNamespacedPod("myapp", ns).execute()
                .getSpec().getContainers().get(0).getImage());
    }

    @Test
    void patchTheDeploymentReplicasAsAReplacedObjectAndAsAJsonPatch() throws Exception {
        AppsV1Api api = new AppsV1Api(admin);
        V1Deployment created = api.createNamespacedDeployment(ns, new V1DeploymentBuilder()
                .withNewMetadata().withName("my-deployment").endMetadata()
                .withNewSpec().withReplicas(1)
                  .withNewSelector().addToMatchLabels("app", "my").endSelector()
                  .withNewTemplate().withNewMetadata().addToLabels("app", "my").endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withImage(Cluster.IMAGE).endContainer().endSpec()
                  .endTemplate()
                .endSpec().build()).execute();
        assertEquals(1, created.getSpec().getReplicas());

        // read, change, replace; the controller writes status meanwhile, so retry on 409
        V1Deployment replaced = null;
        for (int attempt = 0; replaced == null; attempt++) {
            V1Deployment deployment = api.readNamespacedDeployment("my-deployment", ns).execute();
            deployment.getSpec().setReplicas(2);
            try {
                replaced = api.replaceNamespacedDeployment("my-deployment", ns, deployment).execute();
            } catch (dev.kubesmith.kubeclient.openapi.ApiException e) {
                if (e.getCode() != 409 || attempt == 5) {
                    throw e;
                }
            }
        }
        assertEquals(2, replaced.getSpec().getReplicas());

        // JSON-patch format
        String jsonPatchStr = "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":3}]";
        V1Deployment patched =
                  PatchUtils.patch(
                      V1Deployment.class,
                      () ->
                          api.patchNamespacedDeploymentCall(
                              "my-deployment",
                              ns,
                              new V1Patch(jsonPatchStr),
                              null,
                              null,
                              null,
                              null,
                              null,
                              null),
                      V1Patch.PATCH_FORMAT_JSON_PATCH,
                      api.getApiClient());
        assertEquals(3, patched.getSpec().getReplicas());
        assertEquals(3, api.readNamespacedDeployment("my-deployment", ns).execute().getSpec().getReplicas());
    }

    @Test
    void inClusterFromTheServiceAccountFiles(@TempDir Path saDir) throws Exception {
        String host = System.getenv("KUBERNETES_SERVICE_HOST");
        String port = System.getenv("KUBERNETES_SERVICE_PORT");
        assertNotNull(host, "the wrapper points KUBERNETES_SERVICE_HOST/PORT at the testbed");
        assertNotNull(port);
        CoreV1Api core = new CoreV1Api(admin);
        core.createNamespacedServiceAccount(ns, new V1ServiceAccount().metadata(new V1ObjectMeta().name("robot")))
                .execute();
        AuthenticationV1TokenRequest request = core.createNamespacedServiceAccountToken("robot", ns,
                new AuthenticationV1TokenRequest().spec(new V1TokenRequestSpec().expirationSeconds(600L)))
                .execute();
        // what the kubelet mounts into a pod
        Files.writeString(saDir.resolve("token"), request.getStatus().getToken());
        Files.write(saDir.resolve("ca.crt"), Cluster.config(Cluster.ADMIN).getCertificateAuthorityData());
        Files.writeString(saDir.resolve("namespace"), ns);
        String previous = System.setProperty("dev.kubesmith.kubeclient.serviceAccountRoot", saDir.toString());
        try {
            ApiClient client = ClientBuilder.cluster().build();
            Configuration.setDefaultApiClient(client);
            assertTrue(client.getBasePath().startsWith("https://"));
            V1SelfSubjectReview review = new AuthenticationV1Api().createSelfSubjectReview(new V1SelfSubjectReview())
                    .execute();
            assertEquals("system:serviceaccount:" + ns + ":robot", review.getStatus().getUserInfo().getUsername());
        } finally {
            if (previous == null) {
                System.clearProperty("dev.kubesmith.kubeclient.serviceAccountRoot");
            } else {
                System.setProperty("dev.kubesmith.kubeclient.serviceAccountRoot", previous);
            }
            Configuration.setDefaultApiClient(Config.defaultClient());
        }
    }
}
