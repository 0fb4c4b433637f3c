package dev.kubesmith.bench;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import dev.kubesmith.kubeclient.util.TypeToken;
import dev.kubesmith.kubeclient.util.Watch;
import java.nio.file.Path;

/** kubesmith's kubeclient (output/java). */
final class KubesmithDriver extends Driver {
    private final ApiClient client;
    private final CoreV1Api api;

    KubesmithDriver(String kubeconfig, String namespace) throws Exception {
        super(namespace);
        client = ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(Path.of(kubeconfig))).build();
        api = new CoreV1Api(client);
    }

    @Override
    int listPods() throws Exception {
        return api.listNamespacedPod(namespace).execute().getItems().size();
    }

    @Override
    int listConfigMaps() throws Exception {
        int seen = 0;
        String token = null;
        do {
            V1ConfigMapList page = api.listNamespacedConfigMap(namespace).limit(PAGE)
                    ._continue(token).execute();
            seen += page.getItems().size();
            token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        } while (token != null && !token.isEmpty());
        return seen;
    }

    /** util.Watch over the generated watch request, as client-java's driver uses its Watch. */
    @Override
    int watchConfigMaps(String resourceVersion, int count) throws Exception {
        int seen = 0;
        try (Watch<V1ConfigMap> watch = Watch.createWatch(client,
                api.listNamespacedConfigMap(namespace).watch(true)
                        .resourceVersion(resourceVersion).timeoutSeconds(300).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() {}.getType())) {
            for (Watch.Response<V1ConfigMap> event : watch) {
                if ("MODIFIED".equals(event.type) && event.object != null && ++seen == count) {
                    break;
                }
            }
        }
        return seen;
    }
}
