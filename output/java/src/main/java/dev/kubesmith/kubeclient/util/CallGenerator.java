package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;

/**
 * Builds the list/watch call of an informer:
 * {@code params -> api.listNamespacedPod("ns").resourceVersion(params.resourceVersion)
 * .watch(params.watch).timeoutSeconds(params.timeoutSeconds).buildCall(null)}.
 */
@FunctionalInterface
public interface CallGenerator {
    Call generate(CallGeneratorParams params) throws ApiException;
}
