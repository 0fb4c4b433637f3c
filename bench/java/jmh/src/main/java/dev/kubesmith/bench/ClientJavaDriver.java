package dev.kubesmith.bench;

import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ConfigMapList;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.Watch;
import java.io.FileReader;
import java.util.concurrent.TimeUnit;

/** client-java 27.0.0 as its examples use it (readTimeout 0 for watches, as they set it). */
final class ClientJavaDriver extends Driver {
    private final ApiClient client;
    private final CoreV1Api api;

    ClientJavaDriver(String kubeconfig, String namespace) throws Exception {
        super(namespace);
        try (FileReader reader = new FileReader(kubeconfig)) {
            client = ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(reader)).build();
        }
        client.setHttpClient(
                client.getHttpClient().newBuilder().readTimeout(0, TimeUnit.SECONDS).build());
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
