import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.apis.AppsV1Api;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Deployment;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.openapi.models.V1PodBuilder;
import dev.kubesmith.kubeclient.openapi.models.V1PodList;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.Config;
import dev.kubesmith.kubeclient.util.PatchUtils;

/**
 * The seed chapter's Java snippets (listing and creating pods, the deployment patch as a
 * replaced object and as a JSON Patch, the watch call, the in-cluster client) with only the
 * imports changed, plus {@code .execute()} where client-java's current API needs it and the
 * pinned spec's positional parameter lists. Compiled, not run, by tests/test_java_target.py
 * (the JUnit tests run them against the testbed).
 */
public final class Chapter {
  private Chapter() {}

  static final String JSON_PATCH = "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":3}]";

  public static void main(String[] args) throws Exception {
    ApiClient client = Config.defaultClient();
    Configuration.setDefaultApiClient(client);
    CoreV1Api api = new CoreV1Api();
    V1PodList list = api.listNamespacedPod("default").execute();
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
    api.createNamespacedPod("default", pod).execute();
    AppsV1Api apps = new AppsV1Api();
    V1Deployment d = apps.readNamespacedDeployment("my-deployment", "some-namespace").execute();
    d.getSpec().setReplicas(3);
    apps.replaceNamespacedDeployment("my-deployment", "some-namespace", d).execute();
    V1Deployment patched =
        PatchUtils.patch(
            V1Deployment.class,
            () ->
                apps.patchNamespacedDeploymentCall(
                    "my-deployment", "some-namespace", new V1Patch(JSON_PATCH),
                    null, null, null, null, null, null),
            V1Patch.PATCH_FORMAT_JSON_PATCH,
            apps.getApiClient());
    Call watchCall = api.listNamespacedPodCall("some-namespace", null, null, null, null, null,
        Integer.MAX_VALUE, null, null, null, null, 60, Boolean.TRUE, null);
    Call current =
        api.listNamespacedPod("some-namespace").watch(true).timeoutSeconds(60).buildCall(null);
    Object deleted = api.deleteNamespacedPod("myapp", "default").execute();
    V1PodList legacy = api.listNamespacedPod("default", null, null, null, null, "app=web",
        null, null, null, null, null, null, null);
    ApiClient inCluster = ClientBuilder.cluster().build();
    System.out.println(
        list + " " + patched + " " + watchCall + current + deleted + legacy + inCluster);
  }
}
