package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.util.stream.Futures;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

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
        return streamNamespacedPodLog(pod.getMetadata().getNamespace(),
                pod.getMetadata().getName(), firstContainer(pod));
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
        Call call = logCall(namespace, name, container, sinceSeconds, tailLines, timestamps,
                previous, follow);
        return client.<InputStream>execute(call, InputStream.class).getData();
    }

    /** Follows the log of the pod's first container, without blocking. */
    public CompletableFuture<InputStream> streamNamespacedPodLogAsync(V1Pod pod) {
        return streamNamespacedPodLogAsync(pod.getMetadata().getNamespace(),
                pod.getMetadata().getName(), firstContainer(pod), null, null, false, false, true);
    }

    /**
     * {@link #streamNamespacedPodLog(String, String, String, Integer, Integer, boolean,
     * boolean, boolean)} through {@code executeAsync}: the future completes (on the client's
     * callback executor) with the open stream once the server answered, or fails with the
     * ApiException the sync form throws (400 for a container the pod does not have).
     * Cancelling it before then cancels the request and closes a stream that still arrives;
     * afterwards, closing the stream ends it.
     */
    public CompletableFuture<InputStream> streamNamespacedPodLogAsync(String namespace,
            String name, String container, Integer sinceSeconds, Integer tailLines,
            boolean timestamps, boolean previous, boolean follow) {
        Call call;
        try {
            call = logCall(namespace, name, container, sinceSeconds, tailLines, timestamps,
                    previous, follow);
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e); // a missing namespace or name
        }
        return Futures.execute(client, call, InputStream.class, PodLogs::closeQuietly);
    }

    private Call logCall(String namespace, String name, String container, Integer sinceSeconds,
            Integer tailLines, boolean timestamps, boolean previous, boolean follow)
            throws ApiException {
        return new CoreV1Api(client).readNamespacedPodLog(name, namespace)
                .container(container)
                .sinceSeconds(sinceSeconds)
                .tailLines(tailLines)
                .timestamps(timestamps ? Boolean.TRUE : null)
                .previous(previous ? Boolean.TRUE : null)
                .follow(follow ? Boolean.TRUE : null)
                .buildCall(null);
    }

    private static String firstContainer(V1Pod pod) {
        if (pod.getSpec() == null || pod.getSpec().getContainers() == null
                || pod.getSpec().getContainers().isEmpty()) {
            throw new IllegalArgumentException("the pod has no containers in its spec");
        }
        return pod.getSpec().getContainers().get(0).getName();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // a stream nobody wanted any more
        }
    }
}
