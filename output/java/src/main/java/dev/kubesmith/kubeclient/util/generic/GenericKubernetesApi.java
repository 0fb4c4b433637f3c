package dev.kubesmith.kubeclient.util.generic;

import dev.kubesmith.kubeclient.common.KubernetesListObject;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.generic.options.CreateOptions;
import dev.kubesmith.kubeclient.util.generic.options.DeleteOptions;
import dev.kubesmith.kubeclient.util.generic.options.GetOptions;
import dev.kubesmith.kubeclient.util.generic.options.ListOptions;
import dev.kubesmith.kubeclient.util.generic.options.PatchOptions;
import dev.kubesmith.kubeclient.util.generic.options.UpdateOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * CRUD of one resource for any model class (client-java's class and constructor):
 * {@code new GenericKubernetesApi<>(V1Pod.class, V1PodList.class, "", "v1", "pods", client)}.
 * Every call answers a {@link KubernetesApiResponse} (the object, or the failure's Status),
 * and has an {@code ...Async} twin answering a {@link CompletableFuture} (through the
 * client's {@code executeAsync}); {@code watch} answers a resumable {@link Watch}. The
 * namespace and name of an object come from its {@code getMetadata()} (KubernetesObject);
 * a custom resource class (generated with {@code --crd}) or
 * {@link dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesObject} works the same.
 */
public class GenericKubernetesApi<T extends KubernetesObject, L extends KubernetesListObject> {
    private static final String[] JSON = {"application/json"};

    private final Class<T> apiTypeClass;
    private final Class<L> apiListTypeClass;
    private final String prefix; // /api/v1 or /apis/<group>/<version>
    private final String resourcePlural;
    private final ApiClient apiClient;

    public GenericKubernetesApi(Class<T> apiTypeClass, Class<L> apiListTypeClass, String apiGroup,
            String apiVersion, String resourcePlural, ApiClient apiClient) {
        this.apiTypeClass = apiTypeClass;
        this.apiListTypeClass = apiListTypeClass;
        this.prefix = apiGroup == null || apiGroup.isEmpty() ? "/api/" + apiVersion
                : "/apis/" + apiGroup + "/" + apiVersion;
        this.resourcePlural = resourcePlural;
        this.apiClient = apiClient;
    }

    public ApiClient getApiClient() {
        return apiClient;
    }

    // -- get --------------------------------------------------------------------------------

    /** A cluster-scoped object. */
    public KubernetesApiResponse<T> get(String name) {
        return get(null, name, new GetOptions());
    }

    public KubernetesApiResponse<T> get(String namespace, String name) {
        return get(namespace, name, new GetOptions());
    }

    public KubernetesApiResponse<T> get(String name, GetOptions options) {
        return get(null, name, options);
    }

    public KubernetesApiResponse<T> get(String namespace, String name, GetOptions options) {
        return send(getCall(namespace, name, options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> getAsync(String namespace, String name,
            GetOptions options) {
        return sendAsync(getCall(namespace, name, options), apiTypeClass);
    }

    private Call getCall(String namespace, String name, GetOptions options) {
        return call("GET", path(namespace, require(name, "name"), null), options.toQuery(), null, null);
    }

    // -- list -------------------------------------------------------------------------------

    /** Every object (all namespaces for a namespaced resource). */
    public KubernetesApiResponse<L> list() {
        return list(null, new ListOptions());
    }

    public KubernetesApiResponse<L> list(ListOptions options) {
        return list(null, options);
    }

    public KubernetesApiResponse<L> list(String namespace) {
        return list(namespace, new ListOptions());
    }

    public KubernetesApiResponse<L> list(String namespace, ListOptions options) {
        return send(listCall(namespace, options), apiListTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<L>> listAsync(String namespace,
            ListOptions options) {
        return sendAsync(listCall(namespace, options), apiListTypeClass);
    }

    // -- watch ------------------------------------------------------------------------------

    /**
     * Watches every object (all namespaces for a namespaced resource) with
     * {@link Watch}: resumed after a dropped connection or an API-server restart, relisted
     * after 410. Iterate it, close it. The first request is sent here: a refused watch
     * throws.
     */
    public Watch<T> watch() throws ApiException {
        return watch(null, new ListOptions());
    }

    public Watch<T> watch(String namespace) throws ApiException {
        return watch(namespace, new ListOptions());
    }

    public Watch<T> watch(ListOptions options) throws ApiException {
        return watch(null, options);
    }

    /**
     * Selectors, {@code resourceVersion} (where the watch starts), {@code timeoutSeconds} (a
     * deadline for the whole watch), {@code allowWatchBookmarks} (bookmarks returned) and
     * {@code sendInitialEvents} come from {@code options}.
     */
    public Watch<T> watch(String namespace, ListOptions options) throws ApiException {
        return Watch.createWatch(apiClient, watchCall(namespace, options), apiTypeClass);
    }

    /** {@link #watch(String, ListOptions)} opened on the client's callback executor. */
    public CompletableFuture<Watch<T>> watchAsync(String namespace, ListOptions options) {
        return Watch.createWatchAsync(apiClient, watchCall(namespace, options), apiTypeClass);
    }

    private Call watchCall(String namespace, ListOptions options) {
        List<Pair> query = new ArrayList<>(options.toQuery());
        query.add(new Pair("watch", "true"));
        return call("GET", path(namespace, null, null), query, null, null);
    }

    private Call listCall(String namespace, ListOptions options) {
        return call("GET", path(namespace, null, null), options.toQuery(), null, null);
    }

    // -- create -----------------------------------------------------------------------------

    public KubernetesApiResponse<T> create(T object) {
        return create(object, new CreateOptions());
    }

    public KubernetesApiResponse<T> create(T object, CreateOptions options) {
        return create(namespaceOf(object), object, options);
    }

    public KubernetesApiResponse<T> create(String namespace, T object, CreateOptions options) {
        return send(createCall(namespace, object, options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> createAsync(String namespace, T object,
            CreateOptions options) {
        return sendAsync(createCall(namespace, object, options), apiTypeClass);
    }

    private Call createCall(String namespace, T object, CreateOptions options) {
        return call("POST", path(namespace, null, null), options.toQuery(), object, "application/json");
    }

    // -- update -----------------------------------------------------------------------------

    /** PUT of the whole object (its metadata.resourceVersion guards against lost updates). */
    public KubernetesApiResponse<T> update(T object) {
        return update(object, new UpdateOptions());
    }

    public KubernetesApiResponse<T> update(T object, UpdateOptions options) {
        return send(updateCall(object, null, options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> updateAsync(T object, UpdateOptions options) {
        return sendAsync(updateCall(object, null, options), apiTypeClass);
    }

    /** PUT of the status subresource (the object's status; the rest is ignored by the server). */
    public KubernetesApiResponse<T> updateStatus(T object) {
        return updateStatus(object, new UpdateOptions());
    }

    public KubernetesApiResponse<T> updateStatus(T object, UpdateOptions options) {
        return send(updateCall(object, "status", options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> updateStatusAsync(T object,
            UpdateOptions options) {
        return sendAsync(updateCall(object, "status", options), apiTypeClass);
    }

    private Call updateCall(T object, String subresource, UpdateOptions options) {
        V1ObjectMeta meta = metadata(object);
        return call("PUT", path(meta.getNamespace(), require(meta.getName(), "metadata.name"),
                subresource), options.toQuery(), object, "application/json");
    }

    // -- patch ------------------------------------------------------------------------------

    /** A cluster-scoped object; {@code patchType} is one of {@code V1Patch.PATCH_FORMAT_*}. */
    public KubernetesApiResponse<T> patch(String name, String patchType, V1Patch patch) {
        return patch(null, name, patchType, patch, new PatchOptions());
    }

    public KubernetesApiResponse<T> patch(String namespace, String name, String patchType,
            V1Patch patch) {
        return patch(namespace, name, patchType, patch, new PatchOptions());
    }

    /** Server-side apply: {@code PATCH_FORMAT_APPLY_YAML} with a fieldManager (and force). */
    public KubernetesApiResponse<T> patch(String namespace, String name, String patchType,
            V1Patch patch, PatchOptions options) {
        return send(patchCall(namespace, name, null, patchType, patch, options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> patchAsync(String namespace, String name,
            String patchType, V1Patch patch, PatchOptions options) {
        return sendAsync(patchCall(namespace, name, null, patchType, patch, options), apiTypeClass);
    }

    /** A patch of the status subresource. */
    public KubernetesApiResponse<T> patchStatus(String namespace, String name, String patchType,
            V1Patch patch, PatchOptions options) {
        return send(patchCall(namespace, name, "status", patchType, patch, options), apiTypeClass);
    }

    public CompletableFuture<KubernetesApiResponse<T>> patchStatusAsync(String namespace,
            String name, String patchType, V1Patch patch, PatchOptions options) {
        return sendAsync(patchCall(namespace, name, "status", patchType, patch, options),
                apiTypeClass);
    }

    private Call patchCall(String namespace, String name, String subresource, String patchType,
            V1Patch patch, PatchOptions options) {
        // the caller's patch format, not the one V1Patch would guess from the body's shape
        return call("PATCH", path(namespace, require(name, "name"), subresource), options.toQuery(),
                patch, null).withContentType(require(patchType, "patchType"));
    }

    // -- delete -----------------------------------------------------------------------------

    /**
     * A delete answers the object (being deleted: finalizers run, or the final state) or a
     * Status; {@code getObject()} is null when the server answered a Status.
     */
    public KubernetesApiResponse<T> delete(String name) {
        return delete(null, name, (V1DeleteOptions) null);
    }

    public KubernetesApiResponse<T> delete(String namespace, String name) {
        return delete(namespace, name, (V1DeleteOptions) null);
    }

    public KubernetesApiResponse<T> delete(String namespace, String name, V1DeleteOptions body) {
        return deleted(send(deleteCall(namespace, name, List.of(), body), Object.class));
    }

    public KubernetesApiResponse<T> delete(String namespace, String name, DeleteOptions options) {
        return deleted(send(deleteCall(namespace, name, options.toQuery(), null), Object.class));
    }

    public CompletableFuture<KubernetesApiResponse<T>> deleteAsync(String namespace, String name,
            V1DeleteOptions body) {
        return sendAsync(deleteCall(namespace, name, List.of(), body), Object.class)
                .thenApply(this::deleted);
    }

    private Call deleteCall(String namespace, String name, List<Pair> query, V1DeleteOptions body) {
        return call("DELETE", path(namespace, require(name, "name"), null), query, body,
                body == null ? null : "application/json");
    }

    private KubernetesApiResponse<T> deleted(KubernetesApiResponse<Object> r) {
        Object tree = r.getObject();
        if (!r.isSuccess() || tree == null) {
            return new KubernetesApiResponse<>(null, r.getStatus(), r.getHttpStatusCode(),
                    r.getHeaders(), exceptionOf(r));
        }
        byte[] bytes = apiClient.getJSON().serializeToBytes(tree);
        try {
            if (tree instanceof Map && "Status".equals(((Map<?, ?>) tree).get("kind"))) {
                V1Status status = apiClient.getJSON().deserialize(
                        new java.io.ByteArrayInputStream(bytes), V1Status.class);
                return new KubernetesApiResponse<>(null, status, r.getHttpStatusCode(),
                        r.getHeaders(), null);
            }
            T object = apiClient.getJSON().deserialize(new java.io.ByteArrayInputStream(bytes),
                    apiTypeClass);
            return new KubernetesApiResponse<>(object, null, r.getHttpStatusCode(), r.getHeaders(), null);
        } catch (dev.kubesmith.kubeclient.openapi.json.JsonDecodeException e) {
            return failure(new ApiException("cannot decode the answer of a delete: "
                    + e.getMessage(), e, r.getHttpStatusCode(), r.getHeaders(), null));
        }
    }

    private static ApiException exceptionOf(KubernetesApiResponse<?> r) {
        try {
            r.throwsApiException();
            return null;
        } catch (ApiException e) {
            return e;
        }
    }

    // -- plumbing ---------------------------------------------------------------------------

    private Call call(String method, String path, List<Pair> query, Object body, String contentType) {
        return apiClient.buildCall(method, path, new ArrayList<>(query), body, contentType, JSON,
                null, null);
    }

    private <R> KubernetesApiResponse<R> send(Call call, Class<R> type) {
        try {
            ApiResponse<R> response = apiClient.execute(call, type);
            return new KubernetesApiResponse<>(response.getData(), null, response.getStatusCode(),
                    response.getHeaders(), null);
        } catch (ApiException e) {
            return failure(e);
        }
    }

    private <R> CompletableFuture<KubernetesApiResponse<R>> sendAsync(Call call, Class<R> type) {
        CompletableFuture<KubernetesApiResponse<R>> future = new CompletableFuture<>();
        apiClient.executeAsync(call, type, new ApiCallback<R>() {
            @Override
            public void onFailure(ApiException e, int statusCode,
                    Map<String, List<String>> responseHeaders) {
                future.complete(failure(e));
            }

            @Override
            public void onSuccess(R result, int statusCode, Map<String, List<String>> responseHeaders) {
                future.complete(new KubernetesApiResponse<>(result, null, statusCode,
                        responseHeaders, null));
            }
        });
        return future;
    }

    /** A failure as a response: the server's Status (or one made from the code), the exception. */
    private static <R> KubernetesApiResponse<R> failure(ApiException e) {
        V1Status status = e.getCode() > 0 ? e.getStatus() : null;
        if (status == null) {
            status = new V1Status();
            status.setCode(e.getCode());
            status.setStatus("Failure");
            status.setMessage(e.getMessage());
        }
        // a transport failure (code 0) keeps code 0, so isSuccess() is false
        return new KubernetesApiResponse<>(null, status, e.getCode(), e.getResponseHeaders(), e);
    }

    private String path(String namespace, String name, String subresource) {
        StringBuilder p = new StringBuilder(prefix);
        if (namespace != null && !namespace.isEmpty()) {
            p.append("/namespaces/").append(apiClient.escapeString(namespace));
        }
        p.append('/').append(resourcePlural);
        if (name != null) {
            p.append('/').append(apiClient.escapeString(name));
        }
        if (subresource != null) {
            p.append('/').append(subresource);
        }
        return p.toString();
    }

    private V1ObjectMeta metadata(T object) {
        V1ObjectMeta meta = object.getMetadata();
        if (meta == null) {
            throw new IllegalArgumentException("the " + apiTypeClass.getSimpleName()
                    + " has no metadata (metadata.name is required)");
        }
        return meta;
    }

    private String namespaceOf(T object) {
        return metadata(object).getNamespace();
    }

    private static String require(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    @Override
    public String toString() {
        return "GenericKubernetesApi{" + prefix + "/" + resourcePlural + "}";
    }
}
