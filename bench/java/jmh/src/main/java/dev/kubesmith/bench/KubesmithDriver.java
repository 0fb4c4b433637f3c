package dev.kubesmith.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import java.io.InputStream;
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

    /**
     * The watch request of the generated API, its body streamed by the runtime
     * ({@code ApiClient.execute(call, InputStream.class)}) and each event decoded by the
     * generated codec: what a watch of this client does, without util.Watch's resume and
     * relist bookkeeping (util.Watch is not on this branch yet).
     */
    @Override
    int watchConfigMaps(String resourceVersion, int count) throws Exception {
        Call call = api.listNamespacedConfigMap(namespace).watch(true)
                .resourceVersion(resourceVersion).timeoutSeconds(300).buildCall(null);
        int seen = 0;
        try (InputStream body = client.<InputStream>execute(call, InputStream.class).getData();
                JsonParser p = JSON.FACTORY.createParser(body)) {
            while (seen < count && p.nextToken() == JsonToken.START_OBJECT) {
                String type = null;
                V1ConfigMap object = null;
                String name;
                while ((name = p.nextFieldName()) != null) {
                    p.nextToken();
                    if (name.equals("type")) {
                        type = p.getText();
                    } else if (name.equals("object")) {
                        object = V1ConfigMap.CODEC.read(p);
                    } else {
                        p.skipChildren();
                    }
                }
                if ("MODIFIED".equals(type) && object != null) {
                    seen++;
                }
            }
        }
        return seen;
    }
}
