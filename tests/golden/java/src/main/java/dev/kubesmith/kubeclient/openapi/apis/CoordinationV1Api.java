package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.ModelRegistry;
import dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions;
import dev.kubesmith.kubeclient.openapi.models.V1Lease;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code coordination_v1}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class CoordinationV1Api {
  private ApiClient localVarApiClient;

  public CoordinationV1Api() {
    this(Configuration.getDefaultApiClient());
  }

  public CoordinationV1Api(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code deleteNamespacedLease}: DELETE {@code /apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}}.
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteNamespacedLeaseCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedLease");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedLease");
    }
    String localVarPath = "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete a Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteNamespacedLease(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedLeaseCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedLeaseRequest deleteNamespacedLease(String name, String namespace) {
    return new APIdeleteNamespacedLeaseRequest(name, namespace);
  }

  /** {@code deleteNamespacedLease} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedLeaseRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedLeaseRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedLeaseRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedLeaseCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedLease}: PATCH {@code /apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}}.
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedLeaseCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedLease");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedLease");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedLease");
    }
    String localVarPath = "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Lease.class, _callback);
  }

  /**
   * partially update the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1Lease
   * @throws ApiException when the server answers with an error
   */
  public V1Lease patchNamespacedLease(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1Lease> localVarResp = localVarApiClient.execute(patchNamespacedLeaseCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1Lease.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedLeaseRequest patchNamespacedLease(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedLeaseRequest(name, namespace, body);
  }

  /** {@code patchNamespacedLease} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedLeaseRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedLeaseRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedLeaseRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedLeaseRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedLeaseRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedLeaseRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedLeaseRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedLeaseCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1Lease execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Lease> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Lease.class);
    }

    public Call executeAsync(final ApiCallback<V1Lease> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Lease.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedLease}: GET {@code /apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}}.
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedLeaseCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedLease");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedLease");
    }
    String localVarPath = "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Lease.class, _callback);
  }

  /**
   * read the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1Lease
   * @throws ApiException when the server answers with an error
   */
  public V1Lease readNamespacedLease(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1Lease> localVarResp = localVarApiClient.execute(readNamespacedLeaseCall(name, namespace, pretty, null), V1Lease.class);
    return localVarResp.getData();
  }

  /**
   * read the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedLeaseRequest readNamespacedLease(String name, String namespace) {
    return new APIreadNamespacedLeaseRequest(name, namespace);
  }

  /** {@code readNamespacedLease} with its optional parameters chained, then executed. */
  public class APIreadNamespacedLeaseRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedLeaseRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedLeaseRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedLeaseCall(name, namespace, pretty, _callback);
    }

    public V1Lease execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Lease> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Lease.class);
    }

    public Call executeAsync(final ApiCallback<V1Lease> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Lease.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedLease}: PUT {@code /apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}}.
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedLeaseCall(String name, String namespace, V1Lease body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedLease");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedLease");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedLease");
    }
    String localVarPath = "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Lease.class, _callback);
  }

  /**
   * replace the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1Lease
   * @throws ApiException when the server answers with an error
   */
  public V1Lease replaceNamespacedLease(String name, String namespace, V1Lease body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1Lease> localVarResp = localVarApiClient.execute(replaceNamespacedLeaseCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1Lease.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified Lease
   *
   * @param name name of the Lease
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedLeaseRequest replaceNamespacedLease(String name, String namespace, V1Lease body) {
    return new APIreplaceNamespacedLeaseRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedLease} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedLeaseRequest {
    private final String name;
    private final String namespace;
    private final V1Lease body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedLeaseRequest(String name, String namespace, V1Lease body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedLeaseRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedLeaseRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedLeaseRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedLeaseRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedLeaseCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1Lease execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Lease> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Lease.class);
    }

    public Call executeAsync(final ApiCallback<V1Lease> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Lease.class, _callback);
      return localVarCall;
    }
  }
}
