package dev.kubesmith.kubeclient.util.credentials;

import dev.kubesmith.kubeclient.openapi.ApiClient;

/** Configures a client's credentials (client-java's interface; used by ClientBuilder). */
public interface Authentication {
    void provide(ApiClient client);
}
