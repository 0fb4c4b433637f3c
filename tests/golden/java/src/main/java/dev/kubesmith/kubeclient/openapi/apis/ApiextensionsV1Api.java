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
import dev.kubesmith.kubeclient.openapi.models.V1CustomResourceDefinition;
import dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code apiextensions_v1}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class ApiextensionsV1Api {
  private ApiClient localVarApiClient;

  public ApiextensionsV1Api() {
    this(Configuration.getDefaultApiClient());
  }

  public ApiextensionsV1Api(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code deleteCustomResourceDefinition}: DELETE {@code /apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}}.
   *
   * @param name name of the CustomResourceDefinition
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
  public Call deleteCustomResourceDefinitionCall(String name, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteCustomResourceDefinition");
    }
    String localVarPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
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
   * delete a CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
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
  public Object deleteCustomResourceDefinition(String name, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCustomResourceDefinitionCall(name, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCustomResourceDefinitionRequest deleteCustomResourceDefinition(String name) {
    return new APIdeleteCustomResourceDefinitionRequest(name);
  }

  /** {@code deleteCustomResourceDefinition} with its optional parameters chained, then executed. */
  public class APIdeleteCustomResourceDefinitionRequest {
    private final String name;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteCustomResourceDefinitionRequest(String name) {
      this.name = name;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCustomResourceDefinitionRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCustomResourceDefinitionCall(name, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code patchCustomResourceDefinition}: PATCH {@code /apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}}.
   *
   * @param name name of the CustomResourceDefinition
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
  public Call patchCustomResourceDefinitionCall(String name, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchCustomResourceDefinition");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchCustomResourceDefinition");
    }
    String localVarPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1CustomResourceDefinition.class, _callback);
  }

  /**
   * partially update the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1CustomResourceDefinition
   * @throws ApiException when the server answers with an error
   */
  public V1CustomResourceDefinition patchCustomResourceDefinition(String name, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1CustomResourceDefinition> localVarResp = localVarApiClient.execute(patchCustomResourceDefinitionCall(name, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1CustomResourceDefinition.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchCustomResourceDefinitionRequest patchCustomResourceDefinition(String name, V1Patch body) {
    return new APIpatchCustomResourceDefinitionRequest(name, body);
  }

  /** {@code patchCustomResourceDefinition} with its optional parameters chained, then executed. */
  public class APIpatchCustomResourceDefinitionRequest {
    private final String name;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchCustomResourceDefinitionRequest(String name, V1Patch body) {
      this.name = name;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchCustomResourceDefinitionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchCustomResourceDefinitionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchCustomResourceDefinitionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchCustomResourceDefinitionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchCustomResourceDefinitionRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchCustomResourceDefinitionCall(name, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1CustomResourceDefinition execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1CustomResourceDefinition> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1CustomResourceDefinition.class);
    }

    public Call executeAsync(final ApiCallback<V1CustomResourceDefinition> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1CustomResourceDefinition.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readCustomResourceDefinition}: GET {@code /apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}}.
   *
   * @param name name of the CustomResourceDefinition
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readCustomResourceDefinitionCall(String name, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readCustomResourceDefinition");
    }
    String localVarPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1CustomResourceDefinition.class, _callback);
  }

  /**
   * read the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1CustomResourceDefinition
   * @throws ApiException when the server answers with an error
   */
  public V1CustomResourceDefinition readCustomResourceDefinition(String name, String pretty) throws ApiException {
    ApiResponse<V1CustomResourceDefinition> localVarResp = localVarApiClient.execute(readCustomResourceDefinitionCall(name, pretty, null), V1CustomResourceDefinition.class);
    return localVarResp.getData();
  }

  /**
   * read the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadCustomResourceDefinitionRequest readCustomResourceDefinition(String name) {
    return new APIreadCustomResourceDefinitionRequest(name);
  }

  /** {@code readCustomResourceDefinition} with its optional parameters chained, then executed. */
  public class APIreadCustomResourceDefinitionRequest {
    private final String name;
    private String pretty;

    private APIreadCustomResourceDefinitionRequest(String name) {
      this.name = name;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadCustomResourceDefinitionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readCustomResourceDefinitionCall(name, pretty, _callback);
    }

    public V1CustomResourceDefinition execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1CustomResourceDefinition> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1CustomResourceDefinition.class);
    }

    public Call executeAsync(final ApiCallback<V1CustomResourceDefinition> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1CustomResourceDefinition.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceCustomResourceDefinition}: PUT {@code /apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}}.
   *
   * @param name name of the CustomResourceDefinition
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceCustomResourceDefinitionCall(String name, V1CustomResourceDefinition body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceCustomResourceDefinition");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceCustomResourceDefinition");
    }
    String localVarPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1CustomResourceDefinition.class, _callback);
  }

  /**
   * replace the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1CustomResourceDefinition
   * @throws ApiException when the server answers with an error
   */
  public V1CustomResourceDefinition replaceCustomResourceDefinition(String name, V1CustomResourceDefinition body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1CustomResourceDefinition> localVarResp = localVarApiClient.execute(replaceCustomResourceDefinitionCall(name, body, pretty, dryRun, fieldManager, fieldValidation, null), V1CustomResourceDefinition.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified CustomResourceDefinition
   *
   * @param name name of the CustomResourceDefinition
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceCustomResourceDefinitionRequest replaceCustomResourceDefinition(String name, V1CustomResourceDefinition body) {
    return new APIreplaceCustomResourceDefinitionRequest(name, body);
  }

  /** {@code replaceCustomResourceDefinition} with its optional parameters chained, then executed. */
  public class APIreplaceCustomResourceDefinitionRequest {
    private final String name;
    private final V1CustomResourceDefinition body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceCustomResourceDefinitionRequest(String name, V1CustomResourceDefinition body) {
      this.name = name;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceCustomResourceDefinitionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceCustomResourceDefinitionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceCustomResourceDefinitionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceCustomResourceDefinitionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceCustomResourceDefinitionCall(name, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1CustomResourceDefinition execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1CustomResourceDefinition> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1CustomResourceDefinition.class);
    }

    public Call executeAsync(final ApiCallback<V1CustomResourceDefinition> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1CustomResourceDefinition.class, _callback);
      return localVarCall;
    }
  }
}
