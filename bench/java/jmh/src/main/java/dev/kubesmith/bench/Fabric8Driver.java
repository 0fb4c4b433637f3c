package dev.kubesmith.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** fabric8 8.0.0 with its default HTTP client. */
final class Fabric8Driver extends Driver {
    private final KubernetesClient client;

    Fabric8Driver(String kubeconfig, String namespace) throws Exception {
        super(namespace);
        Config config = Config.fromKubeconfig(Files.readString(Path.of(kubeconfig)));
        client = new KubernetesClientBuilder().withConfig(config).build();
    }

    @Override
    int listPods() {
        return client.pods().inNamespace(namespace).list().getItems().size();
    }

    @Override
    int listConfigMaps() {
        int seen = 0;
        String token = null;
        do {
            ConfigMapList page = client.configMaps().inNamespace(namespace).list(
                    new ListOptionsBuilder().withLimit((long) PAGE).withContinue(token).build());
            seen += page.getItems().size();
            token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        } while (token != null && !token.isEmpty());
        return seen;
    }

    @Override
    int watchConfigMaps(String resourceVersion, int count) throws Exception {
        AtomicInteger seen = new AtomicInteger();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Watcher<ConfigMap> watcher = new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
                if (action == Action.MODIFIED && resource != null
                        && seen.incrementAndGet() == count) {
                    done.complete(count);
                }
            }

            @Override
            public void onClose(WatcherException cause) {
                done.completeExceptionally(cause);
            }

            @Override
            public void onClose() {
                done.complete(seen.get());
            }
        };
        try (Watch watch = client.configMaps().inNamespace(namespace).watch(
                new ListOptionsBuilder().withResourceVersion(resourceVersion)
                        .withTimeoutSeconds(300L).build(), watcher)) {
            return done.get(300, TimeUnit.SECONDS);
        }
    }
}
