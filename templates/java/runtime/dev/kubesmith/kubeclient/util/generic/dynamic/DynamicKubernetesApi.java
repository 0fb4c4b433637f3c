package dev.kubesmith.kubeclient.util.generic.dynamic;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.util.generic.GenericKubernetesApi;

/**
 * CRUD of any resource without a model class (client-java's class): {@code new
 * DynamicKubernetesApi("apps", "v1", "deployments", client)}, or {@link #forKind} to find the
 * resource of an apiVersion and kind through the server's discovery.
 */
public class DynamicKubernetesApi
        extends GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> {
    private final Discovery.APIResource resource;

    public DynamicKubernetesApi(String apiGroup, String apiVersion, String resourcePlural,
            ApiClient apiClient) {
        this(new Discovery.APIResource(apiGroup, apiVersion, resourcePlural, null, null, null),
                apiClient);
    }

    private DynamicKubernetesApi(Discovery.APIResource resource, ApiClient apiClient) {
        super(DynamicKubernetesObject.class, DynamicKubernetesListObject.class, resource.getGroup(),
                resource.getVersion(), resource.getResourcePlural(), apiClient);
        this.resource = resource;
    }

    /** The API of the resource serving {@code kind} in {@code apiVersion}, found by discovery. */
    public static DynamicKubernetesApi forKind(String apiVersion, String kind, ApiClient apiClient)
            throws ApiException {
        return new DynamicKubernetesApi(new Discovery(apiClient).find(apiVersion, kind), apiClient);
    }

    /** What discovery said about the resource (scope, verbs); names only without forKind. */
    public Discovery.APIResource getResource() {
        return resource;
    }
}
