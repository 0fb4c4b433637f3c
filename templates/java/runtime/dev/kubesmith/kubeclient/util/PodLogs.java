package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import java.io.InputStream;

/**
 * A pod's log as a stream (client-java's {@code PodLogs}): the bytes arrive as the server
 * sends them; with {@code follow} the stream stays open until the container ends or the
 * stream is closed. No read timeout applies (a quiet container sends nothing for a while).
 */
public class PodLogs {
    private final ApiClient client;

    public PodLogs() {
        this(Configuration.getDefaultApiClient());
    }

    public PodLogs(ApiClient client) {
        this.client = client;
    }

    public ApiClient getApiClient() {
        return client;
    }

    /** Follows the log of the pod's first container. */
    public InputStream streamNamespacedPodLog(V1Pod pod) throws ApiException {
        if (pod.getSpec() == null || pod.getSpec().getContainers() == null
                || pod.getSpec().getContainers().isEmpty()) {
            throw new IllegalArgumentException("the pod has no containers in its spec");
        }
        return streamNamespacedPodLog(pod.getMetadata().getNamespace(),
                pod.getMetadata().getName(), pod.getSpec().getContainers().get(0).getName());
    }

    /** Follows the log of a container (null: the pod's only container). */
    public InputStream streamNamespacedPodLog(String namespace, String name, String container)
            throws ApiException {
        return streamNamespacedPodLog(namespace, name, container, null, null, false);
    }

    /** Follows the log: {@code sinceSeconds}, {@code tailLines} may be null. */
    public InputStream streamNamespacedPodLog(String namespace, String name, String container,
            Integer sinceSeconds, Integer tailLines, boolean timestamps) throws ApiException {
        return streamNamespacedPodLog(namespace, name, container, sinceSeconds, tailLines,
                timestamps, false, true);
    }

    /**
     * The log with every option: {@code previous} reads the last terminated instance,
     * {@code follow} keeps the stream open for new lines.
     */
    public InputStream streamNamespacedPodLog(String namespace, String name, String container,
            Integer sinceSeconds, Integer tailLines, boolean timestamps, boolean previous,
            boolean follow) throws ApiException {
        Call call = new CoreV1Api(client).readNamespacedPodLog(name, namespace)
                .container(container)
                .sinceSeconds(sinceSeconds)
                .tailLines(tailLines)
                .timestamps(timestamps ? Boolean.TRUE : null)
                .previous(previous ? Boolean.TRUE : null)
                .follow(follow ? Boolean.TRUE : null)
                .buildCall(null);
        return client.<InputStream>execute(call, InputStream.class).getData();
    }
}
