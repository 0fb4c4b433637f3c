package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;

/**
 * Sends a patch call with the content type of the chosen patch format
 * ({@code V1Patch.PATCH_FORMAT_*}), as client-java's PatchUtils does:
 * {@code PatchUtils.patch(V1Deployment.class, () -> api.patchNamespacedDeploymentCall(...),
 * V1Patch.PATCH_FORMAT_JSON_PATCH, client)}.
 */
public final class PatchUtils {
    private PatchUtils() {}

    /** Builds the patch call (an API class's {@code ...Call(...)} or {@code buildCall(null)}). */
    @FunctionalInterface
    public interface PatchCallFunc {
        Call getCall() throws ApiException;
    }

    /** Patches with the default client. */
    public static <T> T patch(Class<T> type, PatchCallFunc callFunc, String patchFormat)
            throws ApiException {
        return patch(type, callFunc, patchFormat, Configuration.getDefaultApiClient());
    }

    public static <T> T patch(Class<T> type, PatchCallFunc callFunc, String patchFormat,
            ApiClient apiClient) throws ApiException {
        return patchWithHttpInfo(type, callFunc, patchFormat, apiClient).getData();
    }

    /** The patched object with the response's status code and headers. */
    public static <T> ApiResponse<T> patchWithHttpInfo(Class<T> type, PatchCallFunc callFunc,
            String patchFormat, ApiClient apiClient) throws ApiException {
        Call call = callFunc.getCall();
        if (!"PATCH".equals(call.method())) {
            throw new IllegalArgumentException("not a patch call: " + call);
        }
        return apiClient.execute(call.withContentType(patchFormat), type);
    }
}
