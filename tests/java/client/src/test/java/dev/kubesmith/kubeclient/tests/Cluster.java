package dev.kubesmith.kubeclient.tests;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Namespace;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.util.ClientBuilder;
import dev.kubesmith.kubeclient.util.KubeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The testbed the integration tests run on: its kubeconfig comes from $KUBECONFIG, which
 * tests/java/test_java_client.py sets from the pytest fixture (contexts admin, admin-token,
 * limited, exec).
 */
final class Cluster {
    static final String ADMIN = "admin";
    static final String ADMIN_TOKEN = "admin-token";
    static final String LIMITED = "limited";
    static final String EXEC = "exec";
    static final String ADMIN_USER = "kubesmith-admin";
    static final String TOKEN_ADMIN_USER = "kubesmith-token-admin";
    static final String LIMITED_USER = "kubesmith-limited";
    /** KWOK never pulls it. */
    static final String IMAGE = "registry.invalid/kubesmith/app:1";

    private Cluster() {}

    static Path kubeconfig() {
        String path = System.getenv("KUBECONFIG");
        if (path == null || path.isEmpty()) {
            throw new IllegalStateException(
                    "integration tests need the testbed: run tests/java/test_java_client.py "
                            + "or `eval \"$(kubesmith testbed env)\"` first");
        }
        return Path.of(path);
    }

    static KubeConfig config(String context) throws IOException {
        KubeConfig kc = KubeConfig.loadKubeConfig(kubeconfig());
        if (!kc.setContext(context)) {
            throw new IllegalStateException("no context " + context + " in " + kubeconfig());
        }
        return kc;
    }

    static ApiClient client(String context) throws IOException {
        return ClientBuilder.kubeconfig(config(context)).build();
    }

    static ApiClient admin() throws IOException {
        return client(ADMIN);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createNamespace(ApiClient client) throws ApiException {
        String name = unique("kubesmith-java");
        new CoreV1Api(client).createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(name)))
                .execute();
        return name;
    }

    static void deleteNamespace(ApiClient client, String name) throws ApiException {
        new CoreV1Api(client).deleteNamespace(name).execute();
    }

    /** Polls until {@code check} returns non-null and not false; fails after the timeout. */
    static <T> T waitUntil(String what, Callable<T> check, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        Exception error = null;
        while (System.nanoTime() < deadline) {
            try {
                last = check.call();
                error = null;
                if (last != null && !Boolean.FALSE.equals(last)) {
                    return last;
                }
            } catch (ApiException e) {
                error = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + " (last: " + last + ")", error);
    }
}
