package dev.kubesmith.kubeclient.openapi;

import dev.kubesmith.kubeclient.util.Config;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The process-wide default client that API classes built without one use. */
public final class Configuration {
    private static volatile ApiClient defaultApiClient;

    private Configuration() {}

    /** The default client; the first call builds one as {@code Config.defaultClient()} does. */
    public static ApiClient getDefaultApiClient() {
        ApiClient client = defaultApiClient;
        if (client == null) {
            synchronized (Configuration.class) {
                if (defaultApiClient == null) {
                    try {
                        defaultApiClient = Config.defaultClient();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                client = defaultApiClient;
            }
        }
        return client;
    }

    public static void setDefaultApiClient(ApiClient client) {
        defaultApiClient = client;
    }
}
